/// A part of the philosophy in a site page's sidebar (the values, the teams, the KPIs ...),
/// with the pages under it: each value, each team or the current team's neighbours.
struct SidebarSection: Encodable {
    let href: String
    let text: String
    /// Whether it is the page being shown.
    let current: Bool
    let children: [NavigationLink]
}

extension SidebarSection {
    /// The section as ``MustacheValues`` encodes it, built directly.
    var mustacheObject: [String: Any] {
        ["href": href, "text": text, "current": current, "children": children.map { $0.mustacheObject as Any }]
    }
}
