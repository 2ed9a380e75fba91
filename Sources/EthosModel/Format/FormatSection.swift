/// One section of the philosophy file as data: the keys a mapping may hold, which of them it
/// needs, and how the schema and messages describe it.
///
/// Sections come from their ``FormatKeys`` declarations; ``FileFormat`` holds them all.
public struct FormatSection: Hashable, Sendable {
    /// Which section this is.
    public var id: FormatSectionID
    /// How messages name one such mapping: `a value`.
    public var what: String
    /// The keys in file order.
    public var keys: [FormatKey]
    /// The schema's description of the whole section.
    public var summary: String?
    /// Groups of keys of which exactly one must be written; empty when keys combine freely.
    public var forms: [[String]]
    /// Whether the schema names the section under `$defs`.
    public var isSchemaDefinition: Bool

    /// The section `Keys` declares.
    public init<Keys: FormatKeys>(_ keys: Keys.Type) {
        id = Keys.id
        what = Keys.what
        // The stored properties of the declaration, in declaration order, are the keys: one
        // property is the whole declaration of a key.
        self.keys = Mirror(reflecting: Keys.shared).children.compactMap { ($0.value as? any FormatKeyDeclaration)?.key }
        summary = Keys.summary
        forms = Keys.forms
        isSchemaDefinition = Keys.isSchemaDefinition
    }

    /// The names of every key, in file order.
    public var allowed: [String] { keys.map(\.name) }

    /// The names of the keys every such mapping must have.
    public var required: [String] { keys.filter(\.isRequired).map(\.name) }

    /// Whether items of this section take a `lint-ignore` list.
    public var takesLintIgnore: Bool { keys.contains { $0.kind == .lintIgnore } }

    /// The key called `name`, if the section has one.
    public subscript(name: String) -> FormatKey? {
        keys.first { $0.name == name }
    }

    /// The section `Keys` declares followed by every section nested in it.
    static func all<Keys: FormatKeys>(from keys: Keys.Type) -> [FormatSection] {
        let declarations = Mirror(reflecting: Keys.shared).children.compactMap { $0.value as? any FormatKeyDeclaration }
        return [FormatSection(keys)] + declarations.flatMap(\.nestedSections)
    }
}
