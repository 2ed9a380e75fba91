import EthosModel

/// Reads `--actuals`: KPI figures no export can give (CRR, churn, QA …), one a row, with the
/// columns `kpi, window_start, value, team`. The value is written in the KPI's unit as the
/// philosophy file writes it (`85%`, `6m`, `50`); an empty team is company-wide.
struct ActualsFile {
    let path: String
    let file: String

    static let columns = ["kpi", "window_start", "value", "team"]

    /// The figures, by KPI id (lower case) and window start: company-wide (`nil` team) and per
    /// team index.
    typealias Figures = [String: [LocalDay: [Int?: Double]]]

    func read(catalog: KPICatalog, matcher: NameMatcher) throws(Diagnostic) -> (figures: Figures, problems: [Diagnostic], rejected: Int) {
        var figures: Figures = [:]
        var problems: [Diagnostic] = []
        var rejected = 0
        let map = ColumnMap(name: "actuals", fields: [:])
        try TableFile(path: path, file: file, columns: Self.columns, optional: ["team"]).forEachRow { row in
            let at = { (column: String) in SourceLocation(file: file, line: row.line, column: row.column(column)) }
            func reject(_ rule: RuleID, _ message: String, _ column: String, fix: String? = nil) {
                rejected += 1
                problems.append(Diagnostic(.error, rule, message, fix: fix, location: at(column)))
            }
            guard let kpi = catalog.kpi(row["kpi"]) else {
                let nearest = Suggestion.closest(to: row["kpi"], among: catalog.kpis.map(\.id), caseInsensitive: true)
                return reject(.unknownKPI, "'\(row["kpi"])' is not a KPI of the philosophy", "kpi", fix: nearest.map { "did you mean '\($0)'?" })
            }
            guard let start = LocalDay(iso: row["window_start"]) else {
                return reject(.badTimestamp, "'\(row["window_start"])' is not a date", "window_start", fix: "write the window's first day: 2026-10-01")
            }
            guard let value = Self.value(row["value"], unit: kpi.unit) else {
                return reject(.badValue, "'\(row["value"])' is not a \(kpi.unit.rawValue) value for \(kpi.id)", "value",
                              fix: "write it as the philosophy does: \(Self.example(kpi.unit))")
            }
            let team = row["team"].isEmpty ? nil : matcher.team(row["team"], map: map, at: at("team"))
            if !row["team"].isEmpty, team == nil { return }
            figures[KPI.lookupKey(kpi.id), default: [:]][start, default: [:]][team] = value
        } onRowProblem: { problem in
            rejected += 1
            problems.append(problem)
        }
        return (figures, problems, rejected)
    }

    /// A value in `unit`'s base (fractions, seconds, numbers), written as in a philosophy.
    static func value(_ text: String, unit: KPIUnit) -> Double? {
        switch unit {
        case .percent:
            if text.hasSuffix("%") { return PlainNumber.parse(text.dropLast()).map { $0 / 100 } }
            return PlainNumber.parse(text)
        case .duration:
            return ServiceDuration(parsing: text)?.totalSeconds ?? PlainNumber.parse(text)
        case .score, .count, .currency:
            return PlainNumber.parse(text)
        }
    }

    private static func example(_ unit: KPIUnit) -> String {
        switch unit {
        case .percent: "85%"
        case .duration: "6m"
        default: "50"
        }
    }
}
