import EthosLoader
import EthosModel
import EthosRender
import Foundation
import Testing

/// A site in a locale Ethos ships no labels for (`fr`), with the labels a file supplies.
@Suite("Sites with supplied labels")
struct SuppliedLabelsSiteTests {
    /// A French philosophy (no KPIs, whose built-in names are English) with `labels`.
    static func french(labels: String) throws -> Philosophy {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: [fr]
            purpose: Simplifier la vie des clients.
            vision: Une aide personnelle.
            values:
              - name: Qualité
                action: Résoudre du premier coup.
                behaviors: [Je vérifie la solution.]
            channels:
              - { name: Téléphone, kind: phone, hours: Lun-Ven 8h-18h, offline: Un message propose de rappeler. }
            teams:
              - name: Support
                activities: Répondre aux appels.
                onboarding: [{ phase: week-1, task: Écouter des appels., owner: buddy }]
            revisions:
              - { version: "1.0", date: 2026-01-10, summary: Première édition., approved-by: [Ana Novak] }
            labels:
            \(labels)
            """, file: "fr.yml")
        return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
    }

    /// Every label, in French words of the test's own: `fr-contents`.
    static let everyLabel = "  fr:\n" + LabelKey.allCases.map { key in
        let words = ["fr-\(key.rawValue)"] + LabelKey.placeholders(in: key.english).map { "{\($0)}" }
        return "    \(key.rawValue): \"\(words.joined(separator: " "))\""
    }.joined(separator: "\n")

    /// Every HTML page of the site, by path.
    static func pages(_ philosophy: Philosophy) -> [String: String] {
        let renderer = SiteRenderer(philosophy: philosophy, templates: templates)
        var pages: [String: String] = [:]
        for job in renderer.jobs {
            for file in renderer.render(job) where file.path.hasSuffix(".html") {
                pages[file.path] = String(decoding: file.data, as: UTF8.self)
            }
        }
        return pages
    }

    @Test("with every label supplied, no page of the French site shows an English label")
    func fullLabels() throws {
        let pages = Self.pages(try Self.french(labels: Self.everyLabel))
        #expect(pages.keys.sorted() == ["fr/changes.html", "fr/index.html", "fr/onboarding/support.html",
                                        "fr/teams.html", "fr/teams/support.html", "fr/values/qualite.html", "index.html"])
        let english = ["Contents", "Support vision", "Support values", "Channels and availability", "Onboarding checklist",
                       "What changed", "Philosophy", "Teams", "Buddy", "Week 1", "Approved by", "Revision 1.0",
                       "Skip to content", "You are here", "Handbook"]
        for (path, html) in pages {
            #expect(!html.contains(#"lang="en""#), "\(path) has English text")
            for word in english {
                #expect(!html.contains(">\(word)<") && !html.contains("> \(word)") && !html.contains("\(word):"),
                        "\(path) shows '\(word)'")
            }
        }
        let index = try #require(pages["fr/index.html"])
        #expect(index.contains(#"<h2 class="toc-title">fr-contents</h2>"#))
        #expect(index.contains(#"<a href="changes.html">fr-navChanges</a>"#))
        #expect(index.contains(#" · fr-revisionFooter 10 janvier 2026 1.0</p>\#n</footer>"#))
        #expect(try #require(pages["fr/onboarding/support.html"]).contains("fr-phaseWeek 1"))
    }

    @Test("labels the file does not supply are shown in English, marked lang=\"en\", in the body and the navigation")
    func partialLabels() throws {
        let philosophy = try Self.french(labels: "  fr: { contents: Sommaire, vision: Notre vision }")
        let pages = Self.pages(philosophy)
        let index = try #require(pages["fr/index.html"])
        #expect(index.contains(#"<html lang="fr""#))
        #expect(index.contains(#" · <span lang="en">Revision 1.0 of 10 janvier 2026</span></p>\#n</footer>"#))
        #expect(try #require(pages["fr/changes.html"]).contains(#"<h2 id="version-1-0"><span lang="en">Version 1.0</span></h2>"#))
        #expect(index.contains(#"<h2 class="toc-title">Sommaire</h2>"#))
        #expect(index.contains(#"<h2 id="notre-vision">Notre vision</h2>"#))
        #expect(index.contains(#"<h2 id="support-values"><span lang="en">Support values</span></h2>"#))
        #expect(index.contains(#"<li><a href="teams.html"><span lang="en">Teams</span></a></li>"#))
        let markdown = String(decoding: try DocumentRenderer(templates: templates).render(.philosophy(philosophy, locale: "fr"),
                                                                                          as: .md), as: UTF8.self)
        #expect(markdown.contains("## Support values") && !markdown.unicodeScalars.contains { $0.value == 0xE000 })
    }

    @Test("two philosophies that differ only in a supplied label each get their own, through the same templates")
    func labelsAreNotShared() throws {
        let first = try Self.french(labels: "  fr: { contents: Sommaire }")
        let second = try Self.french(labels: "  fr: { contents: Table des matières }")
        let renderer = DocumentRenderer(templates: templates)
        func html(_ philosophy: Philosophy) throws -> String {
            String(decoding: try renderer.render(.philosophy(philosophy, locale: "fr"), as: .html), as: UTF8.self)
        }
        for _ in 0..<2 {
            #expect(try html(first).contains(">Sommaire</h2>"))
            #expect(try html(second).contains(">Table des matières</h2>"))
        }
    }
}
