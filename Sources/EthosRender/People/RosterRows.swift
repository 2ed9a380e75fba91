import EthosModel

/// Reads a roster's header and rows one by one, collecting hires and located problems.
struct RosterRows {
    /// Thrown to stop reading after a header the roster cannot be read with.
    struct Stop: Error {}

    /// The columns a roster may have, as written in the docs.
    enum Column: String, CaseIterable {
        case name, email, team, start, manager, buddy, locale
        case managerEmail = "manager_email"
        case buddyEmail = "buddy_email"

        static let required: [Column] = [.name, .team, .start]
    }

    let file: String
    let philosophy: Philosophy
    let workingDays: WorkingDays
    /// Each column's field index, once the header is read.
    var columns: [Column: Int]?
    var entries: [Roster.Entry] = []
    var failedLines: [Int] = []
    var diagnostics: [Diagnostic] = []
    /// The line each hire's identity was first seen on.
    private var seen: [String: Int] = [:]

    init(file: String, philosophy: Philosophy, workingDays: WorkingDays) {
        self.file = file
        self.philosophy = philosophy
        self.workingDays = workingDays
    }

    mutating func report(_ rule: RuleID, _ message: String, fix: String? = nil, line: Int, field: Int,
                         severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity, rule, message, fix: fix,
                                      location: SourceLocation(file: file, line: line, column: field)))
    }

    /// `Manager Email`, `manager-email` and `MANAGER_EMAIL` all name `manager_email`.
    static func normalized(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    /// Reads the header; `false` when a required column is missing.
    mutating func readHeader(_ cells: [String], line: Int) -> Bool {
        var found: [Column: Int] = [:]
        for (index, cell) in cells.enumerated() {
            let name = Self.normalized(cell)
            if let column = Column(rawValue: name), found[column] == nil {
                found[column] = index
            } else if !name.isEmpty {
                let known = Column.allCases.map(\.rawValue)
                let fix = Suggestion.closest(to: name, among: known).map { "did you mean '\($0)'?" }
                    ?? "the columns Ethos reads are \(known.joined(separator: ", "))"
                report(.unknownKey, "column '\(cell)' is not a roster column; it is ignored", fix: fix, line: line, field: index + 1,
                       severity: .warning)
            }
        }
        let missing = Column.required.filter { found[$0] == nil }
        for column in missing {
            report(.missingColumn, "the roster has no '\(column.rawValue)' column",
                   fix: "the header row must name name, team and start; it may add email, manager, buddy, locale, manager_email and buddy_email",
                   line: line, field: 1)
        }
        columns = found
        return missing.isEmpty
    }

    /// Reads one row: an entry when it is good, otherwise its problems and a failed line.
    mutating func read(_ cells: [String], line: Int) {
        guard let columns, cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return }
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        let cell = { (column: Column) in Self.cell(column, of: cells, columns: columns) }
        let name = needed(cell(.name), "hire's name", line: line)
        let team = needed(cell(.team), "team", line: line).flatMap { findTeam($0.text, line: line, field: $0.field) }
        let start = needed(cell(.start), "start date", line: line).flatMap { value -> CalendarDate? in
            guard let date = CalendarDate(parsing: value.text) else {
                report(.badDate, "start '\(value.text)' is not a date", fix: "write YYYY-MM-DD, for example 2027-01-04",
                       line: line, field: value.field)
                return nil
            }
            return date
        }
        let locale = cell(.locale).flatMap { value -> LocaleID? in
            guard !value.text.isEmpty else { return nil }
            let locale = LocaleID(value.text)
            guard philosophy.locales.contains(locale) else {
                let tags = philosophy.locales.map(\.tag)
                report(.unlistedLocale, "locale '\(value.text)' is not one of the philosophy's locales (\(tags.joined(separator: ", ")))",
                       fix: Suggestion.closest(to: value.text, among: tags, caseInsensitive: true).map { "did you mean '\($0)'?" },
                       line: line, field: value.field)
                return nil
            }
            return locale
        }
        let hireEmail = email(cell(.email), line: line)
        let manager = person(cell(.manager), email: cell(.managerEmail), line: line)
        let buddy = person(cell(.buddy), email: cell(.buddyEmail), line: line)
        guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore, let name, let team, let start else {
            failedLines.append(line)
            return
        }
        let hire = NewHire(Person(name: name.text, email: hireEmail), start: start, manager: manager, buddy: buddy)
        if let first = seen[hire.identity] {
            report(.duplicateHire, "\(name.text) is already on line \(first)", fix: "remove one of the two rows",
                   line: line, field: name.field)
            failedLines.append(line)
            return
        }
        seen[hire.identity] = line
        entries.append(Roster.Entry(line: line, hire: moved(hire, line: line), teamIndex: team, locale: locale))
    }

    /// The trimmed text of `column` in `cells` and its field number; `nil` without the column.
    private static func cell(_ column: Column, of cells: [String], columns: [Column: Int]) -> (text: String, field: Int)? {
        guard let index = columns[column] else { return nil }
        return (index < cells.count ? cells[index].trimmingCharacters(in: .whitespaces) : "", index + 1)
    }

    /// `cell` when it holds text; an empty one is an error.
    private mutating func needed(_ cell: (text: String, field: Int)?, _ what: String, line: Int) -> (text: String, field: Int)? {
        guard let cell else { return nil }
        guard !cell.text.isEmpty else {
            report(.emptyValue, "the \(what) is empty", line: line, field: cell.field)
            return nil
        }
        return cell
    }

    /// A manager or buddy from their name and email cells; an email alone names them too.
    private mutating func person(_ name: (text: String, field: Int)?, email emailCell: (text: String, field: Int)?,
                                 line: Int) -> Person? {
        Person.known(name: name?.text, email: email(emailCell, line: line))
    }

    /// The hire starting on the first working day on or after their start, with a warning
    /// naming both dates when that is another day.
    private mutating func moved(_ hire: NewHire, line: Int) -> NewHire {
        guard let first = workingDays.firstWorkingDay(onOrAfter: hire.start), first != hire.start else { return hire }
        let field = (columns?[.start] ?? 0) + 1
        report(.startNotWorkingDay, StartDay.movedMessage(from: hire.start, to: first, workingDays: workingDays),
               line: line, field: field, severity: .warning)
        return hire.starting(on: first)
    }

    /// The position of the team `name` (in any locale, or its slug, in any case).
    private mutating func findTeam(_ name: String, line: Int, field: Int) -> Int? {
        if let index = philosophy.teamIndex(named: name) { return index }
        let names = philosophy.teamNames
        let fix = philosophy.closestTeamName(to: name).map { "did you mean '\($0)'?" }
            ?? (names.isEmpty ? "add the team under 'teams' in the philosophy" : "teams: \(names.joined(separator: ", "))")
        report(.unknownTeam, "team '\(name)' is not in the philosophy", fix: fix, line: line, field: field)
        return nil
    }

    /// The email in `cell`; an implausible one is an error.
    private mutating func email(_ cell: (text: String, field: Int)?, line: Int) -> String? {
        guard let cell, !cell.text.isEmpty else { return nil }
        guard EmailAddress.isPlausible(cell.text) else {
            report(.badEmail, "'\(cell.text)' is not an email address", fix: "write it as name@example.com, or leave the cell empty",
                   line: line, field: cell.field)
            return nil
        }
        return cell.text
    }
}
