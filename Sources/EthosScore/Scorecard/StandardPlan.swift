import Foundation
import EthosModel

/// How one standard is scored: its computation from contacts (or `nil` when its figures come
/// from `--actuals`), its channel and its windows.
struct StandardPlan {
    let standard: ServiceStandard
    /// The window judged; `month` when the standard names none.
    let window: Window
    /// The counts from contacts, when an export can give the KPI.
    let accumulator: MeasureAccumulator?
    /// The channel as the philosophy names it.
    let channelName: String?

    /// The plan of `standard`; its counts come from `pool`, shared with any other standard or
    /// KPI row that counts the same.
    init(_ standard: ServiceStandard, philosophy: Philosophy, pool: AccumulatorPool) {
        self.standard = standard
        let window = standard.window ?? .month
        self.window = window
        let channel = standard.channel.flatMap { name in
            philosophy.channels.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        }
        channelName = channel.map { philosophy.channels[$0].name } ?? standard.channel
        accumulator = Computation(kpi: standard.kpi, objective: standard.objective).map {
            pool.accumulator(computation: $0, channel: channel, bucketing: Bucketing(window))
        }
    }
}

/// The accumulators of a run, one for each distinct computation, channel and bucketing, so
/// that a contact is counted once for all the standards and KPI rows that count it alike.
final class AccumulatorPool {
    private struct Key: Hashable {
        let computation: Computation
        let channel: Int?
        let bucketing: Bucketing
    }

    private let teams: Int
    private var byKey: [Key: MeasureAccumulator] = [:]
    /// Every distinct accumulator, in the order first asked for.
    private(set) var all: [MeasureAccumulator] = []

    init(teams: Int) {
        self.teams = teams
    }

    /// The accumulator that counts `computation` for `channel` in buckets of `bucketing`.
    func accumulator(computation: Computation, channel: Int?, bucketing: Bucketing) -> MeasureAccumulator {
        let key = Key(computation: computation, channel: channel, bucketing: bucketing)
        if let known = byKey[key] { return known }
        let made = MeasureAccumulator(computation: computation, channel: channel, bucketing: bucketing, teams: teams)
        byKey[key] = made
        all.append(made)
        return made
    }
}
