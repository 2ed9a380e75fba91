import EthosModel

/// One team's onboarding checklist in one locale: what a new hire does, phase by phase.
public struct Checklist: Sendable, Hashable {
    /// One thing to do, with who makes sure it happens and when it is due.
    public struct Item: Sendable, Hashable {
        /// What tells the task apart within the checklist, the same in every locale and
        /// across runs: `read-philosophy`, `value-speed`, `kpi-csat`, `task-week-1-shadow-calls`.
        public let key: String
        /// The task in a few words: `Role-play: A complaint on social media`.
        public let name: String
        /// More about it: the action statement, the KPI's definition and target, the response.
        public let detail: String?
        /// The phase it belongs to.
        public let phase: Phase
        /// Who makes sure it happens, as the file names the role: `manager`, `new-hire`.
        public let role: String?
        /// The role as written in the locale (`Manager`, `Führungskraft`).
        public let owner: String?
        /// The person in that role, when the checklist is for a known hire.
        public let assignee: Person?
        /// The working day it is due, counted from 1 on the start date.
        public let dueDay: Int
        /// The date it is due, when a start date is known.
        public let dueDate: CalendarDate?

        /// `Maria Keller (Manager)`, the role alone, or `nil` without an owner.
        public var ownerWithName: String? {
            guard let owner else { return assignee?.name }
            return assignee.map { "\($0.name) (\(owner))" } ?? owner
        }
    }

    /// The team's name in the checklist's locale.
    public let team: String
    /// The team's slug, used in file names.
    public let teamSlug: String
    /// The organisation.
    public let company: String
    /// The locale the checklist is written in.
    public let locale: LocaleID
    /// The new hire's first day, when given: always a working day.
    public let start: CalendarDate?
    /// The hire the checklist is for, when known.
    public let hire: NewHire?
    /// When the philosophy was last revised: calendar programs update imported events when
    /// it moves on.
    public let updated: CalendarDate?
    /// Every item, in the order of due days.
    public let items: [Item]
    /// The words the philosophy supplies for the built-in labels.
    let suppliedLabels: SuppliedLabels

    /// The labels the checklist is written with: its locale's, with the supplied words.
    var labels: Labels { Labels.for(locale, supplied: suppliedLabels) }

    /// The items grouped by phase, in phase order.
    public var phases: [(phase: Phase, items: [Item])] {
        var groups: [(phase: Phase, items: [Item])] = []
        for item in items {
            if groups.last?.phase == item.phase {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append((item.phase, [item]))
            }
        }
        return groups
    }
}
