import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// A small scorecard made by hand (no engine): FRT on the phone over three months (met,
/// missed, then a partial month), NPS per quarter with too little data, and CSAT without data.
/// The teams' names are hostile, to show they are escaped.
func handMadeScorecard(company: String = "Fjell & Dal") -> Scorecard {
    let frtObjective = ObjectiveSummary(.share(0.9, within: .minutes(2)))
    let frt = StandardScore(id: "frt-phone", kpi: "FRT", channel: "Phone", owner: "Support", window: "month",
                            objective: frtObjective, windows: [
        WindowScore(start: "2026-09-01", end: "2026-10-01", partial: false, counted: 400, hits: 372, value: 0.93,
                    status: .met, budget: Budget(allowed: 40, used: 28),
                    teams: ["Support": TeamScore(counted: 300, hits: 282, value: 0.94, status: .met, budget: nil)]),
        WindowScore(start: "2026-10-01", end: "2026-11-01", partial: false, counted: 410, hits: 361, value: 0.8812,
                    status: .missed, budget: Budget(allowed: 41, used: 49),
                    teams: ["Support": TeamScore(counted: 310, hits: 270, value: 0.871, status: .missed, budget: nil),
                            "<script>alert(1)</script>": TeamScore(counted: 50, hits: 49, value: 0.98, status: .met, budget: nil),
                            "*x*": TeamScore(counted: 5, hits: 5, value: 1, status: .notEnoughData, budget: nil)]),
        WindowScore(start: "2026-11-01", end: "2026-12-01", partial: true, counted: 120, hits: 110, value: 0.9167,
                    status: .met, budget: Budget(allowed: 12, used: 10), teams: [:]),
    ], noData: nil)
    let nps = StandardScore(id: "nps", kpi: "NPS", channel: nil, owner: nil, window: "quarter",
                            objective: ObjectiveSummary(.atLeast(.number(40))), windows: [
        WindowScore(start: "2026-07-01", end: "2026-10-01", partial: false, counted: 12, hits: nil, value: 45,
                    status: .notEnoughData, budget: nil, teams: [:]),
        WindowScore(start: "2026-10-01", end: "2027-01-01", partial: true, counted: nil, hits: nil, value: nil,
                    status: .notEnoughData, budget: nil, teams: [:]),
    ], noData: nil)
    let csat = StandardScore(id: "csat", kpi: "CSAT", channel: nil, owner: nil, window: "month",
                             objective: ObjectiveSummary(.atLeast(.percent(0.85))), windows: [],
                             noData: "a --contacts file with a csat column, or --surveys")
    return Scorecard(company: company, timezone: "Europe/Oslo", minSample: 30,
                     data: .init(files: ["tickets.csv"], rows: 942, contacts: 930, duplicates: 0, rejected: 2,
                                 from: "2026-09-01", to: "2026-11-20"),
                     standards: [frt, nps, csat], kpis: [], problems: [])
}

private func render(_ format: ScorecardFormat, locale: LocaleID = "en", scorecard: Scorecard = handMadeScorecard(),
                    colour: Bool = false) throws -> String {
    let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
    return ScorecardDocument.render(scorecard, philosophy: philosophy, locale: locale, as: format, colour: colour,
                                    templates: try TemplateSet.builtIn())
}

/// The `<svg>…</svg>` elements of `html`.
private func charts(_ html: String) -> [String] {
    html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
}

