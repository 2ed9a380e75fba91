import EthosModel

/// Reads `--surveys`: answers not tied to a contact, with the columns
/// `id, date, type, score, team, channel` (`type` is `csat`, `nps` or `ces`).
struct SurveyFile {
    let path: String
    let file: String

    static let columns = ["id", "date", "type", "score", "team", "channel"]

    /// Feeds each answer to the accumulators of its type; returns the problems, and the types
    /// that had at least one answer. A bad row is rejected with a located problem.
    func read(into accumulators: [MeasureAccumulator], clock: ZoneClock?, dayClock: ZoneClock,
              matcher: NameMatcher) throws(Diagnostic) -> (problems: [Diagnostic], rejected: Int, types: Set<String>) {
        var problems: [Diagnostic] = []
        var rejected = 0
        var types: Set<String> = []
        let map = ColumnMap(name: "surveys", fields: [:])
        try TableFile(path: path, file: file, columns: Self.columns, optional: ["id", "team", "channel"]).forEachRow { row in
            let at = { (column: String) in SourceLocation(file: file, line: row.line, column: row.column(column)) }
            let type = row["type"].lowercased()
            let scale: ClosedRange<Int>
            switch type {
            case "csat": scale = 1...5
            case "nps": scale = 0...10
            case "ces": scale = 1...7
            default:
                rejected += 1
                problems.append(Diagnostic(.error, .badValue, "'\(row["type"])' is not a survey type", fix: "write csat, nps or ces", location: at("type")))
                return
            }
            guard let day = Self.day(of: row["date"], clock: clock, dayClock: dayClock) else {
                rejected += 1
                problems.append(Diagnostic(.error, .badTimestamp, "'\(row["date"])' is not a date or timestamp",
                                           fix: "write 2026-03-29 or 2026-03-29T14:05:00+02:00", location: at("date")))
                return
            }
            guard let score = Int(row["score"]), scale.contains(score) else {
                rejected += 1
                problems.append(Diagnostic(.error, .badValue, "'\(row["score"])' is not a \(type) answer \(scale.lowerBound)–\(scale.upperBound)",
                                           location: at("score")))
                return
            }
            let team = row["team"].isEmpty ? nil : matcher.team(row["team"], map: map, at: at("team"))
            let channel = row["channel"].isEmpty ? nil : matcher.channel(row["channel"], map: map, at: at("channel"))
            types.insert(type)
            for accumulator in accumulators where accumulator.computation.surveyType == type {
                accumulator.addAnswer(score, day: day, team: team, channel: channel)
            }
        } onRowProblem: { problem in
            rejected += 1
            problems.append(problem)
        }
        return (problems, rejected, types)
    }

    /// The local day of a date (`2026-03-29`, taken as it is) or a timestamp (`nil` for a
    /// zone-less one without a time zone, or a cell that does not read).
    static func day(of text: String, clock: ZoneClock?, dayClock: ZoneClock) -> LocalDay? {
        if let day = LocalDay(iso: text) { return day }
        var text = text
        return text.withUTF8 { TimestampCell.parse($0)?.instant(in: clock) }.map(dayClock.localDay(ofUTC:))
    }
}
