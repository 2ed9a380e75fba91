/// A link to a page in another locale.
struct LanguageLink: Encodable {
    let href: String
    /// The locale's tag.
    let lang: String
    /// The language's own name for itself.
    let name: String
}
