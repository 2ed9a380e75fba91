/// An entry of a site page's navigation.
struct NavigationLink: Encodable {
    let href: String
    let text: String
    /// Whether it is the page being shown.
    let current: Bool
}

extension NavigationLink {
    /// The link as ``MustacheValues`` encodes it, built directly.
    var mustacheObject: [String: Any] {
        ["href": href, "text": text, "current": current]
    }
}
