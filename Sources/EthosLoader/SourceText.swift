import EthosModel

/// The bytes of a philosophy file checked for the format's encoding rules before parsing.
enum SourceText {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The lines of `text` as the YAML reader counts them, so that its line numbers index
    /// them: a line ends at `\n`, `\r\n`, `\r`, U+0085, U+2028 or U+2029.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { character in
            character == "\n" || character == "\r\n" || character == "\r" || character == "\u{85}"
                || character == "\u{2028}" || character == "\u{2029}"
        }
    }

    /// The text of `bytes`, without a leading byte order mark; an `invalid-utf8` diagnostic
    /// at the first bad byte when the bytes are not UTF-8.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        let body = bytes.starts(with: byteOrderMark) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        let offset = firstInvalidOffset(in: body)
        let location = position(ofByte: offset, in: body, file: file)
        return .failure(Diagnostic(.error, .invalidUTF8,
                                   "the file is not valid UTF-8 (bad byte 0x\(String(body[offset], radix: 16, uppercase: true)))",
                                   fix: "save the file as UTF-8", location: location))
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    private static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return index }
            index += length
        }
        return bytes.endIndex - 1
    }

    /// The 1-based line and character column of the byte at `offset`.
    private static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.startIndex..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
