/// What `philosophy.md` reads: the whole philosophy in one locale.
struct PhilosophyViewModel: TemplateViewModel {
    static let template = TemplateName.philosophyMD

    /// A channel and when it is staffed; a field the file lacks is empty.
    struct Channel {
        let name: String
        let hours: String
        let offline: String
    }

    /// A recovery plan; a field the file lacks is empty.
    struct RecoveryPlan {
        let situation: String
        /// The response time, formatted (`1 hour`).
        let respondWithin: String
        let response: String
        let escalateTo: String
    }

    /// A stage of the buyer's journey the file describes.
    struct JourneyStage {
        /// The stage's label.
        let stage: String
        let text: String
    }

    /// The customer expectations, by Kano group.
    struct Expectations {
        /// A Kano group with at least one item.
        struct Group {
            /// The group's label.
            let kano: String
            let items: [String]
        }

        let groups: [Group]
    }

    /// The onboarding tasks by phase, and the refresher training.
    struct Onboarding {
        /// A phase with at least one task.
        struct Phase {
            /// `Day 1`.
            let phase: String
            let tasks: [Task]
        }

        /// A task and who owns it.
        struct Task {
            let task: String
            let taskOwner: String?
        }

        /// How often refresher training happens.
        struct Refresher {
            let label: String
            let value: String
        }

        let phases: [Phase]
        let refresher: Refresher?
    }

    let company: String
    /// The locale's tag.
    let locale: String
    let labels: Labels
    /// The purpose's paragraphs.
    let purpose: [String]
    let vision: String
    let values: [ValueItem]
    let kpis: [KPIItem]
    let standards: [StandardItem]
    let channels: [Channel]
    let recovery: [RecoveryPlan]
    let teams: [TeamItem]
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
