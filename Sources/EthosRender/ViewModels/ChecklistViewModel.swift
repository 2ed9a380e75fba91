/// What `checklist.md` reads: title, company, start date and the items grouped by phase,
/// each with its owner and working day due (and date, when the start is known).
struct ChecklistViewModel: TemplateViewModel {
    static let template = TemplateName.checklistMD

    /// A phase and its items.
    struct Section: Encodable {
        /// `Day 1`.
        let phase: String
        let items: [Item]
    }

    /// A task of the checklist.
    struct Item: Encodable {
        let name: String
        /// `day 3`, with the date when the start is known.
        let due: String
        let detail: String?
        /// The role, with the person's name when the hire is known: `Maria Keller (Manager)`.
        let owner: String?
    }

    let title: String
    let team: String
    let company: String
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let sections: [Section]
    /// The start date, formatted.
    let start: String?
    /// The new hire's name, when the checklist is for a known hire.
    let hire: String?
}
