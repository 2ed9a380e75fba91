/// Someone an onboarding pack names: the new hire, their manager or their buddy.
public struct Person: Hashable, Sendable {
    /// The name as people write it: `Maria Keller`.
    public let name: String
    /// The work email, when known: task tools and calendars match people by it.
    public let email: String?

    /// Creates a person; an empty email counts as unknown.
    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email?.isEmpty == true ? nil : email
    }

    /// The person a name and an email give, as a roster row or the command line holds them:
    /// an email alone stands for the name too; `nil` when both are missing or empty.
    public static func known(name: String?, email: String?) -> Person? {
        guard let name, !name.isEmpty else { return email.flatMap { $0.isEmpty ? nil : Person(name: $0, email: $0) } }
        return Person(name: name, email: email)
    }

    /// `Maria Keller <maria@example.com>`, or the name alone without an email.
    public var nameWithEmail: String {
        email.map { "\(name) <\($0)>" } ?? name
    }
}
