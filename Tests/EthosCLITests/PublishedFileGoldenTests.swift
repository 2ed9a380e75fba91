import EthosTestSupport
import Foundation
import Testing
import ZIPFoundation

/// A built site's page and a pack's files, as `ethos build` and `ethos pack` write them, held
/// to golden files in `Tests/EthosCLITests/Golden` (re-record with `ETHOS_RECORD_GOLDEN=1`);
/// each golden sits beside a check of the structure it must have whatever its wording.
@Suite("Golden files of a site page and a pack")
struct PublishedFileGoldenTests {
    static let goldenFolder = "Tests/EthosCLITests/Golden"

    @Test("the German shop's team page in its built site matches its golden file; every link on it resolves in the site")
    func sitePage() async throws {
        let site = try temporaryFolder()
        // Without search, so the page is the same whether Pagefind is installed or not.
        try await run(["build", example("kundenservice-de.yml"), "-o", site.path, "--quiet", "--no-search"])
        let path = "de/teams/kundenservice.html"
        let page = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        try expectMatchesGolden(page, "site-kundenservice-de.teams.kundenservice.html", in: Self.goldenFolder)
        #expect(page.contains(#"<html lang="de""#))
        let links = Self.relativeLinks(in: page)
        #expect(!links.isEmpty)
        for link in links {
            let target = site.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(link)
            #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(path): \(link) points to a missing file")
        }
    }

    @Test("every file of a Slovenian team's pack matches its golden file; the pack holds exactly the documented files, and their links stay inside it")
    func packFiles() async throws {
        let folder = try temporaryFolder()
        let zip = folder.appendingPathComponent("pack.zip")
        try await run(["pack", example("storitve-sl.yml"), "--team", "Servis", "--start", "2026-12-01", "-o", zip.path])
        let archive = try Archive(url: zip, accessMode: .read)
        var files: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = String(decoding: data, as: UTF8.self)
        }
        let names = ["welcome.html", "philosophy.html", "philosophy.md", "team.html",
                     "checklist.html", "checklist.md", "checklist.csv", "onboarding.ics",
                     "interview-scorecards.html", "role-play-cards.html", "pocket-card.html"]
        #expect(Set(files.keys) == Set(names.map { "servis-sl/\($0)" }))
        for name in names {
            let text = try #require(files["servis-sl/\(name)"], "\(name) is missing from the pack")
            let golden = Self.documentGoldens[name].map { ($0, "Tests/EthosRenderTests/Golden") }
                ?? ("pack-storitve-sl.servis.\(name)", Self.goldenFolder)
            // The philosophy page and the kit's sheets are held to their own documents below.
            if !Self.withoutNavigation.keys.contains(name) { try expectMatchesGolden(text, golden.0, in: golden.1) }
            for link in Self.relativeLinks(in: text) where name.hasSuffix(".html") {
                #expect(files["servis-sl/\(link)"] != nil, "\(name): \(link) points outside the pack")
            }
            if name.hasSuffix(".html") {
                #expect(Self.relativeLinks(in: text).contains("welcome.html"), "\(name) does not lead back to the welcome page")
            }
        }
        // The pack's philosophy page is the rendered document, and its kit sheets the kit's,
        // with the pack's navigation.
        let kit = folder.appendingPathComponent("kit")
        try await run(["kit", example("storitve-sl.yml"), "--team", "Servis", "-o", kit.path])
        for (name, document) in Self.withoutNavigation {
            let page = try #require(files["servis-sl/\(name)"])
            let expected = try String(contentsOf: document.hasPrefix("Tests/") ? repositoryRoot.appendingPathComponent(document)
                                        : kit.appendingPathComponent(document), encoding: .utf8)
            #expect(page.replacing(/<nav class="site"[^\n]*\n(?:[^\n]*\n)*?<\/nav>\n/, with: "") == expected, "\(name)")
        }
    }

    /// The pack's pages that are a document of their own with the pack's navigation, and that
    /// document: the render golden, or the kit's page of the same name.
    static let withoutNavigation = [
        "philosophy.html": "Tests/EthosRenderTests/Golden/storitve-sl.sl.html", "interview-scorecards.html": "interview-scorecards.html",
        "role-play-cards.html": "role-play-cards.html", "pocket-card.html": "pocket-card.html",
    ]

    /// A pack's Markdown philosophy is the rendered document, byte for byte: it is held to the
    /// render tests' golden file, not to a copy of it.
    static let documentGoldens = ["philosophy.md": "storitve-sl.sl.md"]

    /// The `href` and `src` targets of `html` that name a file of the site or pack, without
    /// their `#fragment`.
    static func relativeLinks(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"#]*)[^"]*"/).map { String($0.output.1) }.filter { link in
            !link.isEmpty && !link.contains(":")
        }
    }
}
