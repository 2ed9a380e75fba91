/// An entry of a site page's navigation.
struct NavigationLink: Encodable {
    let href: String
    let text: String
    /// Whether it is the page being shown.
    let current: Bool
}
