/// A text field: either one string for every locale, or a string per locale.
///
/// A translation lookup falls back to the philosophy's default locale, then to the
/// first translation present, so a missing translation never loses content.
public struct LocalizedText: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral,
    CustomStringConvertible {
    /// The text used for every locale, when the field is a plain string.
    public let universal: String?
    /// The translations, when the field is a mapping from locale to string.
    public let translations: [LocaleID: String]

    /// A text used for every locale (`Team Nord`, `24/7`).
    public init(_ universal: String) {
        self.universal = universal
        self.translations = [:]
    }

    /// A text with one string per locale.
    public init(_ translations: [LocaleID: String]) {
        self.universal = nil
        self.translations = translations
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// A text with one string per locale: `["de": "Wir schaffen Glück.", "en": "We create happiness."]`.
    public init(dictionaryLiteral elements: (LocaleID, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The text for `locale`. A missing translation falls back to `defaultLocale`, then to the
    /// locale's language without region (`de` for `de-AT`), then to English, then to the lowest
    /// locale tag present, so the choice is deterministic and content is never lost.
    public func resolved(for locale: LocaleID, defaultLocale: LocaleID) -> String {
        resolution(for: locale, defaultLocale: defaultLocale).text
    }

    /// The text for `locale`, as ``resolved(for:defaultLocale:)`` finds it, and the locale of
    /// the translation it took (`nil` for a plain string, which every locale shares), so a
    /// page can say which language a fallback is in.
    public func resolution(for locale: LocaleID, defaultLocale: LocaleID) -> (text: String, locale: LocaleID?) {
        if let universal { return (universal, nil) }
        // The usual cases first, without making a locale: a page calls this for every text.
        if let text = translations[locale] { return (text, locale) }
        if let text = translations[defaultLocale] { return (text, defaultLocale) }
        for candidate in [LocaleID(locale.language), Self.english] {
            if let text = translations[candidate] { return (text, candidate) }
        }
        guard let first = translations.min(by: { $0.key < $1.key }) else { return ("", nil) }
        return (first.value, first.key)
    }

    private static let english: LocaleID = "en"

    /// Every string the text holds, in locale order.
    public var allStrings: [String] {
        if let universal { return [universal] }
        return translations.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The listed locales the text has no own translation for (empty for a plain string).
    public func missingLocales(in locales: [LocaleID]) -> [LocaleID] {
        guard universal == nil else { return [] }
        return locales.filter { translations[$0] == nil }
    }

    public var description: String { universal ?? allStrings.joined(separator: " / ") }
}

extension LocalizedText: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.init(text)
        } else {
            let map = try container.decode([String: String].self)
            self.init(Dictionary(uniqueKeysWithValues: map.map { (LocaleID($0.key), $0.value) }))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let universal {
            try container.encode(universal)
        } else {
            try container.encode(Dictionary(uniqueKeysWithValues: translations.map { ($0.key.tag, $0.value) }))
        }
    }
}
