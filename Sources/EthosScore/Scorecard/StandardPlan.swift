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

    init(_ standard: ServiceStandard, philosophy: Philosophy) {
        self.standard = standard
        let window = standard.window ?? .month
        self.window = window
        let channel = standard.channel.flatMap { name in
            philosophy.channels.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        }
        channelName = channel.map { philosophy.channels[$0].name } ?? standard.channel
        accumulator = Computation(kpi: standard.kpi, objective: standard.objective).map {
            MeasureAccumulator(computation: $0, channel: channel, bucketing: Bucketing(window), teams: philosophy.teams.count)
        }
    }
}
