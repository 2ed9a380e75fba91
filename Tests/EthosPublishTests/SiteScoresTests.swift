import EthosModel
import EthosRender
import EthosScore
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// `ethos build --scores`: the site of four locales with the scorecard `ethos score` wrote for
/// `Tests/EthosRenderTests/Fixtures/four-locales-contacts.csv`.
@Suite("The built site with scores")
struct SiteScoresTests {
    static let locales = ["en", "de", "sl", "nb"]

    func buildWithScores() throws -> (site: URL, files: [String: Data]) {
        let json = try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Fixtures/four-locales.scores.json"))
        let renderer = SiteRenderer(philosophy: try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml"),
                                    templates: templates, scorecard: try Scorecard(json: json))
        let folder = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: renderer).build(into: folder.path)
        return (folder, try snapshot(folder))
    }

    private func page(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) is missing"), as: UTF8.self)
    }

    @Test("every locale has a scores page, linked from the navigation of its pages")
    func scoresPageInEveryLocale() throws {
        let files = try buildWithScores().files
        for locale in Self.locales {
            let scores = try page(files, "\(locale)/scores.html")
            #expect(scores.contains("<svg class=\"trend\" role=\"img\""))
            #expect(scores.contains("<h2 id=\"standard-frt-phone\">"))
            #expect(scores.contains("<a href=\"scores.html\" aria-current=\"page\">"))
            #expect(try page(files, "\(locale)/index.html").contains("<a href=\"scores.html\">"))
            #expect(try page(files, "\(locale)/teams/support.html").contains("href=\"../scores.html\""))
        }
        #expect(try page(files, "de/scores.html").contains("<title>So stehen wir da · Fjell &amp; Dal</title>"))
    }

    @Test("each standard links its section of the scores page, each team page shows the team's figures")
    func standardsAndTeamsLinkTheirFigures() throws {
        let files = try buildWithScores().files
        let standards = try page(files, "en/standards.html")
        #expect(standards.contains("href=\"scores.html#standard-frt-phone\""))
        #expect(standards.contains("href=\"scores.html#standard-nps\""))
        let support = try page(files, "en/teams/support.html")
        #expect(support.contains("<h2 id=\"how-we-are-doing\">How we are doing</h2>"))
        #expect(support.contains("href=\"../scores.html#standard-frt-phone\""))
        #expect(support.contains("2026-11-01 – 2026-11-30"))
    }

    @Test("every link and anchor of the site with scores resolves")
    func linksResolve() throws {
        let (site, files) = try buildWithScores()
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let page = site.appendingPathComponent(path)
            for match in html.matches(of: /href="([^"]*)"/) {
                let link = String(match.output.1)
                if link.hasPrefix("http") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(parts[0]).standardizedFileURL
                let relative = String(target.path.dropFirst(site.standardizedFileURL.path.count + 1))
                let content = files[relative]
                #expect(content != nil, "\(path): \(link) points to a missing file")
                if parts.count == 2, let content {
                    #expect(String(decoding: content, as: UTF8.self).contains("id=\"\(parts[1])\""), "\(path): \(link) has no anchor")
                }
                if link.contains("scores.html") { checked += 1 }
            }
        }
        #expect(checked > 20)
    }
}
