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
    /// Paths the file writes (the `site:` logo's) start from its folder.
    public static func load(path: String, displayName: String? = nil) -> LoadResult {
        let file = displayName ?? path
        switch readBytes(path: path, file: file) {
        case .success(let bytes): return load(bytes: bytes, file: file, format: .current, folder: folder(of: path))
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
    ///
    /// One pipeline, each stage reporting only the problems it owns. The first five turn bytes
    /// into a tree and stop at the first problem, with one error, since nothing later could be
    /// trusted:
    /// 1. the size check: `file-too-large`;
    /// 2. ``SourceText``: `invalid-utf8`;
    /// 3. ``AliasLimit``: `alias-limit`, for aliases in keys and values, counted before Yams
    ///    composes (see there why; for files holding both `&` and `*`, this is a second reading);
    /// 4. ``YAMLTree``, the parse: `yaml-syntax`, `duplicate-key`, `empty-file`;
    /// 5. ``NestingLimit``: `nesting-limit` on the tree.
    ///
    /// The last three go on past a problem, to find them all:
    /// 6. ``PhilosophyReader`` builds the model, reporting each field of the wrong shape once,
    ///    where it is written, and noting it as unread;
    /// 7. ``PhilosophyChecker`` checks the model's meaning (references, units, names,
    ///    translations), skipping the unread fields, whose problem is known already;
    /// 8. ``TranslationMarks`` finds the texts marked `# translate` (`untranslated-copy`).
    static func load(bytes: [UInt8], file: String, format: FileFormat, folder: String? = nil) -> LoadResult {
        let textAndTree = withinSize(bytes, file: file)
            .flatMap { SourceText.decode($0, file: file) }
            .flatMap { text in YAMLTree.read(text, file: file).map { (text, $0) } }
        switch textAndTree {
        case .success(let (text, root)): return read(root, text: text, file: file, format: format, folder: folder)
        case .failure(let diagnostic): return failure(diagnostic, file: file)
        }
    }

    /// Stages 6 and 7: the model and every finding on it, located in the file, with the texts
    /// marked `# translate` in `text` (a warning each, see ``TranslationMarks``).
    private static func read(_ root: Node, text: String, file: String, format: FileFormat, folder: String?) -> LoadResult {
        let reader = NodeReader(file: file)
        var philosophyReader = PhilosophyReader(reader: reader, format: format, folder: folder)
        let philosophy = philosophyReader.read(root)
        var diagnostics = reader.diagnostics
        var marks = TranslationMarks.none
        if let philosophy {
            diagnostics += PhilosophyChecker.check(philosophy, skipping: reader.unread).map(reader.locations.locate)
            marks = TranslationMarks.find(in: text, root: root, philosophy: philosophy, file: file)
            diagnostics += marks.diagnostics
        }
        let sorted = Diagnostic.sortedByPosition(diagnostics)
        let hasErrors = sorted.contains { $0.severity == .error }
        var result = LoadResult(philosophy: hasErrors ? nil : philosophy, diagnostics: sorted, locations: reader.locations)
        result.translationMarks = marks
        return result
    }

    /// The folder holding the file at `path`: `nil` for a file in the working folder.
    static func folder(of path: String) -> String? {
        path.lastIndex(of: "/").map { String(path[...$0]) }
    }

    private static func withinSize(_ bytes: [UInt8], file: String) -> Result<[UInt8], Diagnostic> {
        bytes.count <= maximumFileSize ? .success(bytes) : .failure(tooLarge(bytes.count, file: file))
    }

    private static func readBytes(path: String, file: String) -> Result<[UInt8], Diagnostic> {
        switch FileBytes.read(path: path, limit: maximumFileSize) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(.tooLarge(let size)):
            // Said with the size and a likely cause, as a philosophy this large is a mistake.
            return .failure(tooLarge(size, file: file))
        case .failure(let failure):
            return .failure(failure.diagnostic(file: file, kind: "a philosophy file", limit: "10 MiB"))
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
