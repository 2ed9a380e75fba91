import CCmarkGFM
import CCmarkGFMConcurrency
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns GFM Markdown into HTML through the cmark-gfm C library, with the table, task-list,
/// strikethrough, autolink and tagfilter extensions.
///
/// The UNSAFE option is never set: raw HTML in the input is dropped and `javascript:`,
/// `vbscript:`, `file:` and `data:` link targets are blanked by cmark-gfm itself.
package enum GFMConverter {
    /// A converted document: the HTML body and its headings in document order.
    package struct Output: Sendable {
        /// The HTML, with an `id` on every heading and `scope` on every table header.
        package let html: String
        /// Every heading, in order, with the anchor its `id` holds.
        package let headings: [Heading]
    }

    /// One heading of a converted document.
    package struct Heading: Sendable, Hashable {
        /// 1 for `#`, 2 for `##` ...
        package let level: Int
        /// The heading's text without markup.
        package let text: String
        /// The `id` of the heading element: a slug of the text, unique within the document.
        package let anchor: String
    }

    /// Every parser attaches exactly these, in this order: the table of inline special
    /// characters is set once for this set (see `convertsInParallel`).
    private static let extensionNames = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]

    /// Whether conversions run on many threads at once; decided once, before the first one.
    ///
    /// cmark-gfm 0.29.0.gfm.6 keeps the special characters of its inline extensions (`~`, `:`,
    /// `w`) in one table for the whole process, which each parser sets as it starts parsing
    /// inlines and clears as it finishes: two conversions at once (a site renders pages on
    /// every core) could lose strikethrough or autolinks (github/cmark-gfm#176). Where the
    /// library's calls that set and clear the table reach `CCmarkGFMConcurrency` (Linux), the
    /// table is set here once for `extensionNames`, no parser writes it again, and every
    /// parser, attaching those same extensions, reads what a parser alone would have set.
    /// Elsewhere conversions hold `library` one at a time.
    static let convertsInParallel: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        // One document through cmark_parser_finish shows whether the library's calls reach
        // the definition in CCmarkGFMConcurrency.
        guard let probe = makeParser() else { return false }
        defer { cmark_parser_free(probe) }
        feed(probe, "~~probe~~ www.example.com")
        if let root = cmark_parser_finish(probe) { cmark_node_free(root) }
        guard let parser = makeParser() else { return false }
        defer { cmark_parser_free(parser) }
        return ethos_cmark_pin_special_characters(parser)
    }()

    /// Held around each conversion where they cannot run at once (see `convertsInParallel`);
    /// the Swift work around it runs in parallel either way.
    private static let library = Mutex(())

    /// Converts `markdown` to HTML.
    package static func convert(_ markdown: String) -> Output {
        let converted = convertsInParallel
            ? parseAndRender(markdown)
            : library.withLock { _ in parseAndRender(markdown) }
        let headings = HeadingAnchors.assign(to: converted.headings)
        return Output(html: HTMLTagAttributes.add(to: converted.html, headings: headings), headings: headings)
    }

    /// A parser with every extension of `extensionNames` attached, in order.
    private static func makeParser() -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }

    private static func feed(_ parser: OpaquePointer, _ markdown: String) {
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
    }

    /// The HTML cmark-gfm writes for `markdown`, and the level and text of its headings.
    private static func parseAndRender(_ markdown: String) -> (html: String, headings: [(level: Int, text: String)]) {
        guard let parser = makeParser() else { return ("", []) }
        defer { cmark_parser_free(parser) }
        feed(parser, markdown)
        guard let root = cmark_parser_finish(parser) else { return ("", []) }
        defer { cmark_node_free(root) }
        let headings = headingTexts(in: root)
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
            return ("", headings)
        }
        defer { free(rendered) }
        return (String(cString: rendered), headings)
    }

    /// The level and plain text of every heading, in document order.
    private static func headingTexts(in root: OpaquePointer) -> [(level: Int, text: String)] {
        var headings: [(level: Int, text: String)] = []
        guard let iterator = cmark_iter_new(root) else { return headings }
        defer { cmark_iter_free(iterator) }
        var headingText: String?
        var level = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                if event == CMARK_EVENT_ENTER {
                    headingText = ""
                    level = Int(cmark_node_get_heading_level(node))
                } else if let text = headingText {
                    headings.append((level, LanguageMarks.strip(text)))
                    headingText = nil
                }
            } else if headingText != nil, event == CMARK_EVENT_ENTER {
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                    headingText? += String(cString: literal)
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    headingText? += " "
                }
            }
        }
        return headings
    }
}
