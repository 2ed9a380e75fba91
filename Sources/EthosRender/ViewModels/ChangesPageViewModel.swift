/// What `changes-page.md` reads: the site's "What changed" page, each revision newest first.
struct ChangesPageViewModel: TemplateViewModel {
    static let template = TemplateName.changesPageMD

    /// One revision as the page shows it.
    struct Revision: Encodable {
        /// `Version 1.2`.
        let heading: String
        /// The date it was decided, formatted.
        let date: String
        /// The date it takes effect, formatted, when it has one.
        let effective: String?
        /// The approvers' names, joined; `nil` without any.
        let approvedBy: String?
        let summary: String
        /// The changes since the previous revision, when a caller supplied them
        /// (``RevisionChanges``); the page lists them under the summary.
        let changes: Changes?
    }

    /// The change lines of one revision.
    struct Changes: Encodable {
        let lines: [String]
    }

    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    /// Newest first.
    let revisions: [Revision]
}
