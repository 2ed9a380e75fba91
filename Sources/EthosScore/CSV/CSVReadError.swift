/// Why a CSV file cannot be read. Every case but `unreadable` names the physical 1-based line
/// of the file it is about, counting the newlines inside quoted fields.
public enum CSVReadError: Error, Equatable {
    /// The file cannot be opened or read; `reason` is the system's explanation.
    case unreadable(path: String, reason: String)
    /// The file is not UTF-8: `line` holds its first invalid byte.
    case notUTF8(line: Int)
    /// A quoted field opened on `line` is never closed before the end of the file.
    case unclosedQuote(line: Int)
    /// The record starting at `line` is longer than `limit` bytes (without its line ending),
    /// usually because a stray quote swallowed the rest of the file.
    case recordTooLong(line: Int, limit: Int)
}
