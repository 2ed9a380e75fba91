/// What `interview-scorecards.md` reads: a sheet per value for a structured interview, and
/// the anchors of the 1–4 rating scale every sheet shares.
struct InterviewScorecardsViewModel: TemplateViewModel {
    static let template = TemplateName.interviewScorecardsMD

    /// One value's sheet.
    struct Sheet: Encodable {
        let value: String
        let action: String
        /// The value's interview questions (`hiring`); empty when the file has none.
        let questions: [String]
        /// The value's behaviors, or its action statement when it lists none.
        let lookFor: [String]
    }

    /// A step of the rating scale, highest first.
    struct Anchor: Encodable {
        /// `4`.
        let rating: String
        /// What a candidate at this step showed.
        let text: String
    }

    let title: String
    /// The team the candidate would join, when the kit is made for one.
    let team: String?
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let sheets: [Sheet]
    let anchors: [Anchor]
}

/// What `role-play-cards.md` reads: a card per recovery plan.
struct RolePlayCardsViewModel: TemplateViewModel {
    static let template = TemplateName.rolePlayCardsMD

    /// One recovery situation as a card.
    struct Card: Encodable {
        /// `Role play 2`.
        let heading: String
        let situation: String
        let response: String
        /// The response time, formatted (`1 hour`).
        let respondWithin: String?
        /// The team the case goes to when the first answer is not enough.
        let escalateTo: String?
        /// What a good answer does, one point each.
        let goodAnswer: [String]
    }

    let title: String
    let team: String?
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let cards: [Card]
}

/// What `pocket-card.md` reads: the values and their action statements.
struct PocketCardViewModel: TemplateViewModel {
    static let template = TemplateName.pocketCardMD

    /// A value and its action statement.
    struct Value: Encodable {
        let name: String
        let action: String
    }

    let title: String
    let vision: String
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let values: [Value]
}

/// What `kit-index.md` reads: the kit's sheets, with their files.
struct KitIndexViewModel: TemplateViewModel {
    static let template = TemplateName.kitIndexMD

    /// A sheet and its two files.
    struct Sheet: Encodable {
        let title: String
        /// `interview-scorecards.html`.
        let page: String
        /// `interview-scorecards.md`.
        let markdown: String
    }

    let title: String
    let team: String?
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let sheets: [Sheet]
}