private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite("Scorecard documents")
struct ScorecardDocumentTests {
    @Test func textHasOneLinePerStandardWithStatusValueBudgetAndSparkline() throws {
        let lines = try render(.text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Fjell & Dal")
        #expect(lines[1] == "Data: 2026-09-01 – 2026-11-20 · Contacts: 930 · Rejected rows: 2")
        let frt = try #require(lines.first { $0.hasPrefix("frt-phone") })
        #expect(frt.contains("FRT · Phone"))
        #expect(frt.contains("90% of calls are answered within 2 minutes."))
        #expect(frt.hasSuffix("2026-10-01–2026-10-31  missed  88.1%  budget 49/41  █▁▆"))
        let csat = try #require(lines.first { $0.hasPrefix("csat") })
        #expect(csat.hasSuffix("no data: a --contacts file with a csat column, or --surveys"))
    }

    @Test func textPaintsStatusOnlyWithColour() throws {
        #expect(!(try render(.text)).contains("\u{1B}["))
        #expect(try render(.text, colour: true).contains("\u{1B}[31mmissed\u{1B}[0m"))
    }

    @Test func sparklineRunsLowToHighWithADotForAMissingValue() {
        #expect(ScorecardView.sparkline([0.5, nil, 1, 0.75]) == "▁·█▅")
        #expect(ScorecardView.sparkline([nil, nil]) == "··")
    }

    @Test func textInGermanUsesGermanWordsAndNumbers() throws {
        let text = try render(.text, locale: "de")
        #expect(text.contains("Daten: 2026-09-01 – 2026-11-20 · Kontakte: 930 · Abgelehnte Zeilen: 2"))
        let frt = try #require(text.split(separator: "\n").first { $0.hasPrefix("frt-phone") })
        #expect(frt.contains("verfehlt  88,1\u{A0}%  Budget 49/41"), "German puts a no-break space before %")
        #expect(text.contains("keine Daten: "))
    }

    @Test func htmlChartHasTitleDescriptionTargetLineAndOneMarkerShapePerWindow() throws {
        let svgs = charts(try render(.html))
        #expect(svgs.count == 2, "one chart a standard with data")
        let frt = svgs[0]
        #expect(frt.contains("role=\"img\""))
        #expect(frt.contains("viewBox=\"0 0 640 200\""))
        #expect(frt.contains("<title id=\"standard-frt-phone-chart-title\">Trend: frt-phone (FRT · Phone)</title>"))
        #expect(frt.contains("<desc id=\"standard-frt-phone-chart-desc\">90% of calls are answered within 2 minutes. 3 periods"))
        #expect(count("<line class=\"target\"", in: frt) == 1)
        #expect(frt.contains("stroke-dasharray"))
        #expect(count("class=\"marker ", in: frt) == 3)
        #expect(count("<circle class=\"marker met\"", in: frt) == 2)
        #expect(count("<path class=\"marker missed\"", in: frt) == 1)
        #expect(count("<circle class=\"marker not-enough-data\"", in: svgs[1]) == 2)
        #expect(svgs[1].contains("fill=\"#fff\""), "too little data is a hollow circle")
    }

    @Test func htmlHasARowPerWindowAndATeamTable() throws {
        let html = try render(.html)
        #expect(count("<tbody>", in: html) == 3)
        let frtTable = html.components(separatedBy: "<table class=\"scores\">")[1].components(separatedBy: "</table>")[0]
        #expect(count("<tr>", in: frtTable) == 1 + 3)
        let teams = html.components(separatedBy: "<table class=\"team-scores\">")[1].components(separatedBy: "</table>")[0]
        #expect(count("<th scope=\"row\">", in: teams) == 3)
        #expect(html.contains("<h2 id=\"standard-frt-phone\">"))
    }

    @Test func statusesAreColouredByClassNotByInlineStyle() throws {
        let html = try render(.html)
        #expect(!html.contains("style=\""), "an inline style breaks a strict content security policy")
        #expect(html.contains("<td class=\"status missed\">"))
        #expect(html.contains("td.status.missed { color:"))
    }

    @Test func hostileNamesAreEscapedInHTMLAndMarkdown() throws {
        let scorecard = handMadeScorecard(company: "<script>alert(2)</script> *Co*")
        let html = try render(.html, scorecard: scorecard)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt; *Co*"))
        let markdown = try render(.markdown, scorecard: scorecard)
        #expect(markdown.contains("| \\*x\\* |"))
        #expect(markdown.contains("\\<script\\>alert\\(1\\)\\</script\\>") || markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("*Co*"))
    }

    @Test func teamTableStopsAtFiftyTeamsAndSaysHowManyMore() throws {
        var scorecard = handMadeScorecard()
        scorecard.standards[0].windows[1].teams = Dictionary(uniqueKeysWithValues: (1...1000).map {
            (String(format: "Team %04d", $0), TeamScore(counted: 40, hits: 38, value: 0.95, status: .met, budget: nil))
        })
        let html = try render(.html, scorecard: scorecard)
        #expect(count("<th scope=\"row\">", in: html) == 50)
        #expect(html.contains("<th scope=\"row\">Team 0050</th>"))
        #expect(!html.contains("Team 0051"))
        #expect(html.contains("… and 950 more teams"))
        #expect(html.utf8.count < 60_000)
    }

    @Test func markdownMatchesGolden() throws {
        try expectMatchesGolden(try render(.markdown), "scorecard.en.md")
    }

    @Test func htmlMatchesGolden() throws {
        try expectMatchesGolden(try render(.html), "scorecard.en.html")
    }

    @Test func germanMarkdownMatchesGolden() throws {
        try expectMatchesGolden(try render(.markdown, locale: "de"), "scorecard.de.md")
    }
}
