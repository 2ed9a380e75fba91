/// Turns a view model into the dictionaries, lists, texts and flags Mustache reads, by
/// reflection: a struct becomes an object keyed by its stored properties' names.
enum MustacheValues {
    /// `model`'s stored properties by name, absent optionals left out.
    static func object(_ model: Any) -> [String: Any] {
        var object: [String: Any] = [:]
        for child in Mirror(reflecting: model).children {
            if let name = child.label, let value = value(child.value) { object[name] = value }
        }
        return object
    }

    /// `value` as Mustache reads it; `nil` for an absent optional.
    private static func value(_ value: Any) -> Any? {
        switch value {
        // Texts and lists of texts as they are: `sorted` needs the list's elements comparable.
        case let text as String: return text
        case let flag as Bool: return flag
        case let texts as [String]: return texts
        case let labels as Labels: return labels.text
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.flatMap { Self.value($0.value) }
        case .collection: return mirror.children.compactMap { Self.value($0.value) }
        default: return object(value)
        }
    }
}
