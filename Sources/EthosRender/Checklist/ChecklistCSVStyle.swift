/// Which program a checklist's CSV is written for.
public enum ChecklistCSVStyle: String, CaseIterable, Sendable, Hashable {
    /// RFC 4180: commas, CRLF, UTF-8 without a byte-order mark; columns Name, Description,
    /// Section, Assignee, Role, Due day, Due date.
    case plain
    /// The plain columns for a double-click in Excel: a UTF-8 byte-order mark, and `;`
    /// between cells where the locale writes decimals with a comma (de, sl, nb …), as Excel
    /// set up for those languages expects.
    case excel
    /// Asana's CSV importer: Name, Description, Section, Assignee (an email), Due Date
    /// (MM/DD/YYYY), in the order its guide gives.
    case asana
    /// Jira's CSV importer: one Epic per phase, then each task as a Task whose Parent is its
    /// phase's Epic; Assignee is an email and Due date is `yyyy-MM-dd`.
    case jira
}
