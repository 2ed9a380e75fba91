import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

@Suite("The built site")
struct SiteTests {
    func build(_ source: String) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("site")
        let renderer = SiteRenderer(philosophy: try loadPhilosophy(source), templates: templates)
        _ = try SiteBuilder(renderer: renderer).build(into: folder.path)
        return folder
    }

    @Test("every link and anchor resolves to a file and an id in the site", arguments: siteSources)
    func links(_ source: String) throws {
        let site = try build(source)
        let files = try snapshot(site)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let page = site.appendingPathComponent(path)
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let link = String(match.output.1)
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(path): not a relative link: \(link)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(parts[0])
                    .standardizedFileURL
                let relative = String(target.path.dropFirst(site.standardizedFileURL.path.count + 1))
                let content = files[relative]
                #expect(content != nil, "\(path): \(link) points to a missing file")
                if parts.count == 2, let content {
                    #expect(String(decoding: content, as: UTF8.self).contains("id=\"\(parts[1])\""),
                            "\(path): \(link) points to a missing anchor")
                }
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test("the site has the pages the format promises, for every locale")
    func pages() throws {
        let philosophy = try loadPhilosophy("Examples/kundenservice-de.yml")
        let files = Set(try snapshot(try build("Examples/kundenservice-de.yml")).keys)
        #expect(files.isSuperset(of: ["index.html", "philosophy.json", SiteBuilder.markerName]))
        for locale in ["de", "en"] {
            #expect(files.isSuperset(of: ["\(locale)/index.html", "\(locale)/philosophy.md", "\(locale)/kpis.html",
                                          "\(locale)/standards.html", "\(locale)/teams.html"]))
            for value in philosophy.values {
                #expect(files.contains("\(locale)/values/\(philosophy.slug(of: value)).html"))
            }
            for team in philosophy.teams {
                let slug = philosophy.slug(of: team)
                #expect(files.isSuperset(of: ["\(locale)/teams/\(slug).html", "\(locale)/onboarding/\(slug).html",
                                              "\(locale)/onboarding/\(slug).md", "\(locale)/onboarding/\(slug).csv"]))
            }
        }
    }

    @Test("the root page chooses a language by native name, or with one locale links the philosophy")
    func root() throws {
        let several = String(decoding: try Data(contentsOf: try build("Tests/EthosRenderTests/Fixtures/four-locales.yml")
            .appendingPathComponent("index.html")), as: UTF8.self)
        for (tag, name) in [("en", "English"), ("de", "Deutsch"), ("sl", "Slovenščina"), ("nb", "Norsk bokmål")] {
            #expect(several.contains("<a href=\"\(tag)/index.html\" hreflang=\"\(tag)\" lang=\"\(tag)\">\(name)</a>"))
        }
        let one = String(decoding: try Data(contentsOf: try build("Examples/nextiva.yml").appendingPathComponent("index.html")),
                         as: UTF8.self)
        #expect(one.contains("<h1>Nextiva</h1>"))
        #expect(one.contains("href=\"en/index.html\"") && one.contains("href=\"en/kpis.html\""))
    }

    @Test("every page links to the same page in each other locale, and has the same navigation")
    func alternates() throws {
        let site = try build("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let page = String(decoding: try Data(contentsOf: site.appendingPathComponent("sl/teams/support.html")), as: UTF8.self)
        for other in ["en", "de", "nb"] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"../../\(other)/teams/support.html\">"))
            #expect(page.contains("href=\"../../\(other)/teams/support.html\" hreflang=\"\(other)\""))
        }
        #expect(page.contains("<a href=\"../index.html\">Filozofija</a>"))
        #expect(page.contains("<a href=\"../onboarding/support.csv\">"))
        let index = String(decoding: try Data(contentsOf: site.appendingPathComponent("sl/index.html")), as: UTF8.self)
        #expect(index.contains("<a href=\"index.html\" aria-current=\"page\">Filozofija</a>"))
    }

    @Test("every page links the site's one style.css, by a relative path, and embeds no stylesheet", arguments: siteSources)
    func sharedStylesheet(_ source: String) throws {
        let site = try build(source)
        let files = try snapshot(site)
        let stylesheet = String(decoding: try #require(files["style.css"]), as: UTF8.self)
        #expect(stylesheet.contains("nav.site") && stylesheet.contains("@media print") && !stylesheet.contains("{{"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let depth = path.split(separator: "/").count - 1
            let link = "<link rel=\"stylesheet\" href=\"\(String(repeating: "../", count: depth))style.css\">"
            #expect(html.contains(link), "\(path) lacks \(link)")
            #expect(!html.contains("<style"), "\(path) embeds a stylesheet")
        }
    }

    @Test("a rendered document, which travels alone, embeds the stylesheet the site links, without the site's layout")
    func embeddedStylesheet() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let html = DocumentRenderer(templates: templates).philosophyHTML(philosophy, locale: philosophy.defaultLocale)
        let site = SiteRenderer(philosophy: philosophy, templates: templates)
        let job = try #require(site.jobs.first { $0.paths == ["style.css"] })
        let stylesheet = String(decoding: try #require(site.render(job).first).data, as: UTF8.self)
        let start = try #require(html.range(of: "<style>\n"))
        let embedded = String(html[start.upperBound..<(try #require(html.range(of: "</style>"))).lowerBound])
        #expect(embedded.count > 2_000 && stylesheet.hasPrefix(embedded))
        let layout = stylesheet.dropFirst(embedded.count)
        #expect(layout.contains("details.sidebar") && !embedded.contains("details.sidebar"))
        #expect(!html.contains("rel=\"stylesheet\""))
    }

    @Test("philosophy.json holds the whole model")
    func json() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let data = try Data(contentsOf: try build("Examples/nextiva.yml").appendingPathComponent("philosophy.json"))
        #expect(try JSONDecoder().decode(Philosophy.self, from: data) == philosophy)
    }

    @Test("philosophy.json writes <, > and & as \\u escapes, and reads back as the same model")
    func jsonWithoutMarkup() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/hostile.yml")
        let data = try Data(contentsOf: try build("Tests/EthosRenderTests/Fixtures/hostile.yml")
            .appendingPathComponent("philosophy.json"))
        #expect(!data.contains(UInt8(ascii: "<")) && !data.contains(UInt8(ascii: ">")) && !data.contains(UInt8(ascii: "&")))
        #expect(String(decoding: data, as: UTF8.self).contains(#"\u003cscript\u003e"#))
        #expect(try JSONDecoder().decode(Philosophy.self, from: data) == philosophy)
    }

    @Test("a model built in Swift with no locales renders its root page in the default locale")
    func noLocales() throws {
        var philosophy = try loadPhilosophy("Examples/nextiva.yml")
        philosophy.locales = []
        let site = SiteRenderer(philosophy: philosophy, templates: templates)
        let root = try #require(site.render(site.jobs[0]).first)
        #expect(root.path == "index.html" && String(decoding: root.data, as: UTF8.self).contains("<html lang=\"en\""))
    }

    @Test("two builds of the same file are byte-identical")
    func deterministic() throws {
        #expect(try snapshot(try build("Examples/storitve-sl.yml")) == snapshot(try build("Examples/storitve-sl.yml")))
    }

    @Test("--sources writes the Markdown of every page beside the site, not in it")
    func sources() throws {
        let parent = try temporaryFolder()
        let renderer = SiteRenderer(philosophy: try loadPhilosophy("Examples/kundenservice-de.yml"), templates: templates)
        let summary = try SiteBuilder(renderer: renderer).build(into: parent.appendingPathComponent("site").path,
                                                                sources: parent.appendingPathComponent("md").path)
        let markdown = try snapshot(parent.appendingPathComponent("md"))
        #expect(markdown.count == summary.pages - 1)  // every page but the language chooser
        let team = String(decoding: try #require(markdown["de/teams/werkstatt.md"]), as: UTF8.self)
        #expect(team.hasPrefix("# Werkstatt\n"))
        #expect(try snapshot(parent.appendingPathComponent("site")).keys.allSatisfy { !$0.hasPrefix("md/") })
    }
}
