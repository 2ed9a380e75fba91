import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// The interview and role-play kit (`ethos kit`): a scorecard per value, a role-play card per
/// recovery plan, a pocket card, in Markdown and HTML.
@Suite("Interview and role-play kit")
struct KitTests {
    static let kit = KitRenderer(philosophy: nextiva, templates: builtInRenderer.templates)
    static let nextiva = try! loadPhilosophy("Examples/nextiva.yml")

    /// `sheet` of `philosophy` as text.
    static func text(_ sheet: KitSheet, of philosophy: Philosophy, team: Team? = nil, locale: LocaleID = "en",
                     as format: DocumentFormat) -> String {
        let kit = KitRenderer(philosophy: philosophy, templates: builtInRenderer.templates)
        return String(decoding: kit.render(sheet, team: team, locale: locale, as: format) ?? Data(), as: UTF8.self)
    }

    /// The texts of the second-level headings of `markdown`.
    static func sections(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }

    @Test("the kit is an index and each sheet in HTML and Markdown, in print order")
    func files() {
        let names = Self.kit.files(locale: "en").map(\.name)
        #expect(names == ["index.html", "interview-scorecards.html", "interview-scorecards.md", "role-play-cards.html",
                          "role-play-cards.md", "pocket-card.html", "pocket-card.md"])
        #expect(KitRenderer.printPages(of: Self.kit.files(locale: "en")).map(\.name)
                == ["interview-scorecards.html", "role-play-cards.html", "pocket-card.html"])
        let index = String(decoding: Self.kit.files(locale: "en")[0].data, as: UTF8.self)
        for sheet in KitSheet.allCases {
            #expect(index.contains(#"href="\#(sheet.fileName(.html))""#) && index.contains(#"href="\#(sheet.fileName(.md))""#))
        }
    }

    @Test("a scorecard per value with its questions, what to look for and four anchors, then a summary row per value")
    func scorecards() {
        let markdown = Self.text(.interviewScorecards, of: Self.nextiva, as: .md)
        let values = Self.nextiva.values
        #expect(Self.sections(markdown) == values.map { $0.name.resolved(for: "en", defaultLocale: "en") } + ["Summary"])
        for value in values {
            for question in value.hiring { #expect(markdown.contains("1. \(MarkdownEscaping.inline(question.resolved(for: "en", defaultLocale: "en")))")) }
            for behavior in value.behaviors { #expect(markdown.contains("- \(MarkdownEscaping.inline(behavior.resolved(for: "en", defaultLocale: "en")))")) }
        }
        let anchors = markdown.split(separator: "\n").filter { $0.hasPrefix("| ☐ ") }
        #expect(anchors.count == 4 * values.count)
        #expect(anchors.prefix(4).map { $0.prefix(5) } == ["| ☐ 4", "| ☐ 3", "| ☐ 2", "| ☐ 1"])
        let summary = markdown.components(separatedBy: "## Summary")[1]
        #expect(tableRows(summary).dropFirst(2).map { $0[0] } == values.map { MarkdownEscaping.inline($0.name.resolved(for: "en", defaultLocale: "en")) })
        #expect(tableRows(summary).allSatisfy { $0.count == 3 })
    }

    @Test("in HTML each scorecard is a section of the sheets, and each has a notes box")
    func scorecardsHTML() {
        let html = Self.text(.interviewScorecards, of: Self.nextiva, as: .html)
        #expect(html.contains(#"<div class="kit-sheets">"#))
        #expect(html.components(separatedBy: "<section>").count - 1 == Self.nextiva.values.count + 1)
        #expect(html.components(separatedBy: #"<th scope="col">Notes</th>"#).count - 1 == Self.nextiva.values.count + 1)
    }

    @Test("a value without interview questions says so and offers a general prompt; without behaviors, its action is what to look for")
    func valueWithoutQuestions() {
        let philosophy = Philosophy(
            company: "Acme", locales: ["en", "de"], purpose: "Help.", vision: "Calm",
            values: [ServiceValue(name: "Speed", action: "Answer before they ask.", kpis: ["FRT"]),
                     ServiceValue(name: "Care", action: "Listen first.", behaviors: ["I listen."], kpis: ["CSAT"],
                                  hiring: ["When did you last listen?"])])
        let markdown = Self.text(.interviewScorecards, of: philosophy, as: .md)
        let sheets = markdown.components(separatedBy: "\n## ")
        #expect(sheets[1].contains(MarkdownEscaping.inline(Labels.for("en")[.noQuestions])))
        #expect(sheets[1].contains("- Answer before they ask."))
        #expect(!sheets[2].contains(MarkdownEscaping.inline(Labels.for("en")[.noQuestions])))
        #expect(sheets[2].contains("1. When did you last listen?"))
        let german = Self.text(.interviewScorecards, of: philosophy, locale: "de", as: .md)
        #expect(german.contains(MarkdownEscaping.inline(Labels.for("de")[.noQuestions])))
    }

    @Test("with a team, the scorecards name it on every sheet and in the role box")
    func team() {
        let team = Self.nextiva.teams[0]
        let name = team.name.resolved(for: "en", defaultLocale: "en")
        let markdown = Self.text(.interviewScorecards, of: Self.nextiva, team: team, as: .md)
        #expect(markdown.components(separatedBy: "**Team:** \(name)").count - 1 == Self.nextiva.values.count)
        #expect(markdown.contains("|  | \(name) |  |  |"))
        #expect(!Self.text(.interviewScorecards, of: Self.nextiva, as: .md).contains("**Team:**"))
    }

    @Test("a role-play card per recovery plan with the situation, the response, its time and what a good answer does")
    func rolePlayCards() {
        let markdown = Self.text(.rolePlayCards, of: Self.nextiva, as: .md)
        let plans = Self.nextiva.recovery
        #expect(Self.sections(markdown) == plans.indices.map { "Role play \($0 + 1)" })
        let cards = markdown.components(separatedBy: "\n## ").dropFirst()
        for (card, plan) in zip(cards, plans) {
            #expect(card.contains("**The customer:** \(MarkdownEscaping.inline(plan.situation.resolved(for: "en", defaultLocale: "en")))"))
            #expect(card.contains("**What you do:** \(MarkdownEscaping.inline(plan.response.resolved(for: "en", defaultLocale: "en")))"))
            #expect(card.contains("**A good answer:**"))
            #expect(card.contains("- [ ] reaches the customer within") == (plan.respondWithin != nil))
            #expect(card.contains("- [ ] hands the case to") == (plan.escalateTo != nil))
        }
        let html = Self.text(.rolePlayCards, of: Self.nextiva, as: .html)
        #expect(html.contains(#"<div class="kit-cards">"#))
        #expect(html.components(separatedBy: "<section>").count - 1 == plans.count)
    }

    @Test("the pocket card holds every value with its action statement")
    func pocketCard() {
        let markdown = Self.text(.pocketCard, of: Self.nextiva, as: .md)
        for value in Self.nextiva.values {
            let name = MarkdownEscaping.inline(value.name.resolved(for: "en", defaultLocale: "en"))
            #expect(markdown.contains("- **\(name)**: \(MarkdownEscaping.inline(value.action.resolved(for: "en", defaultLocale: "en")))"))
        }
        #expect(Self.text(.pocketCard, of: Self.nextiva, as: .html).contains(#"<div class="kit-pocket">"#))
    }

    @Test("each shipped language has its own words and the same structure as English", arguments: ["de", "sl", "nb"])
    func locales(_ tag: String) throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        for sheet in KitSheet.allCases {
            let english = Self.text(sheet, of: philosophy, as: .md)
            let other = Self.text(sheet, of: philosophy, locale: LocaleID(tag), as: .md)
            #expect(other != english)
            #expect(LocaleGoldenTests.headingLevels(other) == LocaleGoldenTests.headingLevels(english))
            #expect(tableRows(other).map(\.count) == tableRows(english).map(\.count))
            #expect(Self.text(sheet, of: philosophy, locale: LocaleID(tag), as: .html).contains(#"<html lang="\#(tag)""#))
        }
    }

    @Test("hostile text in every field is escaped: no script, no markup, tables keep their columns",
          arguments: HostileTextTests.payloads)
    func hostile(_ payload: String) {
        let philosophy = HostileTextTests.philosophy(payload)
        let kit = KitRenderer(philosophy: philosophy, templates: builtInRenderer.templates)
        for file in kit.files(team: philosophy.teams[0], locale: "en") {
            let text = String(decoding: file.data, as: UTF8.self)
            if file.name.hasSuffix(".html") {
                let lowered = text.lowercased()
                #expect(!lowered.contains("<script") && !lowered.contains("<img") && !lowered.contains("<svg"), "\(file.name)")
                for tag in text.matches(of: /<[a-zA-Z][^>]*>/) {
                    let tag = String(tag.output).lowercased()
                    #expect(!tag.contains("javascript:"), "script URL in \(tag) of \(file.name)")
                    #expect(tag.firstMatch(of: /\son[a-z]+\s*=/) == nil, "event attribute in \(tag) of \(file.name)")
                }
                #expect(text.components(separatedBy: "<h1").count == 2, "\(file.name)")
            } else {
                // Ethos's own links to web addresses are written `[text](<address>)`.
                let userText = text.replacingOccurrences(of: "](<http", with: "")
                #expect(userText.firstMatch(of: /(^|[^\\])</) == nil, "an unescaped < in \(file.name)")
                #expect(userText.firstMatch(of: /(^|[^\\])\]\(javascript:/) == nil, "a live script link in \(file.name)")
                let plain = Self.plainKit(file.name)
                #expect(LocaleGoldenTests.headingLevels(text) == LocaleGoldenTests.headingLevels(plain), "\(file.name)")
                #expect(tableRows(text).map(\.count) == tableRows(plain).map(\.count), "\(file.name)")
            }
        }
    }

    @Test("each payload of the injection corpus leaves the kit's pages with the elements of a plain philosophy's",
          arguments: InjectionCorpusTests.payloads)
    func injectionCorpus(_ payload: String) {
        let pages = { (philosophy: Philosophy) in
            KitRenderer(philosophy: philosophy, templates: builtInRenderer.templates)
                .files(team: philosophy.teams[0], locale: "de")
                .filter { $0.name.hasSuffix(".html") }
                .map { PathologicalInputTests.elements(String(decoding: $0.data, as: UTF8.self)) }
        }
        #expect(pages(HostileTextTests.philosophy(payload)) == pages(plainTwin(of: payload)))
    }

    /// A file of the kit of the hostile philosophy with a plain word in every field.
    static func plainKit(_ name: String) -> String {
        let philosophy = HostileTextTests.philosophy("plain")
        let kit = KitRenderer(philosophy: philosophy, templates: builtInRenderer.templates)
        let file = kit.files(team: philosophy.teams[0], locale: "en").first { $0.name == name }
        return String(decoding: file?.data ?? Data(), as: UTF8.self)
    }

    @Test("Mustache in user text stays text")
    func mustache() {
        let philosophy = HostileTextTests.philosophy("{{company}} {{{labels.notes}}}")
        let markdown = Self.text(.pocketCard, of: philosophy, as: .md)
        #expect(markdown.contains("{{company}}"))
    }

    @Test("the same philosophy always gives the same bytes")
    func deterministic() {
        let again = KitRenderer(philosophy: Self.nextiva, templates: builtInRenderer.templates)
        #expect(Self.kit.files(locale: "en") == again.files(locale: "en"))
    }

    @Test("Nextiva's kit matches its golden files, and they pass the structure checks above")
    func golden() throws {
        for file in Self.kit.files(team: Self.nextiva.teams[0], locale: "en") {
            try expectMatchesGolden(String(decoding: file.data, as: UTF8.self), "kit-nextiva.\(file.name)")
        }
    }
}
