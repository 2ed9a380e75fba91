import Mustache

/// The `ETHOS_HTML` content type: `{{% CONTENT_TYPE: ETHOS_HTML}}` at the top of an HTML
/// template makes every `{{name}}` insert its text through ``HTMLEscaping``, the escaper a
/// template shell uses too. (Mustache's own `HTML` escapes whole characters and lets a `<`
/// with a combining mark through.)
struct EthosHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// Makes the content type known to the template parser; safe to call more than once.
    static let registered: Void = {
        MustacheContentTypes.register(EthosHTMLContentType(), named: "ETHOS_HTML")
    }()
}
