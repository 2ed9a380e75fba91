/// How many timestamps fall on each local day, to find the data's first and last day: a count,
/// so that a row a later duplicate replaces can be taken back.
struct DayCounts {
    private var counts = DayArray(empty: 0)

    /// Adds `sign` (1 or -1) timestamps on `day`.
    mutating func add(_ day: LocalDay, _ sign: Int) {
        counts[day] += sign
    }

    /// The first and last day with a timestamp, or `nil` when there is none.
    var range: (from: LocalDay, to: LocalDay)? {
        guard let low = counts.values.firstIndex(where: { $0 > 0 }),
              let high = counts.values.lastIndex(where: { $0 > 0 }) else { return nil }
        return (counts.day(atOffset: low), counts.day(atOffset: high))
    }
}
