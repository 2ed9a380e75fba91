import EthosModel
import EthosScore
import Foundation

/// Renders a philosophy as a static intranet site: the list of its files and each file's
/// bytes. Pages link to each other only by relative paths, hold no scripts and load nothing
/// from elsewhere, so the site works from any web server, any sub-path and from disk.
///
/// Every page of a locale shares that locale's render context; the templates are compiled
/// once. ``render(_:)`` is safe to call from many threads at once.
public struct SiteRenderer: Sendable {
    /// The philosophy published.
    public let philosophy: Philosophy
    /// The work of building the site, in a fixed order: root files, then each locale's.
    public let jobs: [SiteJob]
    /// Every folder the files need, parents first.
    public let folders: [String]

    let templates: TemplateSet
    private let documents: DocumentRenderer
    let contexts: RenderContexts
    /// With a scorecard: its view in each locale, for the scores page, the standards page's
    /// links and the teams' figures.
    let scoreViews: [LocaleID: ScorecardView]
    /// The lines the "What changed" page lists under each revision.
    let changes: RevisionChanges
    /// Whether the site has a search index, so its pages have a search box.
    public let search: Bool
    /// When the site was built, for its pages' footer; `nil` for none.
    let buildDate: CalendarDate?
    private let sidebar: SiteSidebar
    /// The anchors of each locale's philosophy page's sections, for the sidebar and breadcrumbs.
    let sections: [LocaleID: PhilosophySections]

    /// Prepares the site for `philosophy`, rendered with `templates`; with a `scorecard`
    /// (`ethos score`'s JSON) the site has a page of how the standards fared. A philosophy with
    /// revisions gets a "What changed" page, listing under each revision the lines `changes`
    /// gives for it. With `search`, every page of a locale has a search box, which reads the
    /// index Pagefind writes into the site's `pagefind/` folder. With a `buildDate` every
    /// page's footer says when the site was built; without one it says nothing of it, so two
    /// builds of the same file are identical.
    public init(philosophy: Philosophy, templates: TemplateSet, scorecard: Scorecard? = nil,
                changes: RevisionChanges = RevisionChanges(), search: Bool = false, buildDate: CalendarDate? = nil) {
        self.philosophy = philosophy
        self.search = search
        self.changes = changes
        self.buildDate = buildDate
        self.templates = templates
        self.documents = DocumentRenderer(templates: templates)
        let contexts = RenderContexts(philosophy)
        self.contexts = contexts
        scoreViews = scorecard.map { scorecard in
            Dictionary(uniqueKeysWithValues: philosophy.locales.map { ($0, ScorecardView(scorecard, context: contexts[$0])) })
        } ?? [:]
        let hasScores = scorecard != nil
        sidebar = SiteSidebar(philosophy: philosophy, contexts: contexts, hasScores: hasScores)
        // Each locale's philosophy page is rendered for its anchors, on all cores.
        sections = Dictionary(uniqueKeysWithValues: zip(philosophy.locales, philosophy.locales.concurrentMap {
            PhilosophySections(contexts[$0].at(SiteLinks(depth: 0)), templates: templates)
        }))
        let slugs = contexts.slugs
        var jobs = SitePage.siteWide(theme: philosophy.site).map { SiteJob(paths: $0.paths(slugs: slugs), page: $0, locale: nil) }
        var folders: [String] = []
        for locale in philosophy.locales {
            let tag = locale.tag
            folders += [tag] + SitePage.localeFolders.map { "\(tag)/\($0)" }
            jobs += SitePage.pages(of: philosophy, kpisInUse: contexts.kpisInUse, hasScores: hasScores).map { page in
                SiteJob(paths: page.paths(slugs: slugs).map { "\(tag)/\($0)" }, page: page, locale: locale)
            }
        }
        self.jobs = jobs
        self.folders = folders
    }

