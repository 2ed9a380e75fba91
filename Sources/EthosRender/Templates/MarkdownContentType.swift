import Mustache

/// The `MARKDOWN` content type: `{{% CONTENT_TYPE: MARKDOWN}}` at the top of a template makes
/// every `{{name}}` insert its text through ``MarkdownEscaping/inline(_:)``, so user text is
/// always data. `{{{name}}}` inserts text unchanged, for Markdown Ethos built itself.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownEscaping.inline(text)
    }

    /// Makes the content type known to the template parser; safe to call more than once.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}
