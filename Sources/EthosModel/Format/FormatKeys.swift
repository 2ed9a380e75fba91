/// The declaration of one section of the philosophy file: a struct whose stored properties are
/// its keys, in file order (``FormatKey``, ``SectionKey`` or ``ListKey``).
///
/// Declaring a property is the whole declaration of a key: the reader's allowed and required
/// keys, the JSON Schema, the documentation test and the typed paths (``FormatPath``) all read it.
public protocol FormatKeys: Sendable {
    /// Which section this is.
    static var id: FormatSectionID { get }
    /// How messages name one such mapping: `a value`, `the journey`.
    static var what: String { get }
    /// The schema's description of the whole section; `nil` for none.
    static var summary: String? { get }
    /// Groups of keys of which exactly one must be written (an objective's forms); empty when
    /// the keys combine freely.
    static var forms: [[String]] { get }
    /// Whether the schema names the section under `$defs` rather than writing it in place.
    static var isSchemaDefinition: Bool { get }
    /// The declared keys, built once.
    static var shared: Self { get }
}

extension FormatKeys {
    public static var summary: String? { nil }
    public static var forms: [[String]] { [] }
    public static var isSchemaDefinition: Bool { true }
}
