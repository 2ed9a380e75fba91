/// A JSON document built in code and written with sorted keys, so the same value always gives
/// the same bytes.
public indirect enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// Pretty-printed JSON with two-space indentation and keys in byte order.
    public func serialized() -> String {
        var writer = JSONWriter()
        write(to: &writer)
        writer.finish()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let text): writer.string(text)
        case .number(let value): writer.number(value)
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        case .array(let items): writer.array(items) { writer, item in item.write(to: &writer) }
        case .object(let members):
            writer.object(members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { member in
                (member.key, { member.value.write(to: &$0) })
            })
        }
    }
}