    /// The files `job` writes, in the order of its ``SiteJob/paths``.
    public func render(_ job: SiteJob) -> [SiteFile] {
        guard let locale = job.locale, let path = job.paths.first, let context = context(of: job) else {
            let data = switch job.page {
            case .json: PhilosophyJSON.make(philosophy)
            case .stylesheet: Data((templates.render(StylesheetViewModel()) + ThemeStylesheet.css(philosophy.site)).utf8)
            case .logo: philosophy.site?.logo?.data ?? Data()
            default: Data(root.utf8)
            }
            return [SiteFile(path: job.paths[0], data: data, markdown: nil)]
        }
        let chrome = chrome(for: job.page, context: context)
        if job.page == .scores, let view = scoreViews[locale] {
            let html = ScorecardDocument.page(view, locale: locale, templates: templates, chrome: chrome,
                                              title: siteTitle(context.labels[.scorecardTitle]))
            return [SiteFile(path: path, data: Data(html.utf8), markdown: nil)]
        }
        let (source, checklist) = source(of: job.page, context: context)
        return zip(job.paths, job.page.formats).map { path, format in
            let data = source.rendered(as: format, templates: templates, chrome: chrome).map { Data($0.utf8) }
                ?? checklist.flatMap { documents.render($0, as: format) } ?? Data()
            return SiteFile(path: path, data: data, markdown: format == .html ? LanguageMarks.strip(source.markdown) : nil)
        }
    }

    /// The render context of a page of one locale, placed where the page is in the site;
    /// `nil` for a file of the whole site.
    func context(of job: SiteJob) -> RenderContext? {
        guard let locale = job.locale, let path = job.paths.first else { return nil }
        return contexts[locale].at(SiteLinks(depth: path.split(separator: "/").count - 2))
    }

    /// The Markdown of a page of one locale, titled for the site, and for a checklist's page the checklist.
    private func source(of page: SitePage, context: RenderContext) -> (page: MarkdownPage, checklist: Checklist?) {
        let locale = context.locale
        let (markdown, title): (String, String)
        switch page {
        case .philosophy:
            return (documents.philosophyPage(context), nil)
        case .checklist(let index):
            let checklist = ChecklistBuilder.make(for: philosophy.teams[index], context: context, start: nil, hire: nil,
                                                 workingDays: WorkingDays(philosophy.calendar))
            let page = documents.checklistPage(checklist, sharingShells: true)
            return (MarkdownPage(markdown: page.markdown, title: siteTitle(page.title), locale: locale,
                                 labels: page.labels), checklist)
        case .value(let index):
            let value = philosophy.values[index]
            (markdown, title) = (templates.render(context.valuePage(value), labels: context.labels),
                                 context.text(value.name))
        case .team(let index):
            let team = philosophy.teams[index]
            var model = context.teamPage(team)
            model.scores = teamScores(team, context: context)
            (markdown, title) = (templates.render(model, labels: context.labels),
                                 context.text(team.name))
        case .kpis:
            (markdown, title) = (templates.render(context.kpisPage), context.labels[.kpis])
        case .standards:
            (markdown, title) = (templates.render(standardsPage(context)),
                                 context.labels[.standards])
        case .teams:
            (markdown, title) = (templates.render(context.teamsPage), context.labels[.navTeams])
        case .changes:
            (markdown, title) = (templates.render(context.changesPage(changes)), context.labels[.navChanges])
        case .root, .json, .stylesheet, .logo, .scores:
            (markdown, title) = ("", "")
        }
        return (MarkdownPage(markdown: markdown, title: siteTitle(title), locale: locale, labels: context.labels), nil)
    }

    /// The root page, the site's landing page: the company, its vision, the values at a
    /// glance and the language chooser (with one locale, a link to the philosophy), with the
    /// first locale's navigation.
    private var root: String {
        let locale = philosophy.defaultLocale
        let context = contexts[locale].at(SiteLinks(rootOf: locale.tag))
        let languages = philosophy.locales.count > 1
            ? philosophy.locales.map { LanguageLink(href: "\($0.tag)/index.html", lang: $0.tag, name: $0.nativeName) } : []
        let body = templates.render(LanguagesViewModel(
            company: philosophy.company, labels: context.labels.text, vision: context.text(philosophy.vision),
            values: philosophy.values.map(context.value), languages: languages,
            philosophy: context.link(to: .philosophy) ?? ""))
        return HTMLPage.make(intro: "", body: body, title: philosophy.company, locale: locale, labels: context.labels,
                             templates: templates, chrome: chrome(for: .root, context: context))
    }

    /// A page's title with the company after it, unless it starts with the company already.
    private func siteTitle(_ title: String) -> String {
        title == philosophy.company || title.hasPrefix("\(philosophy.company): ") ? title : "\(title) · \(philosophy.company)"
    }

