import Foundation

/// A digest of the inputs a page is made from (128-bit FNV-1a), so a rebuild can tell which
/// pages would come out the same without making them.
///
/// Two different inputs could in theory share a digest; for 128 bits over a site's pages that
/// is far less likely than a disk error. It is no defence against someone who crafts inputs
/// to collide, who could as well edit the built site.
package struct InputDigest: Sendable {
    private var state: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013b

    /// An empty digest.
    package init() {}

    /// Adds `bytes`, then a byte no UTF-8 text holds, so `"ab" + "c"` differs from `"a" + "bc"`.
    package mutating func add(_ bytes: some Sequence<UInt8>) {
        var state = self.state
        for byte in bytes {
            state ^= UInt128(byte)
            state &*= Self.prime
        }
        state ^= 0xFF
        state &*= Self.prime
        self.state = state
    }

    /// Adds a text's UTF-8.
    package mutating func add(_ text: String) {
        add(text.utf8)
    }

    /// Adds everything `value` holds, found by reflection: every stored property, element and
    /// case, with the entries of dictionaries and sets in a fixed order. A field added to a
    /// type later is part of the digest without anyone listing it here.
    package mutating func add(reflecting value: Any) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary?, .set?:
            // Their order changes from run to run: add the entries' digests sorted.
            let entries = mirror.children.map { child in
                var entry = InputDigest()
                entry.add(reflecting: child.value)
                return entry.hex
            }.sorted()
            add("{")
            for entry in entries { add(entry) }
            add("}")
        default:
            guard !mirror.children.isEmpty else {
                add(String(describing: value))
                return
            }
            add("(\(mirror.subjectType)")
            for child in mirror.children {
                add(child.label ?? "")
                add(reflecting: child.value)
            }
            add(")")
        }
    }

    /// 32 hexadecimal digits.
    package var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 32 - digits.count) + digits
    }
}
