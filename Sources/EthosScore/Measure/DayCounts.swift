/// How many timestamps fall on each local day, to find the data's first and last day: a count,
/// so that a row a later duplicate replaces can be taken back. Held densely from the first day
/// seen, since rows cover a few hundred days and come mostly in order.
struct DayCounts {
    private var first = 0
    private var counts: [Int] = []

    /// Adds `sign` (1 or -1) timestamps on `day`.
    mutating func add(_ day: LocalDay, _ sign: Int) {
        if counts.isEmpty { first = day.index }
        if day.index < first {
            counts.insert(contentsOf: repeatElement(0, count: first - day.index), at: 0)
            first = day.index
        } else if day.index >= first + counts.count {
            counts.append(contentsOf: repeatElement(0, count: day.index - first - counts.count + 1))
        }
        counts[day.index - first] += sign
    }

    /// The first and last day with a timestamp, or `nil` when there is none.
    var range: (from: LocalDay, to: LocalDay)? {
        guard let low = counts.firstIndex(where: { $0 > 0 }), let high = counts.lastIndex(where: { $0 > 0 }) else { return nil }
        return (LocalDay(index: first + low), LocalDay(index: first + high))
    }
}
