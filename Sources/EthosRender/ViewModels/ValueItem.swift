/// A service value as the philosophy and value templates read it.
struct ValueItem: Encodable {
    let name: String
    let action: String
    /// `NPS, QA`: the value's KPIs by short label.
    let metrics: String
    let behaviors: [String]
    let questions: [String]
    /// The description's paragraphs.
    let description: [String]
    /// Whether there is more than a table row to say: a description, behaviors or questions.
    let hasDetails: Bool
    /// The value's page, in a site.
    let href: String?
}
