/// A ``FieldPath`` to a mapping described by `Keys`, whose keys are its members:
/// `FieldPath.standard(2).owner` is `standards[2].owner`, and a misspelt key does not compile.
@dynamicMemberLookup
public struct FormatPath<Keys: FormatKeys>: Hashable, Sendable {
    /// The mapping's own path.
    public let path: FieldPath

    /// The mapping at `path`.
    public init(_ path: FieldPath) {
        self.path = path
    }

    /// The path of a plain key; call it with an index for an item of a list: `kpis(0)`.
    public subscript(dynamicMember member: KeyPath<Keys, FormatKey>) -> FieldPath {
        path.key(Keys.shared[keyPath: member].name)
    }

    /// The path of a key holding a mapping, with that mapping's keys as members.
    public subscript<Nested>(dynamicMember member: KeyPath<Keys, SectionKey<Nested>>) -> FormatPath<Nested> {
        FormatPath<Nested>(path.key(Keys.shared[keyPath: member].key.name))
    }

    /// The path of a key holding a list of mappings; call it with an index for one item.
    public subscript<Item>(dynamicMember member: KeyPath<Keys, ListKey<Item>>) -> FormatListPath<Item> {
        FormatListPath<Item>(path.key(Keys.shared[keyPath: member].key.name))
    }
}
