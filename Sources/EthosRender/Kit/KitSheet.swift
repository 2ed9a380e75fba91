import EthosModel

/// A sheet of the interview and role-play kit (`ethos kit`). The cases are in print order:
/// the interviewer's scorecards, the trainer's role-play cards, the pocket card everyone keeps.
public enum KitSheet: String, CaseIterable, Sendable, Hashable {
    /// One scorecard per value for a structured interview: its questions, what to look for, a
    /// 1–4 rating scale with anchors and room for notes, then a summary of every value.
    case interviewScorecards = "interview-scorecards"
    /// One card per recovery situation: the customer's situation, what the new hire does,
    /// and what a good answer includes; several cards to a printed page.
    case rolePlayCards = "role-play-cards"
    /// The values and their action statements on one page.
    case pocketCard = "pocket-card"

    /// The sheet's file in `format`: `interview-scorecards.html`.
    public func fileName(_ format: DocumentFormat) -> String {
        "\(rawValue).\(format.fileExtension)"
    }

    /// The file name of the kit's first page, which links every sheet.
    public static let indexFileName = "index.html"

    /// The formats each sheet is written in.
    public static let formats: [DocumentFormat] = [.html, .md]

    /// The class of the element around the sheet's sections in HTML, which the stylesheet
    /// lays out (cards in a grid, a sheet to a printed page).
    var sectionsClass: String {
        switch self {
        case .interviewScorecards: "kit-sheets"
        case .rolePlayCards: "kit-cards"
        case .pocketCard: "kit-pocket"
        }
    }

    /// The sheet's title label.
    var titleKey: LabelKey {
        switch self {
        case .interviewScorecards: .interviewScorecards
        case .rolePlayCards: .rolePlayCards
        case .pocketCard: .pocketCard
        }
    }
}
