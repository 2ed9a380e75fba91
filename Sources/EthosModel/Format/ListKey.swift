/// A key whose value is a list of mappings described by `Item`, such as `values` or `tasks`.
public struct ListKey<Item: FormatKeys>: FormatKeyDeclaration {
    public let key: FormatKey

    /// Describes a key holding a list of `Item` mappings.
    public init(_ name: String, required: Bool = false, _ summary: String? = nil) {
        key = FormatKey(name, .list(.section(Item.id)), required: required, summary)
    }

    public var nestedSections: [FormatSection] { FormatSection.all(from: Item.self) }
}
