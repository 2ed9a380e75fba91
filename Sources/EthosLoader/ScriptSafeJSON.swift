import Foundation

/// JSON that is safe to place inside an HTML page or serve where a browser might sniff it:
/// `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, as many JSON encoders do
/// for the web. They can only occur inside strings, where the escape means the same character,
/// so every JSON reader sees the same document.
package enum ScriptSafeJSON {
    /// `json` with `<`, `>` and `&` escaped.
    package static func escaping(_ json: Data) -> Data {
        // Into an array first: appending to `Data` a byte at a time took a second for a
        // large scorecard.
        var output: [UInt8] = []
        output.reserveCapacity(json.count)
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: Array(#"\u003c"#.utf8))
            case UInt8(ascii: ">"): output.append(contentsOf: Array(#"\u003e"#.utf8))
            case UInt8(ascii: "&"): output.append(contentsOf: Array(#"\u0026"#.utf8))
            default: output.append(byte)
            }
        }
        return Data(output)
    }
}
