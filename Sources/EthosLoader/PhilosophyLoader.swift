import EthosModel
import Yams

/// Loads philosophy files: YAML to `Philosophy` with every problem located in the file.
///
/// Loading never stops at the first problem: it reads the whole file, checks the model with
/// `PhilosophyChecker` and returns all findings, sorted by position. Files over 10 MiB, alias
/// expansions over 100,000 nodes, nesting over 64 levels and invalid UTF-8 are rejected with
/// one clear error before any of that work.
public enum PhilosophyLoader {
    /// Files larger than this are rejected unread.
    public static let maximumFileSize = 10 * 1_024 * 1_024

    /// Loads the file at `path`; `displayName` is how diagnostics name it (default: `path`).
    public static func load(path: String, displayName: String? = nil) -> LoadResult {
        let file = displayName ?? path
        switch readBytes(path: path, file: file) {
        case .success(let bytes): return load(bytes: bytes, file: file)
        case .failure(let diagnostic): return failure(diagnostic, file: file)
        }
    }

    /// Loads a philosophy from YAML text; `file` names it in diagnostics.
    public static func load(yaml: String, file: String = "philosophy.yml") -> LoadResult {
        load(bytes: Array(yaml.utf8), file: file)
    }

    /// Loads a philosophy from the bytes of a file; `file` names it in diagnostics.
    public static func load(bytes: [UInt8], file: String) -> LoadResult {
        load(bytes: bytes, file: file, format: .current)
    }

    /// Loads a philosophy read against `format`, so a test can show that a key added to a
    /// section's description is accepted.
    static func load(bytes: [UInt8], file: String, format: FileFormat) -> LoadResult {
        guard bytes.count <= maximumFileSize else {
            return failure(tooLarge(bytes.count, file: file), file: file)
        }
        let text: String
        switch SourceText.decode(bytes, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return failure(diagnostic, file: file)
        }
        if let limit = KeyExpansionLimit.check(text, file: file) {
            return failure(limit, file: file)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return failure(Diagnostic(.error, .emptyFile, "the file holds no philosophy",
                                          fix: "run 'ethos init' for a starter file",
                                          location: SourceLocation(file: file, line: 1, column: 1)), file: file)
            }
            root = composed
        } catch {
            return failure(SyntaxError.diagnostic(for: error, text: text, file: file), file: file)
        }
        if let limit = StructureLimits.check(root, file: file) {
            return failure(limit, file: file)
        }
        return read(root, file: file, format: format)
    }

    private static func read(_ root: Node, file: String, format: FileFormat) -> LoadResult {
        let reader = NodeReader(file: file)
        var philosophyReader = PhilosophyReader(reader: reader, format: format)
        let philosophy = philosophyReader.read(root)
        var diagnostics = reader.diagnostics
        if let philosophy {
            let locations = reader.locations
            diagnostics += PhilosophyChecker.check(philosophy)
                .filter { !reader.isNoise($0) }
                .map(locations.locate)
        }
        let sorted = Diagnostic.sortedByPosition(diagnostics)
        let hasErrors = sorted.contains { $0.severity == .error }
        return LoadResult(philosophy: hasErrors ? nil : philosophy, diagnostics: sorted, locations: reader.locations)
    }

    private static func readBytes(path: String, file: String) -> Result<[UInt8], Diagnostic> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        switch FileBytes.read(path: path, limit: maximumFileSize) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(.missing):
            return .failure(Diagnostic(.error, .fileUnreadable, "no such file", location: start))
        case .failure(.directory):
            return .failure(Diagnostic(.error, .fileUnreadable, "this is a directory, not a philosophy file", location: start))
        case .failure(.tooLarge(let size)):
            return .failure(tooLarge(size, file: file))
        case .failure(.unreadable(let reason)):
            return .failure(Diagnostic(.error, .fileUnreadable, "the file cannot be read: \(reason)", location: start))
        }
    }

    /// `size` is `nil` for a stream that was read up to the limit.
    private static func tooLarge(_ size: Int?, file: String) -> Diagnostic {
        let limit = "\(maximumFileSize.formatted) bytes (10 MiB)"
        let message = size.map { "the file is \($0.formatted) bytes; the limit is \(limit)" }
            ?? "the file holds more than the limit of \(limit)"
        return Diagnostic(.error, .fileTooLarge, message,
                          fix: "a philosophy this large is likely generated by mistake; split out what is not philosophy",
                          location: SourceLocation(file: file, line: 1, column: 1))
    }

    private static func failure(_ diagnostic: Diagnostic, file: String) -> LoadResult {
        LoadResult(philosophy: nil, diagnostics: [diagnostic], locations: FieldLocations(file: file))
    }
}
