import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// User text is data: whatever a text field holds, no output runs it or turns it into markup.
@Suite("Hostile text in every field")
struct HostileTextTests {
    static let payloads = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "| a | b |",
        "# heading", "{{company}}", "=HYPERLINK(\"http://evil\",\"click\")", "<a href=\"javascript:alert(1)\">x</a>",
        "[x]: javascript:alert(1)\n\n[x]", "<javascript:alert(1)>", "![i](x\" onerror=\"alert(1))", "+1|2\n---|---",
        "@SUM(A1)", "-1 | <svg onload=alert(1)>", "\u{202E}evil\u{200B}<b>", "{{{body}}}",
    ]

    /// A philosophy whose every text field, name and free-text reference holds `payload`.
    static func philosophy(_ payload: String) -> Philosophy {
        let text = LocalizedText(payload)
        return Philosophy(
            company: payload, locales: ["en", "de"], updated: CalendarDate(year: 2026, month: 1, day: 1),
            purpose: text, vision: text,
            values: [ServiceValue(name: text, action: text, description: text, behaviors: [text], kpis: ["NPS", "custom"],
                                  hiring: [text])],
            kpis: [KPIDefinition(id: "custom", name: text, unit: .count, direction: .higher, definition: text,
                                 formula: text)],
            standards: [ServiceStandard(kpi: "FRT", statement: text, objective: .share(0.9, within: .minutes(2)),
                                        window: .month, channel: payload, owner: payload, source: text)],
            channels: [Channel(name: payload, kind: .phone, hours: text, offline: text)],
            journey: BuyerJourney(awareness: text, consideration: text, decision: text, postPurchase: text),
            expectations: CustomerExpectations(mustBe: [text], performance: [text], delighters: [text]),
            recovery: [RecoveryPlan(situation: text, respondWithin: .hours(1), response: text, escalateTo: payload)],
            teams: [Team(name: text, activities: text, kpis: ["NPS", "custom"],
                         onboarding: [OnboardingTask(phase: .day(1), task: text, owner: payload)])],
            onboarding: Onboarding(tasks: [OnboardingTask(phase: .week(1), task: text, owner: payload)], refresher: .quarter),
            conflicts: text)
    }

    @Test("HTML has no script, no event attribute and no script URL", arguments: payloads)
    func html(_ payload: String) throws {
        let philosophy = Self.philosophy(payload)
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en")
        expectSafe([builtInRenderer.philosophyHTML(philosophy, locale: "en"), builtInRenderer.checklistHTML(checklist)])
    }

    @Test("the hostile fixture file renders safely in every locale")
    func fixture() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/hostile.yml")
        for locale in philosophy.locales {
            let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: locale)
            expectSafe([builtInRenderer.philosophyHTML(philosophy, locale: locale), builtInRenderer.checklistHTML(checklist)])
            let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: locale)
            #expect(markdown.contains("{{company}}"))
            // Ethos's own links to web addresses are written `[text](<address>)`.
            let userText = markdown.replacingOccurrences(of: "](<http", with: "")
            #expect(userText.firstMatch(of: /(^|[^\\])</) == nil, "an unescaped < in the Markdown")
            #expect(userText.firstMatch(of: /(^|[^\\])\]\(javascript:/) == nil, "a live script link in the Markdown")
        }
    }

    private func expectSafe(_ pages: [String]) {
        for html in pages {
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.lowercased().contains("<img") && !html.lowercased().contains("<svg"))
            for tag in html.matches(of: /<[a-zA-Z][^>]*>/) {
                let text = String(tag.output).lowercased()
                #expect(!text.contains("javascript:"), "script URL in \(text)")
                #expect(text.firstMatch(of: /\son[a-z]+\s*=/) == nil, "event attribute in \(text)")
            }
            #expect(html.components(separatedBy: "<h1").count == 2)
        }
    }

    @Test("Markdown tables keep their column count and no heading comes from user text", arguments: payloads)
    func markdown(_ payload: String) throws {
        let philosophy = Self.philosophy(payload)
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: "en")
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = tableRows(String(line))[0].count
            if let columns { #expect(count == columns, "row changes the column count: \(line)") } else { columns = count }
        }
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.filter { $0.hasPrefix("# ") }.count == 1)
        #expect(!headings.contains { $0.hasPrefix("# heading") || $0.hasPrefix("## heading") })
    }

    @Test("template tags in user text are printed as written")
    func mustache() {
        let markdown = builtInRenderer.philosophyMarkdown(Self.philosophy("{{company}}"), locale: "en")
        #expect(markdown.contains("# {{company}}"))
        let html = builtInRenderer.philosophyHTML(Self.philosophy("{{{body}}}"), locale: "en")
        #expect(html.contains("{{{body}}}"))
    }

    @Test("CSV cells stay literal: quoted as needed, never a formula", arguments: payloads)
    func csv(_ payload: String) throws {
        let philosophy = Self.philosophy(payload)
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en")
        let rows = CSVReader.rows(builtInRenderer.checklistCSV(checklist))
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows.count == checklist.items.count + 1)
        for cell in rows.joined() { #expect(!"=+-@".contains(cell.first ?? " ")) }
        #expect(rows.dropFirst().contains { $0[0] == payload || $0[0] == "'" + payload })
    }
}
