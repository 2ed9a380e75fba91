/// A link at the foot of every page of the site: its words, which may differ by locale, and
/// where it leads.
public struct FooterLink: Hashable, Sendable, Codable {
    /// The link's words.
    public var text: LocalizedText
    /// Where it leads.
    public var url: SiteURL

    /// A footer link.
    public init(text: LocalizedText, url: SiteURL) {
        self.text = text
        self.url = url
    }
}
