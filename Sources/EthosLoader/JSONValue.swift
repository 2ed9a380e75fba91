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
        var output: [UInt8] = []
        write(to: &output, depth: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the value as bytes: a scorecard of a thousand teams is a hundred thousand objects,
    /// which string concatenation took seconds for.
    private func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &output)
        case .number(let value):
            output += (value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)).utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let items) where items.isEmpty: output += "[]".utf8
        case .object(let members) where members.isEmpty: output += "{}".utf8
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.newline(&output, depth: depth + 1)
                item.write(to: &output, depth: depth + 1)
                if index < items.count - 1 { output.append(UInt8(ascii: ",")) }
            }
            Self.newline(&output, depth: depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                Self.newline(&output, depth: depth + 1)
                Self.quote(member.key, into: &output)
                output += ": ".utf8
                member.value.write(to: &output, depth: depth + 1)
                if index < sorted.count - 1 { output.append(UInt8(ascii: ",")) }
            }
            Self.newline(&output, depth: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout [UInt8], depth: Int) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case 0x0A: output += #"\n"#.utf8
            case 0x0D: output += #"\r"#.utf8
            case 0x09: output += #"\t"#.utf8
            case ..<0x20:
                let hex = String(byte, radix: 16)
                output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
