import Foundation
import EthosModel

/// A small CSV table with named columns (`--surveys`, `--actuals`), read row by row with each
/// cell as text.
struct TableFile {
    let path: String
    let file: String
    /// The columns read, matched to the header case-insensitively.
    let columns: [String]
    /// The columns the header may lack (their cells read as empty).
    let optional: Set<String>

    /// One row, with its cells by column name.
    struct Row {
        let line: Int
        fileprivate let cells: [String: String]
        fileprivate let positions: [String: Int]

        /// The cell of `column`, trimmed; empty when the file has no such column.
        subscript(column: String) -> String { cells[column] ?? "" }

        /// The 1-based field number of `column`.
        func column(_ column: String) -> Int { (positions[column] ?? 0) + 1 }
    }

    /// Calls `body` with each row; a row with the wrong number of fields goes to `onRowProblem`.
    /// Throws for a file that cannot be read or lacks a column.
    func forEachRow(_ body: (Row) throws -> Void, onRowProblem: (Diagnostic) -> Void) throws(Diagnostic) {
        var positions: [String: Int]?
        var width = 0
        do {
            try CSVReader(path: path).forEachRecord { record in
                guard let known = positions else {
                    let header = (0..<record.count).map { record.string(at: $0).trimmingCharacters(in: .whitespaces).lowercased() }
                    var found: [String: Int] = [:]
                    for column in columns {
                        if let index = header.firstIndex(of: column) {
                            found[column] = index
                        } else if !optional.contains(column) {
                            throw Diagnostic(.error, .missingColumn, "the header has no column '\(column)'",
                                             fix: Suggestion.closest(to: column, among: header, caseInsensitive: true).map { "did you mean '\($0)'?" }
                                                 ?? "the columns are: \(columns.joined(separator: ", "))",
                                             location: SourceLocation(file: file, line: record.line, column: 1))
                        }
                    }
                    positions = found
                    width = record.count
                    return
                }
                guard record.count == width else {
                    onRowProblem(Diagnostic(.error, .fieldCount, "the record has \(record.count) fields; the header has \(width)",
                                            location: SourceLocation(file: file, line: record.line, column: 1)))
                    return
                }
                var cells: [String: String] = [:]
                for (column, index) in known {
                    cells[column] = record.string(at: index).trimmingCharacters(in: .whitespaces)
                }
                try body(Row(line: record.line, cells: cells, positions: known))
            }
        } catch let error as CSVReadError {
            throw error.diagnostic(file: file)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(.error, .fileUnreadable, "\(error)", location: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
