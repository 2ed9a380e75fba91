import Foundation

/// The scorecard's JSON, the contract `ethos build --scores` reads: keys sorted, two-space
/// indentation, values already rounded, so the same input gives the same bytes.
///
/// Written directly rather than through `JSONEncoder`: a thousand teams in a dozen windows of
/// ten standards are a hundred thousand objects, which `JSONEncoder` took most of a second for.
extension Scorecard {
    /// The JSON text, ending in a newline.
    public func json() -> Data {
        var writer = JSONWriter()
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
        writer.bytes.append(0x0A)
        return Data(writer.bytes)
    }

    /// Reads a scorecard's JSON (as ``json()`` writes it).
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Scorecard.self, from: json)
    }
}

/// Writes JSON into bytes, pretty-printed with two spaces; members are given in key order.
private struct JSONWriter {
    typealias Member = (key: String, write: (inout JSONWriter) -> Void)

    var bytes: [UInt8] = []
    private var depth = 0

    mutating func object(_ members: [Member?]) {
        let present = members.compactMap { $0 }
        guard !present.isEmpty else { return append("{}") }
        append("{")
        depth += 1
        for (index, member) in present.enumerated() {
            newline()
            string(member.key)
            append(": ")
            member.write(&self)
            if index < present.count - 1 { append(",") }
        }
        depth -= 1
        newline()
        append("}")
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        guard !elements.isEmpty else { return append("[]") }
        append("[")
        depth += 1
        for (index, element) in elements.enumerated() {
            newline()
            write(&self, element)
            if index < elements.count - 1 { append(",") }
        }
        depth -= 1
        newline()
        append("]")
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x3C, 0x3E, 0x26, 0..<0x20:
                // Control characters, and < > & so that the JSON can sit inside an HTML page.
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A number: whole numbers without a fraction, others in their shortest form.
    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            append(String(Int64(value)))
        } else {
            append("\(value)")
        }
    }

    mutating func optionalNumber(_ value: Double?) {
        if let value { number(value) } else { append("null") }
    }

    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

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
                let names = window.teams.keys.sorted()
                writer.object(names.map { name in (name, { $0.team(window.teams[name]!) }) })
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
