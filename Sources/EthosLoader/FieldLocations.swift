import EthosModel

/// Where each field of a loaded philosophy was written in its file.
public struct FieldLocations: Sendable {
    /// The file the locations point into.
    public let file: String
    private var locations: [FieldPath: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func record(_ path: FieldPath, _ location: SourceLocation) {
        if locations[path] == nil { locations[path] = location }
    }

    /// The location of `path`, or of its nearest enclosing field that has one; the file's
    /// first line when none does.
    public func location(of path: FieldPath) -> SourceLocation {
        var current: FieldPath? = path
        while let candidate = current {
            if let location = locations[candidate] { return location }
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
