import Foundation

/// Makes a PDF Chromium printed the same bytes for the same page. Chromium dates every PDF
/// with the time it was printed (`/CreationDate (D:20261202031133+00'00')` and `/ModDate`).
/// Its tagged PDF names the structure elements that table cells point to after the page's
/// DOM nodes (`/ID (node00000063)`, `/Headers [(node00000063)]`), numbers a busy machine
/// sometimes hands out differently for the same page. A page with a relative link would also
/// carry the name of the temporary folder it was printed from. Each is overwritten with a
/// value of the same length, so every byte offset (the cross-reference table's included)
/// stays as it was: the dates with a fixed date, the node numbers with their rank (the
/// smallest becomes 1), which keeps every reference and the order of the ID tree.
enum ReproduciblePDF {
    /// The date every print carries: 2000-01-01 00:00:00 UTC, as packs' zip entries without
    /// a date are.
    static let fixed = Array("D:20000101000000+00'00'".utf8)

    /// `pdf` with fixed dates, and every occurrence of `folderName` (the random part of the
    /// temporary folder's name) replaced with as many zeros.
    static func normalized(_ pdf: Data, folderName: String) -> Data {
        var bytes = [UInt8](pdf)
        let name = Array(folderName.utf8)
        var start = 0
        while let found = firstIndex(of: name, in: bytes, from: start) {
            bytes.replaceSubrange(found..<found + name.count, with: repeatElement(UInt8(ascii: "0"), count: name.count))
            start = found + name.count
        }
        renumberNodes(&bytes)
        for key in ["/CreationDate", "/ModDate"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = firstIndex(of: pattern, in: bytes, from: index) {
                index = found + pattern.count
                // Skip the white space between the key and its string `(D:…)`.
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "(") else { continue }
                var position = index + 1
                var templateIndex = 0
                while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
                    if (0x30...0x39).contains(bytes[position]) {
                        // The template's digits in order; a longer date than the template gets zeros.
                        while templateIndex < fixed.count, !(0x30...0x39).contains(fixed[templateIndex]) { templateIndex += 1 }
                        bytes[position] = templateIndex < fixed.count ? fixed[templateIndex] : UInt8(ascii: "0")
                        templateIndex += 1
                    }
                    position += 1
                }
                index = position
            }
        }
        return Data(bytes)
    }

    /// Replaces the number of every `(nodeNNNNNNNN)` with its rank among them, in as many digits.
    static func renumberNodes(_ bytes: inout [UInt8]) {
        let prefix = Array("(node".utf8)
        var numbers: [(range: Range<Int>, value: UInt64)] = []
        var start = 0
        while let found = firstIndex(of: prefix, in: bytes, from: start) {
            let digitsStart = found + prefix.count
            var end = digitsStart
            while end < bytes.count, (0x30...0x39).contains(bytes[end]), end - digitsStart < 18 { end += 1 }
            start = max(end, digitsStart)
            guard end > digitsStart, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { continue }
            let value = bytes[digitsStart..<end].reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) }
            numbers.append((digitsStart..<end, value))
        }
        let ranks = Dictionary(uniqueKeysWithValues: Set(numbers.map(\.value)).sorted().enumerated().map { ($1, $0 + 1) })
        for number in numbers {
            let digits = Array(String(ranks[number.value]!).utf8)
            guard digits.count <= number.range.count else { continue }
            let padded = Array(repeating: UInt8(ascii: "0"), count: number.range.count - digits.count) + digits
            bytes.replaceSubrange(number.range, with: padded)
        }
    }

    /// The first index at or after `start` where `pattern` begins in `bytes`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
