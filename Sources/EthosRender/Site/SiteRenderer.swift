import EthosModel
import Foundation

/// Renders a philosophy as a static intranet site: the list of its files and each file's
/// bytes. Pages link to each other only by relative paths, hold no scripts and load nothing
/// from elsewhere, so the site works from any web server, any sub-path and from disk.
///
/// Every page of a locale reuses that locale's formatted sentences; the templates are
/// compiled once. ``render(_:)`` is safe to call from many threads at once.
public struct SiteRenderer: Sendable {
    /// The philosophy published.
    public let philosophy: Philosophy
    /// The work of building the site, in a fixed order: root files, then each locale's.
    public let jobs: [SiteJob]
    /// Every folder the files need, parents first.
    public let folders: [String]
    /// The path of the stylesheet every page links, from the site's folder.
    static let stylesheetPath = "style.css"

    private let templates: TemplateSet
    private let documents: DocumentRenderer
    private let contexts: RenderContexts

    /// Prepares the site for `philosophy`, rendered with `templates`.
    public init(philosophy: Philosophy, templates: TemplateSet) {
        self.philosophy = philosophy
        self.templates = templates
        self.documents = DocumentRenderer(templates: templates)
        let contexts = RenderContexts(philosophy)
        self.contexts = contexts
        let kpisInUse = contexts.kpisInUse
        var jobs = [SiteJob(paths: ["index.html"], content: .root, locale: nil),
                    SiteJob(paths: ["philosophy.json"], content: .json, locale: nil),
                    SiteJob(paths: [Self.stylesheetPath], content: .stylesheet, locale: nil)]
        var folders: [String] = []
        for locale in philosophy.locales {
            let tag = locale.tag
            folders += [tag, "\(tag)/values", "\(tag)/teams", "\(tag)/onboarding"]
            func add(_ content: SiteJob.Content, _ paths: String...) {
                jobs.append(SiteJob(paths: paths.map { "\(tag)/\($0)" }, content: content, locale: locale))
            }
            add(.philosophy, "index.html", "philosophy.md")
            if !kpisInUse.isEmpty { add(.kpis, "kpis.html") }
            if !philosophy.standards.isEmpty { add(.standards, "standards.html") }
            if !philosophy.teams.isEmpty { add(.teams, "teams.html") }
            for index in philosophy.values.indices {
                add(.value(index), "values/\(philosophy.slug(ofValueAt: index)).html")
            }
            for index in philosophy.teams.indices {
                let slug = philosophy.slug(ofTeamAt: index)
                add(.team(index), "teams/\(slug).html")
                add(.checklist(index), "onboarding/\(slug).html", "onboarding/\(slug).md", "onboarding/\(slug).csv")
            }
        }
        self.jobs = jobs
        self.folders = folders
    }

    /// The files `job` writes, in the order of its ``SiteJob/paths``.
    public func render(_ job: SiteJob) -> [SiteFile] {
        guard let locale = job.locale, let path = job.paths.first else {
            let data = switch job.content {
            case .json: PhilosophyJSON.make(philosophy)
            case .stylesheet: Data(templates.render("style.css", [:]).utf8)  // the template, named as the file is
            default: Data(root.utf8)
            }
            return [SiteFile(path: job.paths[0], data: data, markdown: nil)]
        }
        let here = contexts[locale].at(SiteLinks(depth: path.split(separator: "/").count - 2))
        return zip(job.paths, render(job, path: path, context: here)).map { path, file in
            SiteFile(path: path, data: Data(file.text.utf8), markdown: file.markdown.map(LanguageMarks.strip))
        }
    }

    private func render(_ job: SiteJob, path: String, context: RenderContext) -> [(text: String, markdown: String?)] {
        let chrome = chrome(for: path, context: context)
        switch job.content {
        case .philosophy:
            let markdown = templates.render("philosophy.md", context.philosophyValues)
            let title = "\(philosophy.company): \(context.labels["subtitle"])"
            return [(htmlPage(markdown: markdown, title: title, context: context, chrome: chrome), markdown),
                    (LanguageMarks.strip(markdown), nil)]
        case .checklist(let index):
            let checklist = ChecklistBuilder.make(for: philosophy.teams[index], context: context, start: nil)
            let markdown = templates.render("checklist.md", ChecklistContext.make(checklist), locale: context.locale)
            let title = context.labels["checklistTitle", ["team": checklist.team]]
            return [(htmlPage(markdown: markdown, title: title, context: context, chrome: chrome), markdown),
                    (LanguageMarks.strip(markdown), nil), (ChecklistCSV.make(checklist), nil)]
        default:
            let (markdown, title) = page(job, context: context)
            return [(htmlPage(markdown: markdown, title: title, context: context, chrome: chrome), markdown)]
        }
    }

