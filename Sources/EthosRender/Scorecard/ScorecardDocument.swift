import EthosModel
import EthosScore

/// A scorecard (`ethos score`) written for people, in one locale: a line a standard for a
/// terminal, or one Markdown or HTML page with a table (and in HTML a trend chart) per
/// standard and the teams' status in the last complete window.
public enum ScorecardDocument {
    /// `scorecard` as `format`, in `locale`, with the objective sentences of `philosophy`'s
    /// standards. `colour` paints the statuses of the text form for a terminal. The HTML page
    /// embeds its stylesheet and reads nothing from elsewhere.
    public static func render(_ scorecard: Scorecard, philosophy: Philosophy, locale: LocaleID, as format: ScorecardFormat,
                              colour: Bool = false, templates: TemplateSet) -> String {
        let context = RenderContext(philosophy, locale: locale)
        let view = ScorecardView(scorecard, context: context)
        switch format {
        case .text:
            return ScorecardText.render(view, colour: colour)
        case .markdown:
            return ScorecardMarkdown.render(view)
        case .html:
            return page(view, locale: locale, templates: templates, chrome: HTMLPage.Chrome())
        }
    }

    /// The complete HTML page of `view`.
    static func page(_ view: ScorecardView, locale: LocaleID, templates: TemplateSet, chrome: HTMLPage.Chrome,
                     title: String? = nil) -> String {
        let parts = ScorecardHTML.parts(view)
        return HTMLPage.make(intro: parts.intro, body: parts.body,
                             title: title ?? "\(view.labels[.scorecardTitle]): \(view.company)", locale: locale,
                             labels: view.labels, contents: parts.contents, templates: templates, chrome: chrome)
    }
}
