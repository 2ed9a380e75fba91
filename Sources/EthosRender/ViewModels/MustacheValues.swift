/// Encodes a view model into the dictionaries, lists, texts and flags Mustache reads: a
/// struct becomes an object keyed by its stored properties' names (its synthesized
/// `CodingKeys`), an absent optional is left out.
///
/// An `Encoder` rather than reflection: the synthesized `encode(to:)` is compiled for each
/// struct, where `Mirror` looks up type metadata for every field of every render.
enum MustacheValues {
    /// `model`'s stored properties by name, absent optionals left out.
    static func object(_ model: some Encodable) -> [String: Any] {
        value(model) as? [String: Any] ?? [:]
    }

    /// `value` as Mustache reads it.
    fileprivate static func value<Value: Encodable>(_ value: Value) -> Any {
        // A site page's chrome has dozens of links; the general encoder makes a container for
        // each. Built directly they are the same objects (a test compares the two), faster.
        if Value.self == [NavigationLink].self {
            return (value as! [NavigationLink]).map { $0.mustacheObject as Any }
        }
        if Value.self == [SidebarSection].self {
            return (value as! [SidebarSection]).map { $0.mustacheObject as Any }
        }
        // Texts, lists of texts and the labels as they are: `sorted` needs a list's elements
        // comparable. Known by their type, which costs no dynamic cast.
        if Value.self == String.self || Value.self == Bool.self || Value.self == [String].self
            || Value.self == [String: String].self {
            return value
        }
        return encoded(value)
    }

    /// `value` through the general encoder, as every value without a shortcut above is.
    static func encoded<Value: Encodable>(_ value: Value) -> Any {
        let encoder = Encoder()
        // The containers below never throw.
        try? value.encode(to: encoder)
        return encoder.value ?? [String: Any]()
    }

    /// The encoder of one value; each nested value gets its own.
    private final class Encoder: Swift.Encoder {
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]
        // What was encoded: an object, a list, or a single value.
        var object: [String: Any]?
        var list: [Any]?
        var single: Any?

        var value: Any? {
            if let object { return object }
            if let list { return list }
            return single
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if object == nil { object = [:] }
            return KeyedEncodingContainer(Object<Key>(encoder: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if list == nil { list = [] }
            return List(encoder: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }
    }

    private struct Object<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: Encoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            encoder.object?[key.stringValue] = MustacheValues.value(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("view models encode nested values as values of their own")
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            preconditionFailure("view models encode nested values as values of their own")
        }

        mutating func superEncoder() -> any Swift.Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder { encoder }
    }

    private struct List: UnkeyedEncodingContainer {
        let encoder: Encoder
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoder.list?.count ?? 0 }

        mutating func encodeNil() {}

        mutating func encode<T: Encodable>(_ value: T) {
            encoder.list?.append(MustacheValues.value(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("view models encode nested values as values of their own")
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            preconditionFailure("view models encode nested values as values of their own")
        }

        mutating func superEncoder() -> any Swift.Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: Encoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() {}

        mutating func encode<T: Encodable>(_ value: T) {
            encoder.single = MustacheValues.value(value)
        }
    }
}
