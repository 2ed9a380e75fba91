import EthosModel
import Foundation

/// Turns a window's counts into its value and decides met or missed, in exact arithmetic:
/// 90 % is 9/10, so 1 − 90 % of 100 contacts allows 10 misses, not 9.
///
/// Targets are read once as decimal fractions (`0.9` is 9/10, not the nearest binary
/// fraction); counts are compared with them by cross-multiplying whole numbers, and means,
/// which are sums of measured values, in decimal arithmetic.
struct Judge {
    let computation: Computation
    let objective: Objective
    let minSample: Int
    /// The share of a share objective, or the target of the others.
    private let target: Fraction

    init(computation: Computation, objective: Objective, minSample: Int) {
        self.computation = computation
        self.objective = objective
        self.minSample = minSample
        switch objective {
        case .share(let share, _): target = Fraction(share)
        case .atLeast(let measure), .atMost(let measure): target = Fraction(measure.magnitude)
        }
    }

    /// The figure, status and budget of `tally` (and, for a median, its first-reply times).
    func judge(_ tally: Tally, delays: [Int64: Int64]?) -> (value: Double?, status: ScoreStatus, budget: Budget?) {
        var budget: Budget?
        if case .share = objective {
            // floor((1 − n/d) × counted) = floor((d − n) × counted / d)
            let allowed = (target.denominator - target.numerator) * tally.counted / target.denominator
            budget = Budget(allowed: Int(allowed), used: Int(tally.counted - tally.hits))
        }
        guard tally.counted > 0 else { return (nil, .notEnoughData, budget) }
        let comparison = compare(tally, delays: delays)
        let met: Bool
        switch (objective, comparison.order) {
        case (.share, let order?), (.atLeast, let order?): met = order >= 0
        case (.atMost, let order?): met = order <= 0
        case (_, nil): met = false
        }
        let value = comparison.value.map(Self.rounded)
        if tally.counted < Int64(minSample) { return (value, .notEnoughData, budget) }
        return (value, met ? .met : .missed, budget)
    }

    /// The window's figure, and how it compares with the target (-1, 0, 1); `nil` for a median
    /// that is a never-answered contact.
    private func compare(_ tally: Tally, delays: [Int64: Int64]?) -> (value: Double?, order: Int?) {
        let counted = tally.counted
        switch computation {
        case .shareWithin, .firstContactResolution, .satisfaction:
            return (Double(tally.hits) / Double(counted), target.compare(numerator: tally.hits, denominator: counted))
        case .netPromoter:
            let points = 100 * (tally.hits - tally.detractors)
            return (Double(points) / Double(counted), target.compare(numerator: points, denominator: counted))
        case .meanHandleTime, .effort:
            let mean = Self.decimal(tally.sum) / Decimal(counted)
            return (NSDecimalNumber(decimal: mean).doubleValue, target.compare(mean))
        case .medianFirstReply:
            guard let median = delays.flatMap(Self.median) else { return (nil, nil) }
            return (NSDecimalNumber(decimal: median).doubleValue, target.compare(median))
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
}

/// A target as an exact fraction of whole numbers, read from its shortest decimal spelling.
struct Fraction {
    let numerator: Int64
    let denominator: Int64
    private let decimal: Decimal

    /// `value` as written in decimal: 0.9 is 9/10; at most 9 decimal places are kept.
    init(_ value: Double) {
        decimal = Judge.decimal(value)
        var scale: Int64 = 1
        var scaled = decimal
        while scale < 1_000_000_000, scaled != scaled.rounded() {
            scaled *= 10
            scale *= 10
        }
        numerator = Int64(truncating: NSDecimalNumber(decimal: scaled.rounded()))
        denominator = scale
    }

    /// How `numerator / denominator` compares with this fraction: -1, 0 or 1.
    func compare(numerator other: Int64, denominator otherDenominator: Int64) -> Int {
        let left = other.multipliedFullWidth(by: denominator)
        let right = numerator.multipliedFullWidth(by: otherDenominator)
        return left == right ? 0 : (left < right ? -1 : 1)
    }

    /// How `value` compares with this fraction: -1, 0 or 1.
    func compare(_ value: Decimal) -> Int {
        value == decimal ? 0 : (value < decimal ? -1 : 1)
    }
}

private extension Decimal {
    /// Rounded to a whole number.
    func rounded() -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .plain)
        return result
    }
}
