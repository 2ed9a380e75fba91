import EthosModel
import Foundation

/// Numbers, shares and durations written the way a locale writes them, through Foundation's
/// format styles: `90 %` and `2 minuti` in Slovenian, `90%` and `2 minutes` in English.
package struct LocalizedFormat: Sendable {
    /// The locale whose conventions are used.
    package let locale: LocaleID
    private let foundationLocale: Locale

    /// Creates a formatter for `locale`.
    package init(_ locale: LocaleID) {
        self.locale = locale
        self.foundationLocale = Locale(identifier: locale.tag)
    }

    /// `1,234.5` / `1.234,5`.
    package func number(_ value: Double) -> String {
        value.formatted(.number.locale(foundationLocale))
    }

    /// A fraction as a percentage: `0.9` becomes `90%` or `90 %`.
    package func percent(_ fraction: Double) -> String {
        fraction.formatted(.percent.locale(foundationLocale))
    }

    /// `2 minutes`, `5 minut`, `1,5 timer`, in the unit the duration was written in. A
    /// duration too long to count in milliseconds, which no checked file holds (a model built
    /// in Swift might), is given in the file's syntax.
    package func duration(_ duration: ServiceDuration) -> String {
        let milliseconds = (duration.totalSeconds * 1_000).rounded()
        guard milliseconds.magnitude < Double(Int64.max) else { return duration.description }
        let unit: Duration.UnitsFormatStyle.Unit = switch duration.unit {
        case .seconds: .seconds
        case .minutes: .minutes
        case .hours: .hours
        case .days: .days
        case .weeks: .weeks
        }
        let whole = duration.amount == duration.amount.rounded()
        let style = Duration.UnitsFormatStyle(allowedUnits: [unit], width: .wide, maximumUnitCount: 1,
                                              fractionalPart: whole ? .hide : .show(length: 1))
        return Duration.milliseconds(Int64(milliseconds)).formatted(style.locale(foundationLocale))
    }

    /// A target value in its own kind: number, percentage or duration.
    package func measure(_ measure: Measure) -> String {
        switch measure {
        case .number(let value): number(value)
        case .percent(let fraction): percent(fraction)
        case .duration(let value): duration(value)
        }
    }
}

extension LocalizedFormat {
    /// A number with at most one decimal: `35.48` becomes `35.5`, or `35,5` in German.
    package func numberOneDecimal(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0...1)).locale(foundationLocale))
    }

    /// A fraction as a percentage with at most one decimal: `91.2%`, `91,2 %`.
    package func percentOneDecimal(_ fraction: Double) -> String {
        fraction.formatted(.percent.precision(.fractionLength(0...1)).locale(Locale(identifier: locale.tag)))
    }

    /// A measured time in its two largest units, abbreviated: `2 min, 5 sec`, `1 h, 3 min`.
    package func elapsed(seconds: Double) -> String {
        guard seconds.isFinite, seconds.magnitude < 1e12 else { return number(seconds) }
        let style = Duration.UnitsFormatStyle(allowedUnits: [.days, .hours, .minutes, .seconds], width: .abbreviated,
                                              maximumUnitCount: 2, fractionalPart: .hide)
        return Duration.seconds(Int64(seconds.rounded())).formatted(style.locale(Locale(identifier: locale.tag)))
    }
}
