import EthosModel
import Foundation

/// Computes a philosophy's scorecard from helpdesk exports: one pass over the contact files,
/// then every standard judged window by window (`docs/scorecard.md`).
public enum ScoreEngine {
    /// The scorecard of `philosophy` over the inputs of `options`. Throws the one problem that
    /// stops a run (exit 2): a file that cannot be read or is not UTF-8, a missing column, a
    /// zone-less timestamp without a time zone. Bad rows do not throw: they are rejected and
    /// listed in ``Scorecard/problems``.
    public static func score(_ philosophy: Philosophy, options: ScoreOptions) throws(Diagnostic) -> Scorecard {
        let zone = options.timeZone ?? TimeZone(identifier: "UTC")!
        let dayClock = ZoneClock(zone: zone)
        let clock = options.timeZone == nil ? nil : dayClock
        let matcher = NameMatcher(philosophy: philosophy)
        let pool = AccumulatorPool(teams: philosophy.teams.count)
        let plans = philosophy.standards.map { StandardPlan($0, philosophy: philosophy, pool: pool) }
        let kpiRows = Computation.contactKPIs.compactMap { id in
            Computation(kpi: id).map { (id, pool.accumulator(computation: $0, channel: nil, bucketing: .calendar(.month))) }
        }
        let accumulators = pool.all

        let pass = ContactPass(sources: options.contacts, clock: clock, dayClock: dayClock, matcher: matcher,
                               accumulators: accumulators, philosophy: philosophy)
        try pass.run()
        var problems = pass.problems
        var rejected = pass.rejected
        var surveyTypes: Set<String> = []
        for path in options.surveys {
            let result = try SurveyFile(path: path, file: path).read(into: accumulators, clock: clock, dayClock: dayClock, matcher: matcher)
            problems += result.problems
            rejected += result.rejected
            surveyTypes.formUnion(result.types)
        }
        var actuals: ActualsFile.Figures = [:]
        for path in options.actuals {
            let result = try ActualsFile(path: path, file: path).read(catalog: philosophy.kpiCatalog, matcher: matcher)
            actuals.merge(result.figures) { old, new in old.merging(new) { $0.merging($1) { _, later in later } } }
            problems += result.problems
            rejected += result.rejected
        }
        problems += coarseData(plans, sources: options.contacts, bound: pass.boundFields)
        problems += matcher.warnings

        let range = pass.dayCounts.range
        let teamNames = philosophy.teams.map { $0.name.resolved(for: philosophy.defaultLocale, defaultLocale: philosophy.defaultLocale) }
        let evaluator = WindowEvaluator(range: range, teamNames: teamNames, minSample: options.minSample)
        let available = { (computation: Computation) in
            !pass.boundFields.isDisjoint(with: computation.fields) || computation.surveyType.map(surveyTypes.contains) == true
        }
        let standards = plans.map { plan in
            evaluator.score(plan, available: available, actuals: actuals[KPI.lookupKey(plan.standard.kpi)])
        }
        let kpis = kpiRows.compactMap { id, accumulator in
            available(accumulator.computation) ? KPIScore(id: id, windows: evaluator.months(of: accumulator)) : nil
        }
        return Scorecard(
            company: philosophy.company, timezone: zone.identifier, minSample: options.minSample,
            data: .init(files: options.contacts.map(\.displayName), rows: pass.rows, contacts: pass.contacts,
                        duplicates: pass.duplicates, rejected: rejected,
                        from: range.map { $0.from.description }, to: range.map { $0.to.description }),
            standards: standards, kpis: kpis,
            problems: ordered(problems, files: options.contacts.map(\.displayName) + options.surveys + options.actuals).map(Scorecard.Problem.init)
        )
    }

    /// A `coarse-data` warning for each share standard finer than a file's first-reply data.
    private static func coarseData(_ plans: [StandardPlan], sources: [ContactSource], bound: Set<ContactField>) -> [Diagnostic] {
        guard bound.contains(.firstReplyMinutes) else { return [] }
        return sources.flatMap { source -> [Diagnostic] in
            guard let resolution = source.map.firstReplyResolution else { return [] }
            return plans.compactMap { plan in
                guard case .share(_, let within) = plan.standard.objective,
                      case .shareWithin(.firstReply, _)? = plan.accumulator?.computation,
                      within.totalSeconds.truncatingRemainder(dividingBy: resolution) != 0 else { return nil }
                return Diagnostic(.warning, .coarseData,
                                  "\(source.map.name) gives first-reply times in whole minutes, so '\(plan.standard.effectiveID)' (within \(within.description)) cannot be judged to the second",
                                  fix: "a reply counts as within when its rounded minutes are; export first-reply timestamps for exact figures",
                                  location: SourceLocation(file: source.displayName, line: 1, column: 1))
            }
        }
    }

    /// Problems in the order of the files given, then by line and column.
    private static func ordered(_ problems: [Diagnostic], files: [String]) -> [Diagnostic] {
        let rank = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return problems.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.location, rhs.element.location)
            let key = { (location: SourceLocation?) in (rank[location?.file ?? ""] ?? .max, location?.line ?? 0, location?.column ?? 0) }
            return key(left) != key(right) ? key(left) < key(right) : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