    /// The chrome of `page`: the navigation, links to the same page in the other locales,
    /// the sidebar, the breadcrumbs, the footer, the theme's logo and footer links, the
    /// search box and the way to the shared stylesheet.
    func chrome(for page: SitePage, context: RenderContext) -> HTMLPage.Chrome {
        guard let links = context.links else { return HTMLPage.Chrome() }
        // A model built in Swift without locales has its default locale's pages only.
        let sections = sections[context.locale] ?? PhilosophySections(context, templates: templates)
        var chrome = HTMLPage.Chrome()
        chrome.stylesheet = links.toRoot + SitePage.stylesheetPath
        chrome.company = philosophy.company
        chrome.home = links.toRoot + SitePage.root.path(.html, slugs: context.slugs)
        chrome.footer = context.currentRevision ?? philosophy.updated.map {
            "\(context.labels.marked(.updated)): \(DateText.long($0, locale: context.locale))"
        }
        addTheme(to: &chrome, toRoot: links.toRoot, locale: context.locale)
        if search { chrome.search = SearchBox(toRoot: links.toRoot, indexed: page != .root) }
        chrome.buildDate = buildDate.map { context.labels.marked(.builtOn, ["date": DateText.long($0, locale: context.locale)]) }
        chrome.navigation = SitePage.navigation(of: philosophy, kpisInUse: context.kpisInUse, hasScores: !scoreViews.isEmpty).map { entry, label in
            NavigationLink(href: links.to(entry, slugs: context.slugs), text: context.labels.marked(label), current: entry == page)
        }
        chrome.sidebar = sidebar.sections(for: page, context: context, sections: sections)
        chrome.breadcrumbs = SiteBreadcrumbs.trail(to: page, context: context, sections: sections)
        guard page != .root, philosophy.locales.count > 1 else { return chrome }
        let path = page.path(.html, slugs: context.slugs)
        chrome.alternates = philosophy.locales.filter { $0 != context.locale }.map { other in
            LanguageLink(href: links.toRoot + other.tag + "/" + path, lang: other.tag, name: other.nativeName)
        }
        return chrome
    }

    /// The theme's logo and footer links in `chrome`, reached from a page `toRoot` away from
    /// the site's folder: a footer link to a path inside the site is made relative to the page,
    /// and its words in another language than the page's are marked with theirs.
    private func addTheme(to chrome: inout HTMLPage.Chrome, toRoot: String, locale: LocaleID) {
        guard let theme = philosophy.site else { return }
        chrome.logo = theme.logo.map { toRoot + $0.format.siteFileName }
        chrome.footerLinks = theme.footerLinks.map { link in
            NavigationLink(href: link.url.isSiteRelative ? toRoot + link.url.text : link.url.text,
                           text: contexts[locale].text(link.text), current: false)
        }
    }

    /// The standards page, each standard linking its section of the scores page when there is one.
    private func standardsPage(_ context: RenderContext) -> StandardsPageViewModel {
        let page = context.standardsPage
        guard let view = scoreViews[context.locale], let scores = context.link(to: .scores) else { return page }
        let anchors = Dictionary(view.standards.map { ($0.id, $0.anchor) }, uniquingKeysWith: { first, _ in first })
        let standards = zip(page.standards, philosophy.standards).map { item, standard in
            var item = item
            item.scoreLink = anchors[standard.effectiveID].map { "\(scores)#\($0)" }
            return item
        }
        return StandardsPageViewModel(labels: page.labels, standards: standards)
    }

    /// `team`'s status in the last complete window of each standard the scorecard has it in.
    private func teamScores(_ team: Team, context: RenderContext) -> [TeamScoreItem] {
        guard let view = scoreViews[context.locale], let scores = context.link(to: .scores) else { return [] }
        // The scorecard names teams as the file does in its first locale.
        let name = team.name.resolved(for: philosophy.defaultLocale, defaultLocale: philosophy.defaultLocale)
        return view.standards.compactMap { standard in
            guard let status = standard.teams[name], let last = standard.lastComplete else { return nil }
            return TeamScoreItem(standard: standard.id, href: "\(scores)#\(standard.anchor)", window: "\(last.start) – \(last.last)",
                                 value: standard.teamValues[name] ?? "–",
                                 status: "\(ScorecardMarkdown.symbol(status)) \(context.labels[.status(status)])")
        }
    }
}
