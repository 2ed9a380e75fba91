/// A field of a philosophy, named the way the file spells it: `values[2].kpis[0]`.
///
/// Checks on the model report paths; the loader turns them into file locations.
public struct FieldPath: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path text; empty for the top level.
    public let text: String

    /// The whole philosophy.
    public static let root = FieldPath(text: "")

    private init(text: String) {
        self.text = text
    }

    /// The field `key` of this mapping.
    public func key(_ key: String) -> FieldPath {
        FieldPath(text: text.isEmpty ? key : "\(text).\(key)")
    }

    /// The `index`-th item of this list, counted from 0.
    public func index(_ index: Int) -> FieldPath {
        FieldPath(text: "\(text)[\(index)]")
    }

    /// The enclosing field, or `nil` at the top level.
    public var parent: FieldPath? {
        guard !text.isEmpty else { return nil }
        guard let cut = text.lastIndex(where: { $0 == "." || $0 == "[" }) else { return .root }
        return FieldPath(text: String(text[..<cut]))
    }

    public var description: String { text }

    public init(from decoder: Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
