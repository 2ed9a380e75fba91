import EthosLoader
import Foundation

/// The scorecard's JSON, the contract `ethos build --scores` reads: keys sorted, two-space
/// indentation, safe for a web page as `philosophy.json` is, values already rounded, so the
/// same input gives the same bytes.
///
/// Streamed through ``JSONWriter`` member by member: a thousand teams in a dozen windows of ten
/// standards are a hundred thousand objects, too many to build as a tree of values first.
extension Scorecard {
    /// The JSON text, ending in a newline.
    public func json() -> Data {
        var writer = JSONWriter(scriptSafe: true)
        writer.object([
            ("company", { $0.string(company) }),
            ("data", { $0.data(data) }),
            ("ethos-score", { $0.number(Double(version)) }),
            ("kpis", { writer in writer.array(kpis) { writer, kpi in writer.kpi(kpi) } }),
            ("min-sample", { $0.number(Double(minSample)) }),
            ("problems", { writer in writer.array(problems) { writer, problem in writer.problem(problem) } }),
            ("standards", { writer in writer.array(standards) { writer, standard in writer.standard(standard) } }),
            ("timezone", { $0.string(timezone) }),
        ])
        writer.finish()
        return Data(writer.bytes)
    }

    /// Reads a scorecard's JSON (as ``json()`` writes it).
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Scorecard.self, from: json)
    }
}

/// The scorecard's parts, each an object with its keys in byte order.
private extension JSONWriter {
    mutating func data(_ data: Scorecard.DataSummary) {
        object([
            ("contacts", { $0.number(Double(data.contacts)) }),
            ("duplicates", { $0.number(Double(data.duplicates)) }),
            ("files", { writer in writer.array(data.files) { $0.string($1) } }),
            data.from.map { from in ("from", { $0.string(from) }) },
            ("rejected", { $0.number(Double(data.rejected)) }),
            ("rows", { $0.number(Double(data.rows)) }),
            data.to.map { to in ("to", { $0.string(to) }) },
        ])
    }

    mutating func kpi(_ kpi: KPIScore) {
        object([
            ("id", { $0.string(kpi.id) }),
            ("windows", { writer in
                writer.array(kpi.windows) { writer, window in
                    writer.object([
                        ("counted", { $0.number(Double(window.counted)) }),
                        ("end", { $0.string(window.end) }),
                        ("start", { $0.string(window.start) }),
                        ("value", { $0.optionalNumber(window.value) }),
                    ])
                }
            }),
        ])
    }

    mutating func problem(_ problem: Scorecard.Problem) {
        object([
            ("column", { $0.number(Double(problem.column)) }),
            ("file", { $0.string(problem.file) }),
            problem.fix.map { fix in ("fix", { $0.string(fix) }) },
            ("line", { $0.number(Double(problem.line)) }),
            ("message", { $0.string(problem.message) }),
            ("rule", { $0.string(problem.rule) }),
            ("severity", { $0.string(problem.severity) }),
        ])
    }

    mutating func standard(_ standard: StandardScore) {
        let objective = standard.objective
        object([
            standard.channel.map { channel in ("channel", { $0.string(channel) }) },
            ("id", { $0.string(standard.id) }),
            ("kpi", { $0.string(standard.kpi) }),
            standard.noData.map { note in ("no-data", { $0.string(note) }) },
            ("objective", { writer in
                writer.object([
                    objective.atLeast.map { value in ("at-least", { $0.number(value) }) },
                    objective.atMost.map { value in ("at-most", { $0.number(value) }) },
                    objective.share.map { value in ("share", { $0.number(value) }) },
                    objective.withinSeconds.map { value in ("within-seconds", { $0.number(value) }) },
                ])
            }),
            standard.owner.map { owner in ("owner", { $0.string(owner) }) },
            ("window", { $0.string(standard.window) }),
            ("windows", { writer in writer.array(standard.windows) { writer, window in writer.window(window) } }),
        ])
    }

    mutating func window(_ window: WindowScore) {
        object([
            window.budget.map { budget in ("budget", { $0.budget(budget) }) },
            window.counted.map { counted in ("counted", { $0.number(Double(counted)) }) },
            ("end", { $0.string(window.end) }),
            window.hits.map { hits in ("hits", { $0.number(Double(hits)) }) },
            ("partial", { $0.bool(window.partial) }),
            ("start", { $0.string(window.start) }),
            ("status", { $0.string(window.status.rawValue) }),
            ("teams", { writer in
                let teams = window.teams.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                writer.object(teams.map { name, team in (name, { $0.team(team) }) })
            }),
            ("value", { $0.optionalNumber(window.value) }),
        ])
    }

    mutating func team(_ team: TeamScore) {
        object([
            team.budget.map { budget in ("budget", { $0.budget(budget) }) },
            team.counted.map { counted in ("counted", { $0.number(Double(counted)) }) },
            team.hits.map { hits in ("hits", { $0.number(Double(hits)) }) },
            ("status", { $0.string(team.status.rawValue) }),
            team.value.map { value in ("value", { $0.number(value) }) },
        ])
    }

    mutating func budget(_ budget: Budget) {
        object([("allowed", { $0.number(Double(budget.allowed)) }), ("used", { $0.number(Double(budget.used)) })])
    }
}
