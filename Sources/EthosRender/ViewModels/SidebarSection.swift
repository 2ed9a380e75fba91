/// A part of the philosophy in a site page's sidebar (the values, the teams, the KPIs ...),
/// with the pages under it: each value, each team or the current team's neighbours.
struct SidebarSection: Encodable {
    let href: String
    let text: String
    /// Whether it is the page being shown.
    let current: Bool
    let children: [NavigationLink]
}
