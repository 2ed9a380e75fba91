import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

@Suite("Onboarding checklists")
struct ChecklistTests {
    @Test("Nextiva's Support checklist matches its golden files in Markdown, HTML and CSV")
    func golden() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en",
                                              start: CalendarDate(year: 2026, month: 12, day: 1))
        try expectMatchesGolden(builtInRenderer.checklistMarkdown(checklist), "nextiva-support.en.md")
        try expectMatchesGolden(builtInRenderer.checklistHTML(checklist), "nextiva-support.en.html")
        try expectMatchesGolden(builtInRenderer.checklistCSV(checklist), "nextiva-support.en.csv")
    }

    @Test("items come in phase order: philosophy, values, KPIs, role plays, then the file's and the team's tasks")
    func content() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let support = philosophy.teams[0]
        let checklist = ChecklistBuilder.make(for: support, in: philosophy, locale: "en")
        let names = checklist.items.map(\.name)
        #expect(names == [
            "Read the customer-service philosophy", "Meet the team.",
            "Put the value “Honesty” in your own words", "Put the value “Speed” in your own words",
            "Learn the metric First Response Time (FRT)", "Learn the metric First Contact Resolution (FCR)",
            "Learn the metric Repairs done on time", "Role-play: A repair is late",
            "Spend a day at the repair desk.", "Review the first month with your manager.",
        ])
        #expect(checklist.items.map(\.dueDay) == [1, 1, 5, 5, 5, 5, 5, 5, 10, 30])
        #expect(checklist.items.map(\.dueDay) == checklist.items.map(\.dueDay).sorted())
        #expect(checklist.items[2].detail == "Recommend what the trip needs.")
        #expect(checklist.items[4].detail?.hasSuffix("Target: 90% of calls are answered within 2 minutes.") == true)
        #expect(checklist.items[7].detail == "We are sorry; here is the new date and a loan item until then. Respond within 4 hours.")
        #expect(checklist.items.map(\.owner) == ["New hire", "Manager", "New hire", "New hire", "Manager", "Manager",
                                                 "Manager", "Buddy", "Buddy", nil])
        let markdown = builtInRenderer.checklistMarkdown(checklist)
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- [ ] ") }.count == checklist.items.count)
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("## ") } == ["## Day 1", "## Week 1", "## Week 2", "## Day 30"])
    }

    @Test("due dates count working days from the start: day 1 is the start, week-2 is working day 10")
    func dueDates() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "de",
                                              start: CalendarDate(year: 2026, month: 12, day: 28))
        #expect(checklist.items.map { $0.dueDate?.description ?? "" }.uniqued()
            == ["2026-12-28", "2027-01-01", "2027-01-08", "2027-02-05"])
        #expect(builtInRenderer.checklistMarkdown(checklist).contains("Arbeitstag 10, 8. Januar 2027"))
    }

    @Test("the HTML checklist has tick boxes that can be ticked")
    func html() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[1], in: philosophy, locale: "sl")
        let html = builtInRenderer.checklistHTML(checklist)
        #expect(html.components(separatedBy: "<input type=\"checkbox\">").count - 1 == checklist.items.count)
        #expect(!html.contains("disabled"))
        #expect(html.contains("<html lang=\"sl\" dir=\"ltr\">"))
    }

    @Test("the CSV has the import columns, RFC 4180 quoting and no live formulas")
    func csv() throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        philosophy.teams[0].onboarding = [
            OnboardingTask(phase: .day(1), task: "=HYPERLINK(\"http://x\",\"y\")", owner: "@boss"),
            OnboardingTask(phase: .day(1), task: "+1, \"quoted\"\nsecond line"),
            OnboardingTask(phase: .day(1), task: "-2"),
        ]
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en",
                                              start: CalendarDate(year: 2026, month: 1, day: 5))
        let csv = builtInRenderer.checklistCSV(checklist)
        #expect(csv.hasPrefix("Name,Description,Section,Assignee,Role,Due day,Due date\r\n"))
        let rows = CSVReader.rows(csv)
        #expect(rows.count == checklist.items.count + 1)
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows.contains(["'=HYPERLINK(\"http://x\",\"y\")", "", "Day 1", "", "'@boss", "1", "2026-01-05"]))
        #expect(rows.contains(["'+1, \"quoted\"\nsecond line", "", "Day 1", "", "", "1", "2026-01-05"]))
        #expect(rows.contains(["'-2", "", "Day 1", "", "", "1", "2026-01-05"]))
        for cell in rows.joined() { #expect(!"=+-@".contains(cell.first ?? " ")) }
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

/// A strict RFC 4180 reader for the tests: CRLF rows, quoted cells with doubled quotes.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = text.unicodeScalars[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(cell); cell = ""
            } else if character == "\r", characters.first == "\n" {
                characters.removeFirst()
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.unicodeScalars.append(character)
            }
        }
        return rows
    }
}
