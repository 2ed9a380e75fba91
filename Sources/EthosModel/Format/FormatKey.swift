/// One key of a section of the philosophy file: its name, what it holds, whether it is
/// required, and the one-line description editors show for it (from the JSON Schema).
public struct FormatKey: Hashable, Sendable {
    /// The key as the file spells it: `respond-within`.
    public var name: String
    /// What the key holds.
    public var kind: FormatKind
    /// Whether the section is incomplete without it.
    public var isRequired: Bool
    /// The schema's description of the key; `nil` when the kind says enough.
    public var summary: String?

    /// Describes a key.
    public init(_ name: String, _ kind: FormatKind, required: Bool = false, _ summary: String? = nil) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.summary = summary
    }

    /// `lint-ignore`: the key of an item that silences lint rules for itself and what it holds.
    public static let lintIgnore = FormatKey("lint-ignore", .lintIgnore)
}

extension FormatKey: FormatKeyDeclaration {
    public var key: FormatKey { self }
    public var nestedSections: [FormatSection] { [] }
}
