import EthosModel
import Foundation

/// A checklist as CSV for task tools and spreadsheets, in one of the ``ChecklistCSVStyle``s:
/// a header row, CRLF line ends and quotes where a cell needs them.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
/// so a spreadsheet shows it as text instead of running it as a formula.
package enum ChecklistCSV {
    /// The plain and Excel column names, in English so import dialogs recognise them.
    package static let header = ["Name", "Description", "Section", "Assignee", "Role", "Due day", "Due date"]

    /// The CSV file for `checklist` in `style`.
    package static func make(_ checklist: Checklist, style: ChecklistCSVStyle = .plain) -> Data {
        let labels = checklist.labels
        var separator = ","
        var rows: [[String]]
        switch style {
        case .plain, .excel:
            rows = [header] + checklist.items.map { item in
                [item.name, item.detail ?? "", labels.phase(item.phase), item.assignee?.nameWithEmail ?? "", item.owner ?? "",
                 String(item.dueDay), item.dueDate?.description ?? ""]
            }
            if style == .excel, usesDecimalComma(checklist.locale) { separator = ";" }
        case .asana:
            rows = [["Name", "Description", "Section", "Assignee", "Due Date"]] + checklist.items.map { item in
                [item.name, description(of: item, labels: labels), labels.phase(item.phase), item.assignee?.email ?? "",
                 item.dueDate.map(usDate) ?? ""]
            }
        case .jira:
            rows = jiraRows(checklist, labels: labels)
        }
        let text = rows.map { $0.map { cell($0, separator: separator) }.joined(separator: separator) + "\r\n" }.joined()
        return (style == .excel ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
    }

    /// Jira's rows: an Epic for each phase (ids 1 to n), then the tasks, each naming its
    /// phase's Epic as Parent. Parents come first, as Jira's importer needs.
    private static func jiraRows(_ checklist: Checklist, labels: Labels) -> [[String]] {
        let header = ["Issue ID", "Issue Type", "Summary", "Description", "Assignee", "Due date", "Parent", "Labels"]
        let owner = checklist.hire?.person.name ?? checklist.team
        let phases = checklist.phases
        var rows = [header]
        for (index, phase) in phases.enumerated() {
            let last = phase.items.compactMap(\.dueDate).max()
            rows.append([String(index + 1), "Epic", "\(owner): \(labels.phase(phase.phase))", "", "",
                         last?.description ?? "", "", "onboarding"])
        }
        var id = phases.count
        for (index, phase) in phases.enumerated() {
            for item in phase.items {
                id += 1
                rows.append([String(id), "Task", item.name, description(of: item, labels: labels), item.assignee?.email ?? "",
                             item.dueDate?.description ?? "", String(index + 1), "onboarding"])
            }
        }
        return rows
    }

    /// The item's detail followed by who owns it, for tools whose columns have no role.
    private static func description(of item: Checklist.Item, labels: Labels) -> String {
        let owner = item.ownerWithName.map { "\(labels[.owner]): \($0)" }
        return [item.detail, owner].compactMap { $0 }.joined(separator: "\n\n")
    }

    /// `12/01/2026`.
    private static func usDate(_ date: CalendarDate) -> String {
        let text = date.description
        let parts = text.split(separator: "-")
        return "\(parts[1])/\(parts[2])/\(parts[0])"
    }

    /// Whether people in `locale` write decimals with a comma, so Excel there separates
    /// cells with `;`.
    static func usesDecimalComma(_ locale: LocaleID) -> Bool {
        Locale(identifier: locale.tag).decimalSeparator == ","
    }

    /// One cell, neutralised and quoted as needed.
    static func cell(_ text: String, separator: String = ",") -> String {
        var value = text
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        let quoteWorthy = separator.utf8.first ?? 0x2C
        guard value.utf8.contains(where: { $0 == quoteWorthy || $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
