import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

@Suite("The philosophy document")
struct PhilosophyDocumentTests {
    @Test("Nextiva in Markdown and HTML matches its golden files")
    func golden() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        try expectMatchesGolden(builtInRenderer.philosophyMarkdown(philosophy, locale: "en"), "nextiva.en.md")
        try expectMatchesGolden(builtInRenderer.philosophyHTML(philosophy, locale: "en"), "nextiva.en.html")
    }

    @Test("the value table has one row per value with its action statement and KPIs")
    func valueTable() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let rows = tableRows(builtInRenderer.philosophyMarkdown(philosophy, locale: "en"))
        let start = try #require(rows.firstIndex(of: ["Value", "Action statement", "Key metrics"]))
        let body = Array(rows[(start + 2)...].prefix(philosophy.values.count))
        #expect(body.count == philosophy.values.count)
        for (row, value) in zip(body, philosophy.values) {
            #expect(row[0] == philosophy.text(value.name, in: "en"))
            #expect(row[1] == MarkdownEscaping.inline(philosophy.text(value.action, in: "en")))
            #expect(row[2] == value.kpis.joined(separator: ", "))
        }
    }

    static let sectionLabels: [LabelKey] = [.purpose, .vision, .values, .kpis, .standards, .channels, .journey,
                                          .expectations, .recovery, .teams, .onboarding, .conflicts]

    @Test("every section is present, in the format's order, with headings in the locale", arguments: ["en", "de", "sl", "nb"])
    func sections(_ tag: String) throws {
        let locale = LocaleID(tag)
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: locale)
        let labels = Labels.for(locale)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == Self.sectionLabels.map { MarkdownEscaping.inline(labels[$0]) })
        #expect(markdown.contains("### \(labels[.howWeLive])"))
        #expect(markdown.contains(MarkdownEscaping.inline(DateText.long(CalendarDate(year: 2026, month: 3, day: 9)!, locale: locale))))
        if tag != "en" { #expect(!markdown.contains("## Our purpose")) }
    }

    @Test("sections the file lacks are left out")
    func absentSections() throws {
        let philosophy = Philosophy(company: "Small", purpose: "Help.", vision: "Quick help.",
                                    values: [ServiceValue(name: "Speed", action: "Answer today.")])
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: "en")
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Our purpose", "## Support vision", "## Support values"])
        #expect(!markdown.contains("Last updated"))
    }

    @Test("numbers, shares and durations follow the locale")
    func localizedNumbers() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        #expect(builtInRenderer.philosophyMarkdown(philosophy, locale: "sl").contains("90\u{A0}% klicev"))
        #expect(builtInRenderer.philosophyMarkdown(philosophy, locale: "sl").contains("največ 2 minuti"))
        #expect(builtInRenderer.philosophyMarkdown(philosophy, locale: "en").contains("90% of calls are answered within 2 minutes"))
    }

    @Test("the HTML page is complete, accessible and self-contained", arguments: ["en", "de", "sl", "nb"])
    func htmlPage(_ tag: String) throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let html = builtInRenderer.philosophyHTML(philosophy, locale: LocaleID(tag))
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"\(tag)\" dir=\"ltr\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Fjell &amp; Dal: \(Labels.for(LocaleID(tag))[.subtitle])</title>"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("@media print"))
        let headers = html.matches(of: /<th[ >]/).count
        #expect(headers > 0 && headers == html.components(separatedBy: "<th scope=\"col\"").count - 1)
        var level = 1
        for match in html.matches(of: /<h([1-6]) id="/) {
            let next = Int(match.output.1)!
            #expect(next <= level + 1, "heading levels must not skip")
            level = next
        }
        for match in html.matches(of: /<a href="#([^"]+)">/) {
            #expect(html.contains("id=\"\(match.output.1)\""), "contents link to a missing anchor")
        }
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        #expect(builtInRenderer.philosophyHTML(philosophy, locale: "de") == builtInRenderer.philosophyHTML(philosophy, locale: "de"))
    }
}
