import EthosModel
import Foundation

/// Turns a window's counts into its value and decides met or missed, in exact decimal
/// arithmetic: 90 % is 9/10, so 1 − 90 % of 100 contacts allows 10 misses, not 9.
struct Judge {
    let computation: Computation
    let objective: Objective
    let minSample: Int

    /// The figure, status and budget of `tally` (and, for a median, its first-reply times).
    func judge(_ tally: Tally, delays: [Int64: Int64]?) -> (value: Double?, status: ScoreStatus, budget: Budget?) {
        guard tally.counted > 0 else {
            if case .share = objective { return (nil, .notEnoughData, Budget(allowed: 0, used: 0)) }
            return (nil, .notEnoughData, nil)
        }
        let exact = exactValue(tally, delays: delays)
        let value = exact.map { Self.rounded(NSDecimalNumber(decimal: $0).doubleValue) }
        var budget: Budget?
        let met: Bool
        switch objective {
        case .share(let share, _):
            let fraction = Self.decimal(share)
            let allowed = (Decimal(1) - fraction) * Decimal(tally.counted)
            budget = Budget(allowed: Self.floor(allowed), used: Int(tally.counted - tally.hits))
            met = Decimal(tally.hits) >= fraction * Decimal(tally.counted)
        case .atLeast(let target):
            met = exact.map { $0 >= Self.decimal(target.magnitude) } ?? false
        case .atMost(let target):
            met = exact.map { $0 <= Self.decimal(target.magnitude) } ?? false
        }
        if tally.counted < Int64(minSample) { return (value, .notEnoughData, budget) }
        return (value, met ? .met : .missed, budget)
    }

    /// The window's figure, exactly: `nil` for a median that is a never-answered contact.
    func exactValue(_ tally: Tally, delays: [Int64: Int64]?) -> Decimal? {
        let counted = Decimal(tally.counted)
        switch computation {
        case .shareWithin, .firstContactResolution, .satisfaction: return Decimal(tally.hits) / counted
        case .netPromoter: return Decimal(100) * Decimal(tally.hits - tally.detractors) / counted
        case .meanHandleTime, .effort: return Self.decimal(tally.sum) / counted
        case .medianFirstReply: return delays.flatMap(Self.median)
        }
    }

    /// The median of the counts `delays` (µs → count), in seconds; the mean of the two middle
    /// values for an even count; `nil` when the median is a never-answered contact.
    static func median(_ delays: [Int64: Int64]) -> Decimal? {
        let sorted = delays.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        let total = sorted.reduce(0) { $0 + $1.value }
        guard total > 0 else { return nil }
        func value(at rank: Int64) -> Int64 {
            var seen: Int64 = 0
            for (delay, count) in sorted {
                seen += count
                if seen > rank { return delay }
            }
            return .max
        }
        let lower = value(at: (total - 1) / 2)
        let upper = value(at: total / 2)
        guard lower != .max, upper != .max else { return nil }
        return (Decimal(lower) + Decimal(upper)) / 2 / 1_000_000
    }

    /// `value` as the decimal it is written as (0.9 is 9/10, not the nearest binary fraction).
    static func decimal(_ value: Double) -> Decimal {
        Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
    }

    /// Rounds to 4 decimals for output.
    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    private static func floor(_ value: Decimal) -> Int {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .down)
        return NSDecimalNumber(decimal: result).intValue
    }
}
