/// Numbers, whole numbers and yes/no cells, read from bytes without making strings.
enum NumberCell {
    /// A decimal number with `.` as the decimal mark (`12`, `-3.5`, `4.0`, `.5`); no exponent,
    /// no thousands separator.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var whole: Int64 = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            guard digits < 15 else { return nil }
            whole = whole * 10 + Int64(bytes[index] - 48)
            digits += 1
            index += 1
        }
        var fraction: Int64 = 0
        var scale: Int64 = 1
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if scale < 1_000_000_000_000 {
                    fraction = fraction * 10 + Int64(bytes[index] - 48)
                    scale *= 10
                }
                digits += 1
                index += 1
            }
        }
        guard digits > 0, index == bytes.count else { return nil }
        let value = Double(whole) + Double(fraction) / Double(scale)
        return negative ? -value : value
    }

    /// A whole number, also written with a zero fraction (`4.0`, as pandas writes an integer
    /// column with gaps).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let value = number(bytes), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// `true/false`, `yes/no`, `1/0`, in any case.
    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch lowercasedASCII(bytes) {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }

    /// The cell in lower case, when it is short ASCII (booleans and spellings are).
    private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 64 else { return nil }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
