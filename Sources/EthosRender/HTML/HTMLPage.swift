import EthosModel

/// A complete HTML page: a Markdown document converted by cmark-gfm, placed in the page
/// template with its title, language, direction, table of contents and stylesheet.
enum HTMLPage {
    static func make(markdown: String, title: String, locale: LocaleID, templates: TemplateSet) -> String {
        let converted = GFMConverter.convert(markdown)
        let contents = converted.headings.filter { $0.level == 2 }
        let context: [String: Any] = [
            "lang": locale.tag,
            "dir": locale.isRightToLeft ? "rtl" : "ltr",
            "title": title,
            "labels": Labels.for(locale).text,
            "toc": contents.map { ["anchor": $0.anchor, "text": $0.text] },
            "showContents": contents.count > 1,
            "body": converted.html,
        ]
        return templates.render("page.html", context)
    }
}

extension LocaleID {
    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu and kin).
    var isRightToLeft: Bool {
        ["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"].contains(language)
    }
}
