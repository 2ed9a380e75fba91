import EthosModel
import Foundation

/// The interview and role-play kit (`ethos kit`): interview scorecards, role-play cards and a
/// pocket card (``KitSheet``), each as an HTML page and in Markdown, and an `index.html`
/// linking them. The pages link each other by file name, so the kit works from a folder or a
/// pack, and embed their stylesheet, which prints the scorecards a sheet to a page and the
/// role-play cards several to a page.
///
/// The output depends only on the philosophy, the team, the locale and the templates.
public struct KitRenderer: Sendable {
    private let templates: TemplateSet
    private let contexts: RenderContexts

    /// Prepares kits for `philosophy`, rendered with `templates`.
    public init(philosophy: Philosophy, templates: TemplateSet) {
        self.templates = templates
        contexts = RenderContexts(philosophy)
    }

    /// Every file of the kit in `locale`: `index.html`, then each sheet as HTML and Markdown,
    /// in print order. With `team`, the scorecards name the role the candidate is
    /// interviewed for.
    public func files(team: Team? = nil, locale: LocaleID) -> [PackRenderer.File] {
        let context = contexts[locale]
        let index = MarkdownPage(markdown: templates.render(context.kitIndex(team: team)), title: context.kitTitle,
                                 locale: locale, labels: context.labels)
        let indexFile = PackRenderer.File(name: KitSheet.indexFileName,
                                          data: Data((index.rendered(as: .html, templates: templates) ?? "").utf8))
        return [indexFile] + KitSheet.allCases.flatMap { sheet in
            KitSheet.formats.compactMap { format in
                page(sheet, team: team, context: context).rendered(as: format, templates: templates).map {
                    PackRenderer.File(name: sheet.fileName(format), data: Data($0.utf8))
                }
            }
        }
    }

    /// The kit's HTML pages among `files` (``files(team:locale:)``) in print order, without
    /// the index: what goes to a printer or into one printed document.
    public static func printPages(of files: [PackRenderer.File]) -> [PackRenderer.File] {
        KitSheet.allCases.compactMap { sheet in files.first { $0.name == sheet.fileName(.html) } }
    }

    /// One sheet in `format`; `nil` in a format the kit is not written in (see ``KitSheet/formats``).
    public func render(_ sheet: KitSheet, team: Team? = nil, locale: LocaleID, as format: DocumentFormat) -> Data? {
        guard KitSheet.formats.contains(format) else { return nil }
        return page(sheet, team: team, context: contexts[locale]).rendered(as: format, templates: templates).map { Data($0.utf8) }
    }

    /// The sheet as the template writes it.
    func page(_ sheet: KitSheet, team: Team?, context: RenderContext) -> MarkdownPage {
        let markdown = switch sheet {
        case .interviewScorecards: templates.render(context.interviewScorecards(team: team))
        case .rolePlayCards: templates.render(context.rolePlayCards(team: team))
        case .pocketCard: templates.render(context.pocketCard)
        }
        return MarkdownPage(markdown: markdown, title: context.title(of: sheet), locale: context.locale, labels: context.labels,
                            sectionsClass: sheet.sectionsClass)
    }
}
