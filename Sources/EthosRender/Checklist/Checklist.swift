import EthosModel

/// One team's onboarding checklist in one locale: what a new hire does, phase by phase.
public struct Checklist: Sendable, Hashable {
    /// One thing to do, with who makes sure it happens and when it is due.
    public struct Item: Sendable, Hashable {
        /// The task in a few words: `Role-play: A complaint on social media`.
        public let name: String
        /// More about it: the action statement, the KPI's definition and target, the response.
        public let detail: String?
        /// The phase it belongs to.
        public let phase: Phase
        /// Who makes sure it happens, as written in the locale (`Manager`, `Führungskraft`).
        public let owner: String?
        /// The day it is due, counted from 1 on the start date.
        public let dueDay: Int
        /// The date it is due, when a start date is known.
        public let dueDate: CalendarDate?
    }

    /// The team's name in the checklist's locale.
    public let team: String
    /// The team's slug, used in file names.
    public let teamSlug: String
    /// The organisation.
    public let company: String
    /// The locale the checklist is written in.
    public let locale: LocaleID
    /// The new hire's first day, when given.
    public let start: CalendarDate?
    /// Every item, in phase order.
    public let items: [Item]

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
