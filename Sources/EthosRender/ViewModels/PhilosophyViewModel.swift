/// What `philosophy.md` reads: the whole philosophy in one locale.
struct PhilosophyViewModel: TemplateViewModel {
    static let template = TemplateName.philosophyMD

    /// A channel and when it is staffed; a field the file lacks is empty.
    struct Channel: Encodable {
        let name: String
        let hours: String
        let offline: String
    }

    /// A recovery plan; a field the file lacks is empty.
    struct RecoveryPlan: Encodable {
        let situation: String
        /// The response time, formatted (`1 hour`).
        let respondWithin: String
        let response: String
        let escalateTo: String
    }

    /// A stage of the buyer's journey the file describes.
    struct JourneyStage: Encodable {
        /// The stage's label.
        let stage: String
        let text: String
    }

    /// The customer expectations, by Kano group.
    struct Expectations: Encodable {
        /// A Kano group with at least one item.
        struct Group: Encodable {
            /// The group's label.
            let kano: String
            let items: [String]
        }

        let groups: [Group]
    }

    /// The onboarding tasks by phase, and the refresher training.
    struct Onboarding: Encodable {
        /// A phase with at least one task.
        struct Phase: Encodable {
            /// `Day 1`.
            let phase: String
            let tasks: [Task]
        }

        /// A task and who owns it.
        struct Task: Encodable {
            let task: String
            let taskOwner: String?
        }

        /// How often refresher training happens.
        struct Refresher: Encodable {
            let label: String
            let value: String
        }

        let phases: [Phase]
        let refresher: Refresher?
    }

    let company: String
    /// The locale's tag.
    let locale: String
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    /// The purpose's paragraphs.
    let purpose: [String]
    let vision: String
    let values: [ValueItem]
    let kpis: [KPIItem]
    let standards: [StandardItem]
    let channels: [Channel]
    let recovery: [RecoveryPlan]
    var teams: [TeamItem]
    /// Whether the page is part of a site, whose other pages it links.
    let hasLinks: Bool
    let journey: [JourneyStage]
    let expectations: Expectations?
    let onboarding: Onboarding?
    /// The paragraphs on conflicting choices.
    let conflicts: [String]
    /// The date of the last update, formatted.
    let updated: String?
}
