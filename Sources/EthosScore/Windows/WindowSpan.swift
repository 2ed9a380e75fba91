import EthosModel

/// One window a standard is judged in: local days from `start` (inclusive) to `end`
/// (exclusive).
struct WindowSpan: Hashable {
    let start: LocalDay
    let end: LocalDay
    /// Whether the data ends before the window's last day.
    let partial: Bool

    /// The windows of `window` over the data's days `from`…`to` (`docs/scorecard.md`,
    /// "Windows"), oldest first. Calendar windows run from the one holding `from` to the one
    /// holding `to`; rolling ones end with `to` and run back to the one holding `from`.
    static func windows(_ window: Window, from: LocalDay, to: LocalDay) -> [WindowSpan] {
        switch Bucketing(window) {
        case .calendar(let period):
            var spans: [WindowSpan] = []
            var start = Bucketing.start(of: period, holding: from)
            while start <= to {
                let end = Bucketing.next(period, after: start)
                spans.append(WindowSpan(start: start, end: end, partial: to < end.adding(days: -1)))
                start = end
            }
            return spans
        case .days(let length):
            var spans: [WindowSpan] = []
            var end = to.adding(days: 1)
            repeat {
                let start = end.adding(days: -length)
                spans.append(WindowSpan(start: start, end: end, partial: false))
                end = start
            } while end > from
            return spans.reversed()
        }
    }
}
