import ArgumentParser
import EthosModel
import Foundation

/// `--build-date YYYY-MM-DD`, or the `SOURCE_DATE_EPOCH` environment variable of the
/// reproducible-builds convention: the date a site's footer gives as its build date. Ethos
/// never reads the clock for it, so the same file and the same date build the same bytes;
/// with neither, the footer has no build date.
struct BuildDateOption: ParsableArguments {
    @Option(name: .customLong("build-date"),
            help: ArgumentHelp("The footer's build date (default: SOURCE_DATE_EPOCH).", valueName: "date"))
    var buildDate: CalendarDate?

    /// `--build-date`, else the UTC day of `SOURCE_DATE_EPOCH` in `environment`, else `nil`.
    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds is an error naming it.
    func date(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate? {
        if let buildDate { return buildDate }
        guard let epoch = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0,
              let date = Self.day(ofSecondsSinceEpoch: seconds) else {
            FileOutput.standardError.write("error: SOURCE_DATE_EPOCH='\(epoch)' is not a number of seconds since "
                                           + "1970-01-01 UTC; set it to a whole number such as 1764633600, or unset it\n")
            throw ExitStatus.usage
        }
        return date
    }

    /// The UTC calendar day `seconds` after 1970-01-01 00:00 UTC; `nil` past the year 9999.
    static func day(ofSecondsSinceEpoch seconds: Int64) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
