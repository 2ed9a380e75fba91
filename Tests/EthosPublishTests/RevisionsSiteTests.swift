import EthosLoader
import EthosModel
import EthosRender
import Foundation
import Testing

/// The revisions on the site ("What changed", the footer) and in the pack (the welcome page).
@Suite("Revisions on the site and in the pack")
struct RevisionsSiteTests {
    static func philosophy(revisions: String) throws -> Philosophy {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: [en, de]
            purpose: { en: Keep small shops running., de: Kleine Läden am Laufen halten. }
            vision: { en: Help that feels personal., de: "Hilfe, die persönlich wirkt." }
            values:
              - name: { en: Quality, de: Qualität }
                action: { en: Do it right the first time., de: Mach es gleich richtig. }
            teams:
              - { name: Support, activities: { en: Answer calls., de: Anrufe beantworten. } }
            \(revisions)
            """, file: "p.yml")
        return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
    }

    static let twoRevisions = """
        revisions:
          - { version: "1.0", date: 2026-01-10, summary: { en: First edition., de: Erste Ausgabe. }, approved-by: [Ana Novak] }
          - version: "1.1"
            date: 2026-05-01
            effective: 2026-06-01
            summary: { en: "Phone answers within *one* minute.", de: Telefon in einer Minute. }
            approved-by: ["<script>alert(1)</script>", "Luka & Co"]
        """

    static func file(_ path: String, of philosophy: Philosophy, changes: RevisionChanges = RevisionChanges()) -> String? {
        let renderer = SiteRenderer(philosophy: philosophy, templates: templates, changes: changes)
        let file = renderer.jobs.lazy.flatMap { renderer.render($0) }.first { $0.path == path }
        return file.map { String(decoding: $0.data, as: UTF8.self) }
    }

    @Test("What changed lists each revision newest first, with its dates, summary and approval, names escaped")
    func changesPage() throws {
        let html = try #require(Self.file("en/changes.html", of: try Self.philosophy(revisions: Self.twoRevisions)))
        // The body follows the table of contents, the page's last navigation.
        let main = try #require(html.components(separatedBy: "</nav>\n").last)
        #expect(main.hasPrefix("""
            <h2 id="version-1-1">Version 1.1</h2>
            <ul>
            <li><strong>Decided:</strong> May 1, 2026</li>
            <li><strong>In effect from:</strong> June 1, 2026</li>
            <li><strong>Approved by:</strong> &lt;script&gt;alert(1)&lt;/script&gt;, Luka &amp; Co</li>
            </ul>
            <p>Phone answers within *one* minute.</p>
            <h2 id="version-1-0">Version 1.0</h2>
            <ul>
            <li><strong>Decided:</strong> January 10, 2026</li>
            <li><strong>Approved by:</strong> Ana Novak</li>
            </ul>
            <p>First edition.</p>
            """), "\(main)")
        #expect(html.contains("<h1 id=\"what-changed\">What changed</h1>"))
        let german = try #require(Self.file("de/changes.html", of: try Self.philosophy(revisions: Self.twoRevisions)))
        #expect(german.contains("<li><strong>Gültig ab:</strong> 1. Juni 2026</li>"))
        #expect(german.contains("<p>Telefon in einer Minute.</p>"))
    }

    @Test("change lines given through RevisionChanges are listed under their revision, in their locale, escaped")
    func changeLines() throws {
        let changes = RevisionChanges(["1.1": ["en": ["Standard frt-phone tightened: 2 minutes → 1 minute", "<b>new</b> team"]]])
        let philosophy = try Self.philosophy(revisions: Self.twoRevisions)
        let html = try #require(Self.file("en/changes.html", of: philosophy, changes: changes))
        #expect(html.contains("""
            <p>Phone answers within *one* minute.</p>
            <h3 id="changes-since-the-previous-version">Changes since the previous version</h3>
            <ul>
            <li>Standard frt-phone tightened: 2 minutes → 1 minute</li>
            <li>&lt;b&gt;new&lt;/b&gt; team</li>
            </ul>
            <h2 id="version-1-0">
            """))
        #expect(html.components(separatedBy: "<h3").count == 2, "only 1.1 has change lines")
        #expect(!(try #require(Self.file("de/changes.html", of: philosophy, changes: changes))).contains("<h3"))
    }

    @Test("every page's footer and navigation name the current revision and What changed")
    func footerAndNavigation() throws {
        let philosophy = try Self.philosophy(revisions: Self.twoRevisions)
        let index = try #require(Self.file("en/index.html", of: philosophy))
        #expect(index.contains(#" · Revision 1.1 of May 1, 2026</p>\#n</footer>"#))
        #expect(index.contains(#"<li><a href="changes.html">What changed</a></li>"#))
        let team = try #require(Self.file("de/teams/support.html", of: philosophy))
        #expect(team.contains(#" · Revision 1.1 vom 1. Mai 2026</p>\#n</footer>"#))
        #expect(team.contains(#"<li><a href="../changes.html">Was sich geändert hat</a></li>"#))
    }

    @Test("without revisions there is no What changed page, no link to it and no revision in the footer")
    func noRevisions() throws {
        let philosophy = try Self.philosophy(revisions: "")
        let renderer = SiteRenderer(philosophy: philosophy, templates: templates)
        #expect(!renderer.jobs.flatMap(\.paths).contains { $0.hasSuffix("changes.html") })
        let index = try #require(Self.file("en/index.html", of: philosophy))
        #expect(!index.contains("changes.html") && !index.contains("Revision"))
    }

    @Test("the pack's welcome page names the current revision")
    func welcomePage() throws {
        let philosophy = try Self.philosophy(revisions: Self.twoRevisions)
        let pack = PackRenderer(philosophy: philosophy, templates: templates)
        let files = pack.files(for: philosophy.teams[0], locale: "en", start: nil)
        let welcome = try #require(files.first { $0.name == "welcome.html" })
        #expect(String(decoding: welcome.data, as: UTF8.self).contains("<p>Revision 1.1 of May 1, 2026</p>"))
        let unrevised = try Self.philosophy(revisions: "")
        let plain = PackRenderer(philosophy: unrevised, templates: templates).files(for: unrevised.teams[0], locale: "en", start: nil)
        #expect(!String(decoding: try #require(plain.first { $0.name == "welcome.html" }).data, as: UTF8.self).contains("Revision"))
    }
}
