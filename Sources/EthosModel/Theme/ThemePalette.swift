/// The colours of one colour scheme (light or dark) that a theme sets; a role it leaves out
/// keeps the site's built-in colour of that scheme.
public struct ThemePalette: Hashable, Sendable, Codable {
    /// The colours set, by role.
    public var colors: [ThemeColorRole: HexColor]

    /// A palette; `[:]` sets nothing.
    public init(_ colors: [ThemeColorRole: HexColor] = [:]) {
        self.colors = colors
    }

    /// Whether the palette sets no colour.
    public var isEmpty: Bool { colors.isEmpty }

    /// The colour set for `role`, if any.
    public subscript(role: ThemeColorRole) -> HexColor? {
        get { colors[role] }
        set { colors[role] = newValue }
    }

    /// These colours with `other`'s laid over them role by role.
    public func overridden(by other: ThemePalette) -> ThemePalette {
        ThemePalette(colors.merging(other.colors) { _, new in new })
    }

    /// The colour a page shows for `role`: the one set here, else `builtIn`'s.
    public func effective(_ role: ThemeColorRole, over builtIn: ThemePalette) -> HexColor? {
        colors[role] ?? builtIn[role]
    }

    /// The site stylesheet's own light colours (`Templates/style.css.mustache`; a test holds
    /// the two in step), against which a theme's colours are checked.
    public static let builtInLight = ThemePalette([
        .text: HexColor(red: 0x1f, green: 0x23, blue: 0x28), .muted: HexColor(red: 0x57, green: 0x60, blue: 0x6a),
        .background: .white, .accent: HexColor(red: 0x0b, green: 0x5c, blue: 0xad),
        .brand: HexColor(red: 0x0b, green: 0x3d, blue: 0x6e), .brandText: .white,
    ])

    /// The site stylesheet's own dark colours (its `prefers-color-scheme: dark` rules).
    public static let builtInDark = ThemePalette([
        .text: HexColor(red: 0xe6, green: 0xed, blue: 0xf3), .muted: HexColor(red: 0x9d, green: 0xa7, blue: 0xb3),
        .background: HexColor(red: 0x0d, green: 0x11, blue: 0x17), .accent: HexColor(red: 0x6c, green: 0xb6, blue: 0xff),
        .brand: HexColor(red: 0x1c, green: 0x2d, blue: 0x44), .brandText: HexColor(red: 0xf0, green: 0xf6, blue: 0xfc),
    ])

    public init(from decoder: Decoder) throws {
        let map = try decoder.singleValueContainer().decode([ThemeColorRole: HexColor].self)
        self.init(map)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(colors)
    }
}
