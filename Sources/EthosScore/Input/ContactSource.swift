/// One contact file and the map it is read with.
public struct ContactSource: Hashable, Sendable {
    /// The file's path.
    public var path: String
    /// How problems name the file (default: the path as given).
    public var displayName: String
    /// How its columns are read.
    public var map: ColumnMap

    /// The file at `path`, read with `map`.
    public init(path: String, map: ColumnMap, displayName: String? = nil) {
        self.path = path
        self.map = map
        self.displayName = displayName ?? path
    }
}
