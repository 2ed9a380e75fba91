import EthosModel

/// A new hire, as HR's roster gives them: who they are, when they start, and who looks after
/// them. Their onboarding pack greets them by name and puts names on the tasks of each role.
public struct NewHire: Hashable, Sendable {
    /// The hire.
    public let person: Person
    /// The first day; due dates count working days from it.
    public let start: CalendarDate
    /// Their manager, when known.
    public let manager: Person?
    /// Their buddy, when known.
    public let buddy: Person?

    /// Creates a new hire.
    public init(_ person: Person, start: CalendarDate, manager: Person? = nil, buddy: Person? = nil) {
        self.person = person
        self.start = start
        self.manager = manager
        self.buddy = buddy
    }

    /// The person behind a task owner the format names: `manager`, `buddy`, or the hire for
    /// `new-hire` (also `hire`); `nil` for other owners (`hr`, `trainer`, a file's own).
    public func person(owning owner: String) -> Person? {
        switch owner.lowercased() {
        case "manager": manager
        case "buddy": buddy
        case "new-hire", "hire": person
        default: nil
        }
    }

    /// What tells this hire apart in calendar event ids: the email when known, else the name,
    /// in lower case. The same hire gives the same id after any edit of their other details.
    var identity: String {
        (person.email ?? person.name).lowercased()
    }

    /// This hire starting on `start` instead.
    func starting(on start: CalendarDate) -> NewHire {
        NewHire(person, start: start, manager: manager, buddy: buddy)
    }
}
