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

    /// Adds `bytes` (a `Data`, a byte array, a raw buffer), then a byte no UTF-8 text holds,
    /// so `"ab" + "c"` differs from `"a" + "bc"`.
    package mutating func add(_ bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { add(buffer: $0.bindMemory(to: UInt8.self)) }
    }

    /// Adds a text's UTF-8.
    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: $0) }
    }

    /// Adds another digest's state, as 16 bytes.
    package mutating func add(_ other: InputDigest) {
        withUnsafeBytes(of: other.state) { add($0) }
    }

    /// The digest as a number, for combining digests in an order of no importance.
    package var value: UInt128 { state }

    private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        var state = self.state
        for byte in buffer {
            state ^= UInt128(byte)
            state &*= Self.prime
        }
        self.state = Self.finished(state)
    }

    /// `state` at the end of one addition: followed by a byte no UTF-8 text holds.
    private static func finished(_ state: UInt128) -> UInt128 {
        (state ^ 0xFF) &* prime
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

    /// 32 hexadecimal digits, written nibble by nibble: `String(_:radix:)` divides a 128-bit
    /// number 32 times, and a site has a key for each of thousands of pages.
    package var hex: String {
        let state = self.state
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for index in 0..<32 {
                let nibble = UInt8(truncatingIfNeeded: state >> (124 - 4 * index)) & 0xF
                buffer[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 32
        }
    }
}
