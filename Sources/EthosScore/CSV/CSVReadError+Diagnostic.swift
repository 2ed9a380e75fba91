import EthosModel

extension CSVReadError {
    /// The error as a finding located in `file`, as every CSV input reports it: the contact
    /// exports and tables of `ethos score`, and HR's roster.
    package func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .unreadable(_, let reason):
            Diagnostic(.error, .fileUnreadable, "the file cannot be read: \(reason)", location: SourceLocation(file: file, line: 1, column: 1))
        case .notUTF8(let line):
            Diagnostic(.error, .invalidUTF8, "line \(line) is not UTF-8 text",
                       fix: "export the file as UTF-8 (CSV UTF-8 in Excel), or convert it with iconv",
                       location: SourceLocation(file: file, line: line, column: 1))
        case .unclosedQuote(let line):
            Diagnostic(.error, .badCSV, "a quoted field that starts on this line is never closed",
                       location: SourceLocation(file: file, line: line, column: 1))
        case .recordTooLong(let line, let limit):
            Diagnostic(.error, .badCSV, "the record starting on this line is longer than \(limit / 1_048_576) MiB",
                       fix: "a quote that is never closed makes the rest of the file one field",
                       location: SourceLocation(file: file, line: line, column: 1))
        }
    }
}
