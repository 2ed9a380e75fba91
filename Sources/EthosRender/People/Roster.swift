import EthosModel
import EthosScore

/// HR's list of new hires, read from a CSV file with a header row: one onboarding pack per row.
///
/// Columns (in any order, names in any case, `_`, `-` or a space between words):
/// `name`, `team` and `start` are required; `email`, `manager`, `buddy`, `locale`,
/// `manager_email` and `buddy_email` may be there. Other columns are ignored with a warning.
///
/// Each row is checked on its own, and a bad row never stops the others: its problems are
/// located as `file:line:column` (the column counts fields from 1), and the row is left out.
public struct Roster: Sendable {
    /// A row that makes a pack.
    public struct Entry: Sendable, Hashable {
        /// The line the row starts on.
        public let line: Int
        /// The hire, with their start moved to a working day.
        public let hire: NewHire
        /// The position of their team in the philosophy's `teams`.
        public let teamIndex: Int
        /// The locale the row asks for; `nil` when the cell is empty.
        public let locale: LocaleID?
    }

    /// The rows that make packs, in file order.
    public let entries: [Entry]
    /// The lines of the rows left out because of an error.
    public let failedLines: [Int]
    /// Every problem, errors and warnings, in file order.
    public let diagnostics: [Diagnostic]

    /// Whether the file could not be read as a roster at all (no header with the required
    /// columns, not CSV): then no row was read.
    public var isUnreadable: Bool { entries.isEmpty && failedLines.isEmpty && diagnostics.contains { $0.severity == .error } }

    /// Reads the roster at `path` for `philosophy`; `displayName` names it in messages and
    /// `holidays` are days off beyond the philosophy's own, for moving starts to working days.
    public static func read(path: String, displayName: String? = nil, philosophy: Philosophy,
                            holidays: [Holiday] = []) -> Roster {
        let name = displayName ?? path
        do {
            return try read(CSVReader(path: path), file: name, philosophy: philosophy, holidays: holidays)
        } catch {
            return Roster(entries: [], failedLines: [], diagnostics: [error.diagnostic(file: name)])
        }
    }

    /// Reads a roster from `bytes`; `file` names it in messages.
    public static func parse(_ bytes: [UInt8], file: String, philosophy: Philosophy, holidays: [Holiday] = []) -> Roster {
        read(CSVReader(bytes: bytes), file: file, philosophy: philosophy, holidays: holidays)
    }

    private static func read(_ reader: CSVReader, file: String, philosophy: Philosophy, holidays: [Holiday]) -> Roster {
        var rows = RosterRows(file: file, philosophy: philosophy, workingDays: WorkingDays(philosophy.calendar, extraHolidays: holidays))
        do {
            try reader.forEachRecord { record in
                let cells = (0..<record.count).map { record.string(at: $0) }
                if rows.columns == nil {
                    guard rows.readHeader(cells, line: record.line) else { throw RosterRows.Stop() }
                } else {
                    rows.read(cells, line: record.line)
                }
            }
            if rows.columns == nil {
                rows.report(.missingColumn, "the roster is empty: it needs a header row naming name, team and start",
                            line: 1, field: 1)
            }
        } catch let error as CSVReadError {
            // The rest of the file cannot be read: the rows read so far stand, and the place
            // reading stopped counts as a failed row.
            let problem = error.diagnostic(file: file)
            rows.diagnostics.append(problem)
            if rows.columns != nil, let line = problem.location?.line { rows.failedLines.append(line) }
        } catch {
            // Only RosterRows.Stop is left: the header said the rows cannot be read.
        }
        return Roster(entries: rows.entries, failedLines: rows.failedLines, diagnostics: rows.diagnostics)
    }
}
