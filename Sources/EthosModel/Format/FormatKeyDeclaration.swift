/// A property of a ``FormatKeys`` type: a plain ``FormatKey``, or a ``SectionKey`` or
/// ``ListKey`` that also names the section its value is described by.
public protocol FormatKeyDeclaration: Sendable {
    /// The key it declares.
    var key: FormatKey { get }
    /// The sections its value is made of, nested ones included; empty for a plain key.
    var nestedSections: [FormatSection] { get }
}
