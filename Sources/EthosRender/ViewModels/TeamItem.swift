/// A team as the team templates read it.
struct TeamItem: Encodable {
    let name: String
    let activities: String
    /// `NPS, QA`: the team's KPIs by short label.
    let metrics: String
    /// The team's page, in a site.
    let href: String?
}
