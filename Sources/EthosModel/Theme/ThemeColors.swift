/// A theme's colours: those of the light scheme, and those of the dark scheme that pages
/// show when the reader's system prefers dark. Each scheme is set on its own; a colour not
/// set keeps that scheme's built-in colour, so a light brand never lands on a dark page.
public struct ThemeColors: Hashable, Sendable, Codable {
    /// The light scheme's colours (`colors:` in the file).
    public var light: ThemePalette
    /// The dark scheme's colours (`colors: dark:`).
    public var dark: ThemePalette

    /// Colours for both schemes; none by default.
    public init(light: ThemePalette = ThemePalette(), dark: ThemePalette = ThemePalette()) {
        self.light = light
        self.dark = dark
    }

    /// Whether no colour is set in either scheme.
    public var isEmpty: Bool { light.isEmpty && dark.isEmpty }

    /// These colours with `other`'s laid over them, role by role in each scheme.
    public func overridden(by other: ThemeColors) -> ThemeColors {
        ThemeColors(light: light.overridden(by: other.light), dark: dark.overridden(by: other.dark))
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let dark = Key(stringValue: "dark")
    }

    // Encoded as the file writes it: the light colours by role, with `dark` beside them.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var light = ThemePalette()
        for role in ThemeColorRole.allCases {
            light[role] = try container.decodeIfPresent(HexColor.self, forKey: Key(stringValue: role.rawValue))
        }
        self.init(light: light, dark: try container.decodeIfPresent(ThemePalette.self, forKey: .dark) ?? ThemePalette())
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for role in ThemeColorRole.allCases {
            try container.encodeIfPresent(light[role], forKey: Key(stringValue: role.rawValue))
        }
        if !dark.isEmpty { try container.encode(dark, forKey: .dark) }
    }
}
