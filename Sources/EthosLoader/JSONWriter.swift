/// Writes pretty-printed JSON (two-space indentation) straight into bytes, member by member:
/// ``JSONValue`` serializes through it, and a large document (a scorecard of a thousand
/// teams) streams into it without first building a tree of values.
///
/// Members are written in the order given; callers give them in byte order of their keys.
package struct JSONWriter {
    /// A member of an object: its key, and what writes its value.
    package typealias Member = (key: String, write: (inout JSONWriter) -> Void)

    /// What has been written.
    package private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether `<`, `>` and `&` in strings are written as `\u003c`, `\u003e` and `\u0026`, as
    /// ``ScriptSafeJSON`` does, so the JSON can sit inside a web page.
    private let scriptSafe: Bool

    package init(scriptSafe: Bool = false) {
        self.scriptSafe = scriptSafe
    }

    /// An object of the members given (`nil` ones left out).
    package mutating func object(_ members: [Member?]) {
        let present = members.compactMap { $0 }
        guard !present.isEmpty else { return append("{}") }
        append("{")
        depth += 1
        for (index, member) in present.enumerated() {
            newline()
            string(member.key)
            append(": ")
            member.write(&self)
            if index < present.count - 1 { append(",") }
        }
        depth -= 1
        newline()
        append("}")
    }

    /// An array of `elements`, each written by `write`.
    package mutating func array<Element>(_ elements: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        guard !elements.isEmpty else { return append("[]") }
        append("[")
        depth += 1
        for (index, element) in elements.enumerated() {
            newline()
            write(&self, element)
            if index < elements.count - 1 { append(",") }
        }
        depth -= 1
        newline()
        append("]")
    }

    /// A string, with quotes, backslashes and control characters escaped.
    package mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append(#"\""#)
            case UInt8(ascii: "\\"): append(#"\\"#)
            case 0x0A: append(#"\n"#)
            case 0x0D: append(#"\r"#)
            case 0x09: append(#"\t"#)
            case ..<0x20, UInt8(ascii: "<") where scriptSafe, UInt8(ascii: ">") where scriptSafe, UInt8(ascii: "&") where scriptSafe:
                let hex = String(byte, radix: 16)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number: whole numbers without a fraction, others in their shortest form.
    package mutating func number(_ value: Double) {
        append(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// A number, or `null`.
    package mutating func optionalNumber(_ value: Double?) {
        if let value { number(value) } else { append("null") }
    }

    package mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    package mutating func null() { append("null") }

    /// Ends the document with a newline.
    package mutating func finish() { bytes.append(0x0A) }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}
