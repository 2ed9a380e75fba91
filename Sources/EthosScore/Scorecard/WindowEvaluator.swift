import EthosModel

/// Turns the counts of a standard into its windows, judged company-wide and per team.
struct WindowEvaluator {
    /// The data's first and last local day; `nil` when no contact was read.
    let range: (from: LocalDay, to: LocalDay)?
    let teamNames: [String]
    let minSample: Int

    /// The score of `plan`: from its contact counts, from `actuals` when no export gives its
    /// KPI, or "no data" naming the input that would give it.
    func score(_ plan: StandardPlan, available: (Computation) -> Bool, actuals: [LocalDay: [Int?: Double]]?) -> StandardScore {
        let standard = plan.standard
        var score = StandardScore(id: standard.effectiveID, kpi: standard.kpi, channel: plan.channelName, owner: standard.owner,
                                  window: plan.window.description, objective: ObjectiveSummary(standard.objective),
                                  windows: [], noData: nil)
        if let accumulator = plan.accumulator, available(accumulator.computation) {
            let judge = Judge(computation: accumulator.computation, objective: standard.objective, minSample: minSample)
            score.windows = spans(plan.window).map { window(accumulator, $0, judge: judge) }
        } else if let actuals, !actuals.isEmpty {
            score.windows = actualWindows(actuals, plan: plan)
        } else {
            score.noData = plan.accumulator?.computation.sources
                ?? "an --actuals file with rows for \(standard.kpi) (kpi, window_start, value, team)"
        }
        return score
    }

    /// The KPI's own figure per month, company-wide.
    func months(of accumulator: MeasureAccumulator) -> [KPIScore.Window] {
        let judge = Judge(computation: accumulator.computation, objective: .atLeast(0), minSample: minSample)
        return spans(.month).map { span in
            let (tallies, delays) = sums(accumulator, span)
            let company = tallies.reduce(into: Tally()) { $0 += $1 }
            let value = company.counted > 0 ? judge.judge(company, delays: merged(delays)).value : nil
            return KPIScore.Window(start: span.start.description, end: span.end.description, counted: Int(company.counted), value: value)
        }
    }

    private func spans(_ window: Window) -> [WindowSpan] {
        range.map { WindowSpan.windows(window, from: $0.from, to: $0.to) } ?? []
    }

    private func window(_ accumulator: MeasureAccumulator, _ span: WindowSpan, judge: Judge) -> WindowScore {
        let (tallies, delays) = sums(accumulator, span)
        let company = tallies.reduce(into: Tally()) { $0 += $1 }
        let verdict = judge.judge(company, delays: merged(delays))
        var teams: [String: TeamScore] = [:]
        for slot in tallies.indices.dropFirst() where tallies[slot].counted > 0 {
            let team = judge.judge(tallies[slot], delays: delays[slot])
            teams[teamNames[slot - 1]] = TeamScore(counted: Int(tallies[slot].counted),
                                                   hits: accumulator.computation.isRatio ? Int(tallies[slot].hits) : nil,
                                                   value: team.value, status: team.status, budget: team.budget)
        }
        return WindowScore(start: span.start.description, end: span.end.description, partial: span.partial,
                           counted: Int(company.counted), hits: accumulator.computation.isRatio ? Int(company.hits) : nil,
                           value: verdict.value, status: verdict.status, budget: verdict.budget, teams: teams)
    }

    /// The counts per team slot summed over the buckets inside `span`, and for medians the
    /// first-reply times per slot.
    private func sums(_ accumulator: MeasureAccumulator, _ span: WindowSpan) -> ([Tally], [Int: [Int64: Int64]]) {
        var tallies = Array(repeating: Tally(), count: teamNames.count + 1)
        var delays: [Int: [Int64: Int64]] = [:]
        for (bucket, start) in accumulator.bucketStarts where bucket >= span.start.index && bucket < span.end.index {
            for (slot, tally) in accumulator.tallies(atBucketStart: start).enumerated() { tallies[slot] += tally }
            for (slot, counts) in accumulator.delays[bucket] ?? [:] {
                delays[slot, default: [:]].merge(counts, uniquingKeysWith: +)
            }
        }
        return (tallies, delays)
    }

    private func merged(_ delays: [Int: [Int64: Int64]]) -> [Int64: Int64] {
        delays.values.reduce(into: [:]) { $0.merge($1, uniquingKeysWith: +) }
    }

    /// Windows of figures supplied by `--actuals`: one a window start given, judged as given.
    private func actualWindows(_ actuals: [LocalDay: [Int?: Double]], plan: StandardPlan) -> [WindowScore] {
        actuals.keys.sorted().map { start in
            let end: LocalDay
            switch Bucketing(plan.window) {
            case .calendar(let period): end = Bucketing.next(period, after: start)
            case .days(let length): end = start.adding(days: length)
            }
            let partial = range.map { $0.to < end.adding(days: -1) } ?? false
            let figures = actuals[start] ?? [:]
            var teams: [String: TeamScore] = [:]
            for (team, value) in figures {
                guard let team else { continue }
                teams[teamNames[team]] = TeamScore(counted: nil, hits: nil, value: Judge.rounded(value),
                                                   status: Self.status(value, plan.standard.objective), budget: nil)
            }
            let company = figures[nil] ?? nil
            return WindowScore(start: start.description, end: end.description, partial: partial, counted: nil, hits: nil,
                               value: company.map(Judge.rounded),
                               status: company.map { Self.status($0, plan.standard.objective) } ?? .notEnoughData,
                               budget: nil, teams: teams)
        }
    }

    /// A supplied figure against the objective (a share objective compares the figure as the share).
    private static func status(_ value: Double, _ objective: Objective) -> ScoreStatus {
        let exact = Judge.decimal(value)
        switch objective {
        case .atLeast(let target): return exact >= Judge.decimal(target.magnitude) ? .met : .missed
        case .atMost(let target): return exact <= Judge.decimal(target.magnitude) ? .met : .missed
        case .share(let share, _): return exact >= Judge.decimal(share) ? .met : .missed
        }
    }
}
