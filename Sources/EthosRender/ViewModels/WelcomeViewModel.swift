/// What `welcome.md` reads: the first page of a new hire's onboarding pack.
struct WelcomeViewModel: TemplateViewModel {
    static let template = TemplateName.welcomeMD
    let title: String
    let intro: String
    let company: String
    let vision: String
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    /// Whether the pack has a calendar (the start date is known).
    let hasCalendar: Bool
    /// The names of the checklist's first phase's items.
    let firstItems: [String]
    /// The first phase's label; empty for an empty checklist.
    let firstPhase: String
    /// The first day, formatted, when known.
    let start: String?
    /// The manager's name (and email), when known.
    let manager: String?
    /// The buddy's name (and email), when known.
    let buddy: String?
    /// The philosophy's current revision (`Revision 1.2 of 1 May 2026`); `nil` without revisions.
    let revision: String?
}
