import EthosModel
import Foundation

/// An `Encoder` that feeds what a value encodes straight into an ``InputDigest``, for the keys
/// of a site's pages: the same value gives the same digest in every run, as its JSON with
/// sorted keys would, without building the JSON.
///
/// Each nested value is digested on its own (in a frame of its own on one stack) and added to
/// its container as one digest, so values nest as unambiguously as in JSON. A keyed container's entries are combined in an
/// order of no importance (a dictionary's order changes from run to run); an unkeyed
/// container's elements in their order.
///
/// Viewed in one locale, each ``LocalizedText`` is digested as a page of that locale reads
/// it: the text it resolves to and the locale that text is in, so a translation the page
/// does not show changes nothing.
final class DigestEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    /// The locale texts are resolved in, with the philosophy's default; `nil` for every
    /// translation.
    private let view: (locale: LocaleID, defaultLocale: LocaleID)?
    /// What one value encodes: its unkeyed and single values in their order, and its keyed
    /// entries' digests, summed.
    private struct Frame {
        var sequence = InputDigest()
        var entries: UInt128 = 0
    }

    /// The frames of the values being encoded, the innermost last.
    private var frames: [Frame] = []

    private init(view: (locale: LocaleID, defaultLocale: LocaleID)?) {
        self.view = view
    }

    /// The digest of `value`, as it encodes itself.
    static func digest(of value: some Encodable) -> InputDigest {
        DigestEncoder(view: nil).digest(of: value)
    }

    /// The digest of `value` as the pages of `locale` read it: each text resolved in
    /// `locale`, falling back as pages do to `defaultLocale`.
    static func digest(of value: some Encodable, in locale: LocaleID, defaultLocale: LocaleID) -> InputDigest {
        DigestEncoder(view: (locale, defaultLocale)).digest(of: value)
    }

    /// The digest of `value`, encoded in a frame of its own.
    fileprivate func digest(of value: some Encodable) -> InputDigest {
        // The metatype first: a cast that fails costs more than the digest of a short value.
        if let view, type(of: value) == LocalizedText.self, let text = value as? LocalizedText {
            let (string, source) = text.resolution(for: view.locale, defaultLocale: view.defaultLocale)
            var digest = Self.plain("t", string)
            digest.add(source?.tag ?? "")
            return digest
        }
        frames.append(Frame())
        try? value.encode(to: self)
        let frame = frames.removeLast()
        var digest = frame.sequence
        withUnsafeBytes(of: frame.entries) { digest.add($0) }
        return digest
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Unkeyed(encoder: self)
    }

    /// Adds one keyed entry: `key` and the digest of `value`.
    fileprivate func add(_ value: InputDigest, forKey key: String) {
        var entry = InputDigest()
        entry.add(key)
        entry.add(value)
        frames[frames.count - 1].entries &+= entry.value
    }

    /// Adds one value in order.
    fileprivate func add(_ value: InputDigest) {
        frames[frames.count - 1].sequence.add(value)
    }

    /// The digest of one plain value: its type's mark and its text.
    fileprivate static func plain(_ mark: String, _ text: String) -> InputDigest {
        var digest = InputDigest()
        digest.add(mark)
        digest.add(text)
        return digest
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { encoder.add(plain("nil", ""), forKey: key.stringValue) }
        mutating func encode(_ value: Bool, forKey key: Key) { encoder.add(plain("b", value ? "1" : "0"), forKey: key.stringValue) }
        mutating func encode(_ value: String, forKey key: Key) { encoder.add(plain("s", value), forKey: key.stringValue) }
        mutating func encode(_ value: Double, forKey key: Key) { encoder.add(plain("d", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Int, forKey key: Key) { encoder.add(plain("i", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Float, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Int8, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Int16, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Int32, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: Int64, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: UInt, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: UInt8, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: UInt16, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: UInt32, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode(_ value: UInt64, forKey key: Key) { encoder.add(plain("n", "\(value)"), forKey: key.stringValue) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            encoder.add(encoder.digest(of: value), forKey: key.stringValue)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(encoder: encoder)
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    /// An unkeyed container, and a single value's, which adds in order.
    private struct Unkeyed: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        init(encoder: DigestEncoder) {
            self.encoder = encoder
        }

        mutating func encodeNil() { add(plain("nil", "")) }
        mutating func encode(_ value: Bool) { add(plain("b", value ? "1" : "0")) }
        mutating func encode(_ value: String) { add(plain("s", value)) }
        mutating func encode(_ value: Double) { add(plain("d", "\(value)")) }
        mutating func encode(_ value: Int) { add(plain("i", "\(value)")) }
        mutating func encode(_ value: Float) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: Int8) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: Int16) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: Int32) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: Int64) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: UInt) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: UInt8) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: UInt16) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: UInt32) { add(plain("n", "\(value)")) }
        mutating func encode(_ value: UInt64) { add(plain("n", "\(value)")) }
        mutating func encode<T: Encodable>(_ value: T) { add(encoder.digest(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { encoder }

        private mutating func add(_ digest: InputDigest) {
            count += 1
            encoder.add(digest)
        }
    }
}
