/// Reads and writes the plain decimal numbers of the file format (`90`, `1.5`, `-20`),
/// independent of any locale.
package enum PlainNumber {
    /// Parses an optionally signed decimal number without exponent; `nil` for anything else,
    /// and for digits too many to be a finite number.
    package static func parse<S: StringProtocol>(_ text: S) -> Double? {
        var digits = 0
        var sawPoint = false
        for (offset, character) in text.enumerated() {
            switch character {
            case "-" where offset == 0, "+" where offset == 0: continue
            case "0"..."9": digits += 1
            case "." where !sawPoint: sawPoint = true
            default: return nil
            }
        }
        guard digits > 0, let number = Double(String(text)), number.isFinite else { return nil }
        return number
    }

    /// Writes `value` without a trailing `.0` for whole numbers.
    package static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}
