/// Where a link of the theme leads: an `http:`, `https:` or `mailto:` address, or a path
/// inside the site (relative to its root folder, or starting with `/` on the server).
/// Nothing else is read, so no `javascript:` or `data:` address reaches a page.
public struct SiteURL: Hashable, Sendable, Codable {
    /// The address as written.
    public let text: String
    /// Whether it is a path relative to the site's root folder, which each page's link
    /// reaches from its own folder.
    public let isSiteRelative: Bool

    /// The address `text`, or `Problem` saying why it is not one a page may link.
    public static func parse(_ text: String) -> Result<SiteURL, Problem> {
        guard !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7f } == true }) else {
            return .failure(Problem("an address has no spaces or control characters", fix: "write %20 for a space"))
        }
        guard text.count <= 2_000 else { return .failure(Problem("the address is over 2,000 characters", fix: nil)) }
        let beforePath = text.prefix { !"/?#".contains($0) }
        if let colon = beforePath.firstIndex(of: ":") {
            let scheme = text[..<colon].lowercased()
            guard allowedSchemes.contains(scheme) else {
                return .failure(Problem("'\(scheme):' addresses are not allowed in links of the site",
                                        fix: "use an https:, http: or mailto: address, or a path inside the site"))
            }
            let rest = text[text.index(after: colon)...]
            guard scheme == "mailto" ? rest.count > 0 : rest.hasPrefix("//") && rest.count > 2 else {
                return .failure(Problem("'\(text)' is not a complete \(scheme): address",
                                        fix: scheme == "mailto" ? "write mailto:name@example.com" : "write \(scheme)://host/path"))
            }
            return .success(SiteURL(text: text, isSiteRelative: false))
        }
        guard !text.hasPrefix("//") else {
            return .failure(Problem("'\(text)' leaves out its scheme", fix: "write https:\(text)"))
        }
        return .success(SiteURL(text: text, isSiteRelative: !text.hasPrefix("/") && !text.hasPrefix("#")))
    }

    /// Why an address is not one a page may link.
    public struct Problem: Error, Hashable, Sendable {
        /// What is wrong.
        public let reason: String
        /// How to write it instead.
        public let fix: String?
        init(_ reason: String, fix: String?) {
            self.reason = reason
            self.fix = fix
        }
    }

    /// No address: the place of one that could not be read.
    package static let none = SiteURL(text: "", isSiteRelative: false)

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    private init(text: String, isSiteRelative: Bool) {
        self.text = text
        self.isSiteRelative = isSiteRelative
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch Self.parse(text) {
        case .success(let url): self = url
        case .failure(let problem):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.reason))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
