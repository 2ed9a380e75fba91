import EthosModel

/// Reads days off from an iCalendar file (RFC 5545), as calendar programs export a company's
/// holiday calendar and public-holiday feeds publish them: every event's days count as
/// holidays, named by the event's summary.
///
/// What it reads of each `VEVENT`:
/// - `DTSTART` as a date (`VALUE=DATE`) or a date-time, whose date counts; `DTEND` (exclusive)
///   makes a holiday of several days, up to a year.
/// - `RRULE` with `FREQ=YEARLY` (and `COUNT`, `UNTIL` or `INTERVAL`) repeats it every year up
///   to 2099; any other rule is warned about and only the first day counts.
/// - Events with `STATUS:CANCELLED` are skipped.
/// Problems are located as `file:line:column` and never stop the rest of the file.
public enum HolidayCalendarReader {
    /// What a calendar file gave: its holidays in date order, and the problems found.
    public struct Result: Sendable {
        /// The days off.
        public let holidays: [Holiday]
        /// Errors and warnings, located in the file.
        public let diagnostics: [Diagnostic]

        /// Whether any problem is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The largest calendar file read: 10 MiB, as for a philosophy.
    public static let sizeLimit = 10 << 20

    /// Reads the calendar at `path`; `displayName` names it in messages.
    public static func read(path: String, displayName: String? = nil) -> Result {
        let name = displayName ?? path
        switch FileBytes.read(path: path, limit: sizeLimit) {
        case .failure(let failure):
            return Result(holidays: [], diagnostics: [failure.diagnostic(file: name, kind: "a calendar file", limit: "10 MiB")])
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return Result(holidays: [], diagnostics: [Diagnostic(.error, .invalidUTF8, "the calendar is not UTF-8 text",
                                                                     fix: "export it again as an .ics file",
                                                                     location: SourceLocation(file: name, line: 1, column: 1))])
            }
            return parse(text, file: name)
        }
    }

    /// Reads calendar `text`; `file` names it in messages.
    public static func parse(_ text: String, file: String) -> Result {
        var parser = Parser(file: file)
        let lines = ContentLine.unfolded(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let first = lines.first, first.text.uppercased() == "BEGIN:VCALENDAR" else {
            parser.report(.badCalendar, "not an iCalendar file: it does not start with BEGIN:VCALENDAR",
                          fix: "export the holiday calendar from your calendar program as an .ics file",
                          line: lines.first?.line ?? 1, column: 1)
            return parser.result
        }
        var event: [ContentLine]?
        var eventLine = 0
        for (text, number) in lines.dropFirst() {
            guard let line = ContentLine(text, line: number) else {
                parser.report(.badCalendar, "a calendar line needs a ':' between its name and its value", line: number, column: 1,
                              severity: .warning)
                continue
            }
            switch (line.name, line.value.uppercased()) {
            case ("BEGIN", "VEVENT"):
                if event != nil { parser.report(.badCalendar, "an event starts inside another", line: number, column: 1) }
                event = []
                eventLine = number
            case ("END", "VEVENT"):
                if let lines = event { parser.read(event: lines, startingOn: eventLine) }
                event = nil
            default:
                event?.append(line)
            }
        }
        if event != nil {
            parser.report(.badCalendar, "the event that starts here never ends", fix: "add END:VEVENT", line: eventLine, column: 1)
        }
        return parser.result
    }

    /// The holidays and problems found so far.
    private struct Parser {
        let file: String
        var holidays: [Holiday] = []
        var diagnostics: [Diagnostic] = []

        var result: Result {
            let unique = Dictionary(holidays.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
            return Result(holidays: unique.values.sorted { $0.date < $1.date }, diagnostics: diagnostics)
        }

        mutating func report(_ rule: RuleID, _ message: String, fix: String? = nil, line: Int, column: Int,
                             severity: Severity = .error) {
            diagnostics.append(Diagnostic(severity, rule, message, fix: fix,
                                          location: SourceLocation(file: file, line: line, column: column)))
        }

        mutating func read(event lines: [ContentLine], startingOn eventLine: Int) {
            let property = { (name: String) in lines.first { $0.name == name } }
            if property("STATUS")?.value.uppercased() == "CANCELLED" { return }
            guard let startLine = property("DTSTART") else {
                report(.badCalendar, "the event has no DTSTART, so it has no day", line: eventLine, column: 1)
                return
            }
            guard let start = date(startLine) else { return }
            let name = property("SUMMARY").map { unescaped($0.value) }
            var length = 1
            if let endLine = property("DTEND"), let end = date(endLine) {
                let isDate = endLine.parameters["VALUE"]?.uppercased() == "DATE" || endLine.value.count == 8
                length = min(366, max(1, end.dayNumber - start.dayNumber + (isDate ? 0 : 1)))
            }
            var firsts = [start]
            if let rule = property("RRULE") { firsts = repeats(of: start, rule: rule) }
            for first in firsts {
                for offset in 0..<length {
                    if let day = first.addingDays(offset) { holidays.append(Holiday(date: day, name: name)) }
                }
            }
        }

        /// The date of a DTSTART or DTEND value: `20270101` or `20270101T090000Z`.
        mutating func date(_ line: ContentLine) -> CalendarDate? {
            guard let date = Self.basicDate(line.value), line.value.count == 8 || line.value.dropFirst(8).first == "T" else {
                report(.badDate, "'\(line.value)' is not an iCalendar date (\(line.name))",
                       fix: "write YYYYMMDD, as in DTSTART;VALUE=DATE:20270101", line: line.line, column: line.valueColumn)
                return nil
            }
            return date
        }

        /// The date the first eight digits of `value` spell: `20270101`, also in `20270101T090000Z`.
        static func basicDate(_ value: String) -> CalendarDate? {
            let digits = value.prefix(8)
            guard digits.count == 8 else { return nil }
            return CalendarDate(parsing: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
        }

        /// The first days of a yearly event, to 2099; other rules give `start` alone, with a warning.
        mutating func repeats(of start: CalendarDate, rule: ContentLine) -> [CalendarDate] {
            var parts: [String: String] = [:]
            for part in rule.value.split(separator: ";") {
                let pair = part.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { parts[pair[0].uppercased()] = String(pair[1]) }
            }
            let understood: Set<String> = ["FREQ", "COUNT", "UNTIL", "INTERVAL", "WKST"]
            guard parts["FREQ"]?.uppercased() == "YEARLY", Set(parts.keys).isSubset(of: understood) else {
                report(.ignoredRecurrence, "only yearly repeats are followed; this event counts on its first day only",
                       fix: "export the calendar with each holiday as its own event", line: rule.line, column: rule.valueColumn,
                       severity: .warning)
                return [start]
            }
            let interval = max(1, Int(parts["INTERVAL"] ?? "1") ?? 1)
            let count = parts["COUNT"].flatMap { Int($0) } ?? Int.max
            let until = parts["UNTIL"].flatMap(Self.basicDate)
            var days: [CalendarDate] = []
            var year = start.year
            while year <= 2099, days.count < count {
                // A 29 February repeats only in leap years.
                if let day = CalendarDate(year: year, month: start.month, day: start.day) {
                    if let until, day > until { break }
                    days.append(day)
                }
                year += interval
            }
            return days
        }

        /// A TEXT value with its escapes undone: `\,` `\;` `\\` `\n`.
        func unescaped(_ value: String) -> String {
            var output = ""
            var escaping = false
            for character in value {
                if escaping {
                    output.append(character == "n" || character == "N" ? "\n" : character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    output.append(character)
                }
            }
            return output
        }
    }
}
