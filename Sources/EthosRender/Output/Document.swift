import EthosModel

/// Something Ethos writes for people or programs to read, before it has a format.
public enum Document: Sendable {
    /// The philosophy in one locale.
    case philosophy(Philosophy, locale: LocaleID)
    /// A team's onboarding checklist.
    case checklist(Checklist)

    /// The formats the document can be written as.
    public var formats: [DocumentFormat] {
        switch self {
        case .philosophy: [.md, .html, .json, .pdf]
        case .checklist(let checklist): checklist.start == nil ? [.md, .html, .csv, .pdf] : [.md, .html, .csv, .ics, .pdf]
        }
    }

    /// What the document is, for messages: `the philosophy`, `the checklist of Support`.
    var name: String {
        switch self {
        case .philosophy: "the philosophy"
        case .checklist(let checklist): "the checklist of \(checklist.team)"
        }
    }
}
