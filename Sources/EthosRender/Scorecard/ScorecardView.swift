import EthosModel
import EthosScore
import Foundation

/// A scorecard worked out once for one locale: every figure formatted, every status worded,
/// each standard's objective sentence and anchor. The text, Markdown and HTML writers and
/// the site's pages read it and format nothing themselves, so they cannot disagree.
///
/// Texts are plain; each writer escapes them for its own format.
struct ScorecardView: Sendable {
    /// One window of a standard, formatted.
    struct Row: Sendable {
        let start: String
        /// The window's last day (the scorecard's `end` is the day after it).
        let last: String
        let partial: Bool
        let counted: String
        let value: Double?
        let valueText: String
        let status: ScoreStatus
        let statusText: String
        /// `370 of 421`, for share objectives.
        let budget: String?
        let budgetShort: String?
    }

    /// One standard, formatted.
    struct Standard: Sendable {
        let id: String
        /// The HTML id of its section: `standard-frt-phone`.
        let anchor: String
        /// `FRT · Phone`.
        let measure: String
        let sentence: String
        let target: Double?
        let targetText: String
        let kind: ScoreValueKind
        let rows: [Row]
        let lastComplete: Row?
        /// `no data: …` when no input gave the KPI.
        let noData: String?
        /// The last complete window's teams, by name.
        let teams: [String: ScoreStatus]
        let teamValues: [String: String]
    }

    let company: String
    let labels: Labels
    let format: LocalizedFormat
    let from: String
    let to: String
    let contacts: String
    let rejected: String
    let standards: [Standard]
    /// Every team of any standard's last complete window, sorted by name.
    let teamNames: [String]

    /// At most this many teams are listed in the page's team table.
    static let teamLimit = 50

    init(_ scorecard: Scorecard, context: RenderContext) {
        let labels = context.labels
        let format = context.format
        self.labels = labels
        self.format = format
        company = scorecard.company
        from = scorecard.data.from ?? "–"
        to = scorecard.data.to ?? "–"
        contacts = format.number(Double(scorecard.data.contacts))
        rejected = format.number(Double(scorecard.data.rejected))
        var sentences: [String: String] = [:]
        var objectives: [String: Objective] = [:]
        for (standard, sentence) in zip(context.philosophy.standards, context.sentences) where sentences[standard.effectiveID] == nil {
            sentences[standard.effectiveID] = LanguageMarks.strip(sentence)
            objectives[standard.effectiveID] = standard.objective
        }
        let anchors = Self.anchors(for: scorecard.standards.map(\.id))
        standards = zip(scorecard.standards, anchors).map { score, anchor in
            Self.standard(score, anchor: anchor, sentence: sentences[score.id], objective: objectives[score.id],
                          context: context)
        }
        var names = Set<String>()
        for standard in standards { names.formUnion(standard.teams.keys) }
        teamNames = names.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// The HTML ids of standards' sections, in order: `standard-` and the id's slug, made
    /// unique with `-2`, `-3` when two ids share a slug.
    static func anchors(for ids: [String]) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            let slug = Slug.make(id)
            let base = "standard-" + (slug.isEmpty ? "x" : slug)
            var anchor = base
            var number = 2
            while !used.insert(anchor).inserted {
                anchor = "\(base)-\(number)"
                number += 1
            }
            return anchor
        }
    }

    private static func standard(_ score: StandardScore, anchor: String, sentence: String?, objective: Objective?,
                                 context: RenderContext) -> Standard {
        let labels = context.labels
        let format = context.format
        let kind = ScoreValueKind(score, objective: objective, catalog: context.catalog)
        let rows = score.windows.map { row($0, kind: kind, labels: labels, format: format) }
        let last = score.windows.lastIndex { !$0.partial }
        let target = score.objective.share ?? score.objective.atLeast ?? score.objective.atMost
        var teams: [String: ScoreStatus] = [:]
        var teamValues: [String: String] = [:]
        if let last {
            for (name, team) in score.windows[last].teams {
                teams[name] = team.status
                teamValues[name] = team.value.map { kind.text($0, format: format) } ?? "–"
            }
        }
        let measure = [score.kpi, score.channel].compactMap { $0 }.joined(separator: " · ")
        return Standard(
            id: score.id, anchor: anchor, measure: measure, sentence: sentence ?? measure,
            target: target, targetText: target.map { kind.text($0, format: format) } ?? "–",
            kind: kind, rows: rows, lastComplete: last.map { rows[$0] },
            noData: score.noData.map { labels[.scoreNoData, ["input": $0]] },
            teams: teams, teamValues: teamValues)
    }

    private static func row(_ window: WindowScore, kind: ScoreValueKind, labels: Labels, format: LocalizedFormat) -> Row {
        let budget = window.budget.map { (used: format.number(Double($0.used)), allowed: format.number(Double($0.allowed))) }
        return Row(
            start: window.start, last: Self.dayBefore(window.end), partial: window.partial,
            counted: window.counted.map { format.number(Double($0)) } ?? "–",
            value: window.value,
            valueText: window.value.map { kind.text($0, format: format) } ?? "–",
            status: window.status, statusText: labels[.status(window.status)],
            budget: budget.map { labels[.scoreBudgetOf, ["used": $0.used, "allowed": $0.allowed]] },
            budgetShort: budget.map { labels[.scoreBudgetShort, ["used": $0.used, "allowed": $0.allowed]] })
    }

    /// The day before an ISO date (`2026-11-01` gives `2026-10-31`); the text unchanged when
    /// it is no date.
    static func dayBefore(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              let before = calendar.date(byAdding: .day, value: -1, to: day) else { return date }
        let components = calendar.dateComponents([.year, .month, .day], from: before)
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// `▁▃▆█` from the windows' values, lowest to highest; `·` for a window without one.
    static func sparkline(_ values: [Double?]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return String(repeating: "·", count: values.count) }
        return String(values.map { value -> Character in
            guard let value else { return "·" }
            guard high > low else { return bars[3] }
            return bars[min(bars.count - 1, Int(((value - low) / (high - low) * Double(bars.count - 1)).rounded()))]
        })
    }
}

extension LabelKey {
    /// A window's status in words: `met`.
    static func status(_ status: ScoreStatus) -> LabelKey {
        switch status {
        case .met: .scoreMet
        case .missed: .scoreMissed
        case .notEnoughData: .scoreNotEnoughData
        }
    }
}
