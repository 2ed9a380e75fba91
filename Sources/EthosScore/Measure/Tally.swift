/// The counts of one team (or of the contacts in no team) in one bucket of days.
struct Tally {
    /// Contacts (or answers) counted.
    var counted: Int64 = 0
    /// The numerator: within the limit, solved first time, good answers, promoters.
    var hits: Int64 = 0
    /// NPS detractors (0–6).
    var detractors: Int64 = 0
    /// The sum of the values averaged (handle seconds, effort answers).
    var sum: Double = 0

    static func += (lhs: inout Tally, rhs: Tally) {
        lhs.counted += rhs.counted
        lhs.hits += rhs.hits
        lhs.detractors += rhs.detractors
        lhs.sum += rhs.sum
    }
}
