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

    /// `Maria Keller <maria@example.com>`, or the name alone without an email.
    public var nameWithEmail: String {
        email.map { "\(name) <\($0)>" } ?? name
    }
}
