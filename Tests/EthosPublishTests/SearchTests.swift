import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// The site's search: Pagefind's box on every page when the site has an index, Pagefind found
/// where it is installed, and an index that matches the pages.
@Suite("Search with Pagefind")
struct SearchTests {
    /// The Pagefind `make test-deps` installs (`pip install pagefind-bin`); under `make test`
    /// (`ETHOS_REQUIRE_BINARY=1`) its absence fails the tests that run it.
    static let pagefind = Pagefind.locate()
    static let required = ProcessInfo.processInfo.environment["ETHOS_REQUIRE_BINARY"] == "1"

    func page(_ path: String, search: Bool) throws -> String {
        let renderer = SiteRenderer(philosophy: try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml"),
                                    templates: templates, search: search)
        let job = try #require(renderer.jobs.first { $0.paths.first == path })
        return String(decoding: try #require(renderer.render(job).first).data, as: UTF8.self)
    }

    @Test("with search, a page has Pagefind's box and script, by a relative address, and marks its content for the index")
    func searchBox() throws {
        let html = try page("en/teams/support.html", search: true)
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.contains("<div class=\"site-search\" role=\"search\">\n<pagefind-searchbox></pagefind-searchbox>\n</div>"))
        #expect(html.contains("<script src=\"../../pagefind/pagefind-component-ui.js\"></script>"))
        #expect(html.contains("<main id=\"content\" data-pagefind-body>"))
        #expect(try page("en/index.html", search: true).contains("<script src=\"../pagefind/pagefind-component-ui.js\"></script>"))
        // The landing page has the box, but its vision and values are the philosophy page's to be found.
        let landing = try page("index.html", search: true)
        #expect(landing.contains("<script src=\"pagefind/pagefind-component-ui.js\"></script>") && !landing.contains("data-pagefind-body"))
    }

    @Test("without search, no page mentions Pagefind or holds a script")
    func noSearchBox() throws {
        let html = try page("en/teams/support.html", search: false)
        #expect(!html.contains("pagefind") && !html.contains("<script") && html.contains("<main id=\"content\">"))
    }

    @Test("Pagefind is looked for in ETHOS_PAGEFIND, then on the PATH, then in a Python site-packages folder")
    func lookup() throws {
        let folder = try temporaryFolder()
        func executable(_ path: String) throws -> String {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("#!/bin/sh\n".utf8).write(to: url)
            chmod(url.path, 0o755)
            return url.path
        }
        let wheel = try executable("venv/lib/python3.11/site-packages/pagefind_bin/pagefind")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("venv/bin"), withIntermediateDirectories: true)
        let home = folder.appendingPathComponent("home").path
        var environment = ["PATH": folder.appendingPathComponent("venv/bin").path, "HOME": home, "PYENV_ROOT": home]
        #expect(Pagefind.locate(environment: environment)?.executable == wheel)
        let onPath = try executable("venv/bin/pagefind")
        #expect(Pagefind.locate(environment: environment)?.executable == onPath)
        let named = try executable("elsewhere/pagefind")
        environment["ETHOS_PAGEFIND"] = named
        #expect(Pagefind.locate(environment: environment)?.executable == named)
        environment["ETHOS_PAGEFIND"] = folder.appendingPathComponent("missing").path
        #expect(Pagefind.locate(environment: environment) == nil)
    }

    @Test("a Pagefind that fails is an error naming it, and the published site is left as it was")
    func failingIndexer() throws {
        let folder = try temporaryFolder()
        let failing = folder.appendingPathComponent("pagefind")
        try Data("#!/bin/sh\necho 'broken index' >&2\nexit 3\n".utf8).write(to: failing)
        chmod(failing.path, 0o755)
        let site = folder.appendingPathComponent("site")
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        _ = try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates)).build(into: site.path)
        let before = try snapshot(site)
        let error = try #require(throws: PublishError.self) {
            try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates, search: true))
                .build(into: site.path, search: Pagefind(executable: failing.path))
        }
        #expect(error.description.hasPrefix("\(failing.path) could not index the site (exit 3: broken index)"))
        #expect(try snapshot(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["pagefind", "site"])
    }

    @Test("with Pagefind the index is in the site, and two builds of one file give the same bytes, index included",
          .enabled(if: pagefind != nil || required))
    func index() throws {
        let pagefind = try #require(Self.pagefind, "Pagefind is missing: make test-deps installs it (pip install pagefind-bin)")
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let builds = try (0..<2).map { _ in
            let site = try temporaryFolder().appendingPathComponent("site")
            _ = try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates, search: true))
                .build(into: site.path, search: pagefind)
            return try snapshot(site)
        }
        #expect(builds[0].keys.contains("pagefind/pagefind-entry.json"))
        #expect(builds[0].keys.contains("pagefind/pagefind-component-ui.js"))
        #expect(builds[0].keys.filter { $0.hasPrefix("pagefind/index/") }.count > 0)
        #expect(builds[0] == builds[1])
        let entry = String(decoding: try #require(builds[0]["pagefind/pagefind-entry.json"]), as: UTF8.self)
        #expect(["\"de\"", "\"en\"", "\"nb\"", "\"sl\""].allSatisfy(entry.contains))
    }
}
