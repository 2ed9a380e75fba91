/// A ``FieldPath`` to a list of mappings described by `Item`: `FieldPath.philosophy.values`.
public struct FormatListPath<Item: FormatKeys>: Hashable, Sendable {
    /// The list's own path.
    public let path: FieldPath

    /// The list at `path`.
    public init(_ path: FieldPath) {
        self.path = path
    }

    /// The `index`-th item, counted from 0: `values[2]`.
    public func callAsFunction(_ index: Int) -> FormatPath<Item> {
        FormatPath(path.index(index))
    }
}