    /// The Markdown and title of a page that is one HTML file.
    private func page(_ job: SiteJob, context: RenderContext) -> (markdown: String, title: String) {
        switch job.content {
        case .value(let index):
            let value = philosophy.values[index]
            return (templates.render("value.md", context.valuePageValues(value), locale: context.locale), context.text(value.name))
        case .team(let index):
            let team = philosophy.teams[index]
            return (templates.render("team.md", context.teamPageValues(team), locale: context.locale),
                    context.text(team.name))
        case .kpis:
            let markdown = templates.render("kpis-page.md", context.kpisPageValues)
            return (markdown, context.labels["kpis"])
        case .standards:
            let markdown = templates.render("standards-page.md", context.standardsPageValues)
            return (markdown, context.labels["standards"])
        case .teams:
            let markdown = templates.render("teams-page.md", context.teamsPageValues)
            return (markdown, context.labels["navTeams"])
        case .root, .json, .stylesheet, .philosophy, .checklist:
            return ("", "")
        }
    }

    /// The root page: the language chooser, or with one locale the philosophy itself.
    private var root: String {
        let locale = philosophy.defaultLocale
        guard philosophy.locales.count > 1 else {
            let context = contexts[locale].at(SiteLinks(rootOf: locale.tag))
            let title = "\(philosophy.company): \(context.labels["subtitle"])"
            return htmlPage(markdown: templates.render("philosophy.md", context.philosophyValues), title: title, context: context,
                            chrome: chrome(for: nil, context: context))
        }
        let languages = philosophy.locales.map { ["href": "\($0.tag)/index.html", "lang": $0.tag, "name": $0.nativeName] }
        let body = templates.render("languages.html", ["company": philosophy.company, "languages": languages])
        return HTMLPage.make(intro: "", body: body, title: philosophy.company, locale: locale, templates: templates,
                             chrome: HTMLPage.Chrome(stylesheet: Self.stylesheetPath))
    }

    private func htmlPage(markdown: String, title: String, context: RenderContext, chrome: HTMLPage.Chrome) -> String {
        let fullTitle = title == philosophy.company || title.hasPrefix("\(philosophy.company): ")
            ? title : "\(title) · \(philosophy.company)"
        return HTMLPage.make(markdown: markdown, title: fullTitle, locale: context.locale, templates: templates,
                             chrome: chrome)
    }

    /// The navigation of the page at `path` in a locale (`nil` for the root page), links to
    /// the same page in the other locales, and the way to the shared stylesheet.
    private func chrome(for path: String?, context: RenderContext) -> HTMLPage.Chrome {
        guard let links = context.links else { return HTMLPage.Chrome() }
        var entries: [(String, String)] = [("index.html", "navPhilosophy")]
        if !context.kpisInUse.isEmpty { entries.append(("kpis.html", "navKPIs")) }
        if !philosophy.standards.isEmpty { entries.append(("standards.html", "navStandards")) }
        if !philosophy.teams.isEmpty { entries.append(("teams.html", "navTeams")) }
        let current = path.map { String($0.drop { $0 != "/" }.dropFirst()) } ?? "index.html"
        var chrome = HTMLPage.Chrome()
        chrome.stylesheet = links.toRoot + Self.stylesheetPath
        chrome.navigation = entries.map { file, label in
            ["href": links.page(file), "text": context.labels[label], "current": file == current]
        }
        guard path != nil, philosophy.locales.count > 1 else { return chrome }
        chrome.alternates = philosophy.locales.filter { $0 != context.locale }.map { other in
            ["href": links.toRoot + other.tag + "/" + current, "lang": other.tag, "name": other.nativeName]
        }
        return chrome
    }
}
