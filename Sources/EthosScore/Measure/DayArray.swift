/// A value for each local day, held densely from the first day seen and grown both ways:
/// contacts cover a few hundred days and come mostly in order, so a day's value is found by
/// index instead of by hashing.
struct DayArray<Element> {
    private let empty: Element
    private var first = 0
    private(set) var values: [Element] = []

    /// An array whose days not yet set hold `empty`.
    init(empty: Element) {
        self.empty = empty
    }

    /// The value of `day`, `empty` until set; setting a day outside the days held grows them.
    subscript(day: LocalDay) -> Element {
        get {
            let offset = day.index - first
            return values.indices.contains(offset) ? values[offset] : empty
        }
        set {
            if values.isEmpty { first = day.index }
            if day.index < first {
                values.insert(contentsOf: repeatElement(empty, count: first - day.index), at: 0)
                first = day.index
            } else if day.index >= first + values.count {
                values.append(contentsOf: repeatElement(empty, count: day.index - first - values.count + 1))
            }
            values[day.index - first] = newValue
        }
    }

    /// The day of the value at `offset` in ``values``.
    func day(atOffset offset: Int) -> LocalDay { LocalDay(index: first + offset) }
}
