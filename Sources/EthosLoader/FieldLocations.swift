import EthosModel

/// Where each field of a loaded philosophy was written in its file.
public struct FieldLocations: Sendable {
    /// The file the locations point into.
    public let file: String
    /// Where each field was first recorded: a table per reader, in the order they read (the
    /// readers of a long list's runs are taken whole, not copied entry by entry).
    private var tables: [[FieldPath: SourceLocation]] = [[:]]

    init(file: String) {
        self.file = file
    }

    mutating func record(_ path: FieldPath, _ location: SourceLocation) {
        guard !tables.contains(where: { $0[path] != nil }) else { return }
        tables[tables.count - 1][path] = location
    }

    /// Takes `later`'s locations, recorded after this one's: where both have a path, the
    /// first recorded stays.
    mutating func append(_ later: FieldLocations) {
        tables += later.tables
    }

    /// The location of `path`, or of its nearest enclosing field that has one; the file's
    /// first line when none does.
    public func location(of path: FieldPath) -> SourceLocation {
        var current: FieldPath? = path
        while let candidate = current {
            for table in tables {
                if let location = table[candidate] { return location }
            }
            current = candidate.parent
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    /// `diagnostic` with its location, and that of the earlier field it names, filled in from
    /// their paths.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        var located = diagnostic
        located.location = location(of: diagnostic.path)
        located.earlierLocation = diagnostic.earlier.map(location(of:))
        return located
    }
}
