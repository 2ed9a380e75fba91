import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing

/// The handbook layout every site page shares: sidebar, breadcrumbs, skip link, footer, and
/// the landing page, KPI page and standards page it lays out compactly.
@Suite("The site's handbook layout")
struct SiteLayoutTests {
    /// The HTML of the file at `path` (`en/teams/support.html`) of `renderer`'s site.
    func page(_ renderer: SiteRenderer, _ path: String) throws -> String {
        let job = try #require(renderer.jobs.first { $0.paths.contains(path) }, "no page \(path)")
        let file = try #require(renderer.render(job).first { $0.path == path })
        return String(decoding: file.data, as: UTF8.self)
    }

    func renderer(_ source: String, buildDate: CalendarDate? = nil) throws -> SiteRenderer {
        SiteRenderer(philosophy: try loadPhilosophy(source), templates: templates, buildDate: buildDate)
    }

    /// The HTML between `<nav class="NAME"` and its `</nav>`.
    func nav(_ name: String, in html: String) throws -> String {
        let start = try #require(html.range(of: "<nav class=\"\(name)\""), "no nav.\(name)")
        let end = try #require(html[start.upperBound...].range(of: "</nav>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// `philosophy` with `count` teams named `Team 1` ... `Team N`.
    func philosophy(teams count: Int) throws -> Philosophy {
        var philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let model = philosophy.teams[0]
        philosophy.teams = (1...count).map { Team(name: LocalizedText("Team \($0)"), activities: model.activities, kpis: model.kpis) }
        philosophy.standards = philosophy.standards.map { standard in
            var standard = standard
            standard.owner = nil
            return standard
        }
        philosophy.recovery = philosophy.recovery.map { plan in
            var plan = plan
            plan.escalateTo = nil
            return plan
        }
        return philosophy
    }

    @Test("the sidebar of every page holds each value and each team, the current one marked", arguments: ["en/index.html", "en/kpis.html", "de/teams/support.html"])
    func sidebarListsEverything(_ path: String) throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let site = try renderer("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let html = try page(site, path)
        let sidebar = try nav("sidebar", in: html)
        let prefix = path.split(separator: "/").count == 3 ? "../" : ""
        for value in philosophy.values {
            #expect(sidebar.contains("href=\"\(prefix)values/\(philosophy.slug(of: value)).html\""), "\(path): \(value.name)")
        }
        for team in philosophy.teams {
            #expect(sidebar.contains("href=\"\(prefix)teams/\(philosophy.slug(of: team)).html\""), "\(path): \(team.name)")
        }
        for part in ["kpis.html", "standards.html", "teams.html"] {
            #expect(sidebar.contains("href=\"\(prefix)\(part)\""))
        }
        // Channels, recovery and onboarding are sections of the philosophy page.
        #expect(sidebar.matches(of: /href="[^"]*index\.html#[a-z0-9-]+"/).count >= 4)
        #expect(html.contains("<details class=\"sidebar\">\n<summary>"))
        if path.contains("teams/") {
            #expect(sidebar.matches(of: /aria-current="page"/).count == 1)
        }
    }

    @Test("up to 50 teams the sidebar lists them all; past 50, the index and the current team's neighbours")
    func sidebarNeighbours() throws {
        let fifty = SiteRenderer(philosophy: try philosophy(teams: 50), templates: templates)
        let all = try nav("sidebar", in: page(fifty, "en/kpis.html"))
        #expect(all.matches(of: /href="teams\/team-\d+\.html"/).count == 50)

        let many = SiteRenderer(philosophy: try philosophy(teams: 60), templates: templates)
        let kpis = try nav("sidebar", in: page(many, "en/kpis.html"))
        #expect(kpis.contains("href=\"teams.html\""))
        #expect(kpis.matches(of: /teams\/team-\d+\.html/).isEmpty)
        let team = try nav("sidebar", in: page(many, "en/teams/team-30.html"))
        let listed = team.matches(of: /href="\.\.\/teams\/(team-\d+)\.html"/).map { String($0.output.1) }
        #expect(listed == ["team-28", "team-29", "team-30", "team-31", "team-32"])
        #expect(team.contains("href=\"../teams/team-30.html\" aria-current=\"page\""))
        let first = try nav("sidebar", in: page(many, "en/onboarding/team-1.html"))
        #expect(first.matches(of: /href="\.\.\/teams\/(team-\d+)\.html"/).map { String($0.output.1) } == ["team-1", "team-2", "team-3"])
    }

    @Test("breadcrumbs lead from the company through the philosophy and the teams to the page, marked current")
    func breadcrumbs() throws {
        let site = try renderer("Examples/nextiva.yml")
        let trail = try nav("breadcrumbs", in: page(site, "en/onboarding/support.html"))
        #expect(trail.contains("aria-label=\"You are here\""))
        let links = trail.matches(of: /<li><a href="([^"]*)"( aria-current="page")?>([^<]*)<\/a><\/li>/)
            .map { "\($0.output.1)|\($0.output.3)\($0.output.2 == nil ? "" : "*")" }
        #expect(links == ["../../index.html|Nextiva", "../index.html|Philosophy", "../teams.html|Teams",
                          "../teams/support.html|Support", "../onboarding/support.html|Onboarding checklist*"])
        #expect(trail.contains("<ol>"))
        let kpis = try nav("breadcrumbs", in: page(site, "en/kpis.html"))
        #expect(kpis.contains("<li><a href=\"kpis.html\" aria-current=\"page\">KPIs</a></li>"))
    }

    @Test("the skip link is the first link of every page and leads to main#content")
    func skipLink() throws {
        for path in ["index.html", "en/index.html", "en/values/integrity.html", "en/teams/support.html"] {
            let html = try page(try renderer("Examples/nextiva.yml"), path)
            let body = try #require(html.range(of: "<body"))
            let firstLink = try #require(html[body.upperBound...].range(of: "<a "))
            #expect(html[firstLink.lowerBound...].hasPrefix("<a class=\"skip-link\" href=\"#content\">Skip to content</a>"), "\(path)")
            #expect(html.contains("<main id=\"content\">"))
        }
    }

    @Test("a heading named Content does not take the id the skip link leads to")
    func contentAnchorReserved() throws {
        var philosophy = try loadPhilosophy("Examples/nextiva.yml")
        philosophy.values[0].name = LocalizedText("Content")
        let html = try page(SiteRenderer(philosophy: philosophy, templates: templates), "en/values/content.html")
        #expect(html.matches(of: /id="content"/).count == 1)
        #expect(html.contains("<h1 id=\"content-2\">Content</h1>"))
    }

    @Test("the footer names the company, the revision or updated date, and the build date only when given")
    func footerBuildDate() throws {
        let undated = try page(try renderer("Tests/EthosRenderTests/Fixtures/four-locales.yml"), "de/kpis.html")
        #expect(undated.contains("<footer class=\"site\">\n<p>Fjell &amp; Dal · Zuletzt aktualisiert: 9. März 2026</p>"))
        #expect(!undated.contains("Erstellt am"))
        let dated = try page(try renderer("Tests/EthosRenderTests/Fixtures/four-locales.yml",
                                          buildDate: CalendarDate(year: 2026, month: 12, day: 1)), "de/kpis.html")
        #expect(dated.contains("<p>Fjell &amp; Dal · Zuletzt aktualisiert: 9. März 2026 · Erstellt am 1. Dezember 2026</p>"))
        let english = try page(try renderer("Examples/nextiva.yml", buildDate: CalendarDate(year: 2026, month: 12, day: 1)),
                               "en/index.html")
        #expect(english.contains("Built on December 1, 2026"))
    }

    @Test("the landing page shows the company, its vision, each value linking its page and the language chooser")
    func landingPage() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let html = try page(try renderer("Tests/EthosRenderTests/Fixtures/four-locales.yml"), "index.html")
        #expect(html.contains("<h1>Fjell &amp; Dal</h1>"))
        #expect(html.contains("<p class=\"lead\">Help that gets you back outside.</p>"))
        for value in philosophy.values {
            #expect(html.contains("<li><a href=\"en/values/\(philosophy.slug(of: value)).html\">"))
        }
        for (tag, name) in [("en", "English"), ("de", "Deutsch"), ("sl", "Slovenščina"), ("nb", "Norsk bokmål")] {
            #expect(html.contains("<li><a href=\"\(tag)/index.html\" hreflang=\"\(tag)\" lang=\"\(tag)\">\(name)</a></li>"))
        }
        #expect(try nav("sidebar", in: html).contains("href=\"en/kpis.html\""))
        let one = try page(try renderer("Examples/nextiva.yml"), "index.html")
        #expect(one.contains("<h1>Nextiva</h1>") && one.contains("<p><a href=\"en/index.html\">Philosophy</a></p>"))
        #expect(!one.contains("hreflang"))
    }

    @Test("the KPI page is one table row per KPI, without a paragraph per direction or a heading per target")
    func compactKPIs() throws {
        let html = try page(try renderer("Examples/nextiva.yml"), "en/kpis.html")
        // Nextiva's values, teams and standards use 17 KPIs.
        #expect(html.matches(of: /<tr>\n<td><strong>/).count == 17)
        #expect(!html.contains("<p>Higher is better.</p>") && !html.contains("<p>Lower is better.</p>"))
        #expect(!html.contains("<strong>Target:</strong>"))
        #expect(html.contains("<div class=\"table-scroll\"><table>"))
    }

    @Test("the standards page gives each standard one entry with its window, channel, owner and source")
    func compactStandards() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let html = try page(try renderer("Examples/nextiva.yml"), "en/standards.html")
        #expect(!html.contains("<table"))
        #expect(html.matches(of: /<li>/).count >= philosophy.standards.count)
        #expect(html.contains("<em>Owner:</em>"))
    }

    @Test("the philosophy page lists the values once, in the table linking their pages")
    func valuesOnce() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let html = try page(try renderer("Examples/nextiva.yml"), "en/index.html")
        let main = String(html[try #require(html.range(of: "<main")).lowerBound...])
        for value in philosophy.values {
            #expect(main.components(separatedBy: "href=\"values/\(philosophy.slug(of: value)).html\"").count == 2)
        }
        #expect(!main.contains("How we live our values"))
    }
}
