/// Where a map reads one contact field, and how it reads the cells.
public struct FieldSpec: Hashable, Sendable {
    /// The column names to look for, in order; the first one the header has is read
    /// (`ID` or the older `Id`). Header names match case-insensitively.
    public var columns: [String]
    /// For numbers of time: how many seconds one unit of the column is (60 for minutes).
    public var unitSeconds: Double?
    /// For answers: the spellings of a good answer, counted as the top of the scale (5 for
    /// csat). Spellings compare case-insensitively; an empty cell is always no answer.
    public var good: [String]
    /// For answers: the spellings of a bad answer, counted as the bottom of the scale.
    public var bad: [String]
    /// For answers: the spellings of no answer (a survey sent but not answered).
    public var none: [String]
    /// For booleans: the spellings of true; anything else is false. Empty: `true/yes/1`.
    public var trueValues: [String]
    /// For answer scales whose high end is bad (effort asked as "how hard was it"): the
    /// answer is mirrored on its scale (1 ↔ 7 for ces).
    public var reverse: Bool
    /// For csat: the scale the export asks on, when it is not 1–5 (`1...10`). An answer in the
    /// top quarter of the scale is good, as 4 and 5 are of 1–5: 8 to 10 of 1–10.
    public var scale: ClosedRange<Int>?
    /// Whether a header without the column is fine (the field is then empty in every row).
    /// Map files name only columns they need, so their fields are never optional.
    public var optional: Bool

    /// Reads the column `column` (or the first of `columns` the header has).
    public init(_ columns: String..., unitSeconds: Double? = nil, good: [String] = [], bad: [String] = [],
                none: [String] = [], trueValues: [String] = [], reverse: Bool = false, scale: ClosedRange<Int>? = nil,
                optional: Bool = false) {
        self.init(columns: columns, unitSeconds: unitSeconds, good: good, bad: bad, none: none,
                  trueValues: trueValues, reverse: reverse, scale: scale, optional: optional)
    }

    /// Reads the first of `columns` the header has.
    public init(columns: [String], unitSeconds: Double? = nil, good: [String] = [], bad: [String] = [],
                none: [String] = [], trueValues: [String] = [], reverse: Bool = false, scale: ClosedRange<Int>? = nil,
                optional: Bool = false) {
        self.columns = columns
        self.unitSeconds = unitSeconds
        self.good = good
        self.bad = bad
        self.none = none
        self.trueValues = trueValues
        self.reverse = reverse
        self.scale = scale
        self.optional = optional
    }
}
