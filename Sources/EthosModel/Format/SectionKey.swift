/// A key whose value is a mapping described by `Nested`, such as `journey` or `objective`.
public struct SectionKey<Nested: FormatKeys>: FormatKeyDeclaration {
    public let key: FormatKey

    /// Describes a key holding one `Nested` mapping.
    public init(_ name: String, required: Bool = false, _ summary: String? = nil) {
        key = FormatKey(name, .section(Nested.id), required: required, summary)
    }

    public var nestedSections: [FormatSection] { FormatSection.all(from: Nested.self) }
}
