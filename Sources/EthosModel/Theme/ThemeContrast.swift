/// A text colour and the background it stands on that, in one colour scheme of a theme, fall
/// short of WCAG AA, with a nearby colour that passes.
public struct ThemeContrast: Hashable, Sendable {
    /// Which scheme: `false` for light, `true` for dark.
    public let isDark: Bool
    /// The text colour's role and colour.
    public let foreground: ThemeColorRole, foregroundColor: HexColor
    /// The background's role and colour.
    public let background: ThemeColorRole, backgroundColor: HexColor
    /// The pair's contrast ratio, below ``ThemeColorRole/minimumContrast``.
    public let ratio: Double
    /// The role whose colour the suggestion replaces: one the theme set, the text if it set both.
    public let adjusted: ThemeColorRole
    /// The colour closest to the one `adjusted` has that reaches the minimum.
    public let suggestion: HexColor

    /// The pairs that fall short in `palette` (one scheme of a theme) over `builtIn` (that
    /// scheme's own colours). Only pairs the palette sets a colour of are checked: the
    /// built-in colours pass by themselves.
    public static func problems(in palette: ThemePalette, over builtIn: ThemePalette, isDark: Bool) -> [ThemeContrast] {
        ThemeColorRole.readablePairs.compactMap { foreground, background in
            guard palette[foreground] != nil || palette[background] != nil,
                  let text = palette.effective(foreground, over: builtIn),
                  let ground = palette.effective(background, over: builtIn) else { return nil }
            let ratio = text.contrast(with: ground)
            guard ratio < ThemeColorRole.minimumContrast else { return nil }
            let adjustsText = palette[foreground] != nil
            let suggestion = adjustsText ? passing(from: text, against: ground) : passing(from: ground, against: text)
            return ThemeContrast(isDark: isDark, foreground: foreground, foregroundColor: text, background: background,
                                 backgroundColor: ground, ratio: ratio, adjusted: adjustsText ? foreground : background,
                                 suggestion: suggestion)
        }
    }

    /// The problems of both schemes of `colors`.
    public static func problems(in colors: ThemeColors) -> [ThemeContrast] {
        problems(in: colors.light, over: .builtInLight, isDark: false)
            + problems(in: colors.dark, over: .builtInDark, isDark: true)
    }

    /// The ratio as people write it, to two decimals: `4.48:1`. A ratio just short of the
    /// minimum is never shown as reaching it (4.497 is `4.49:1`).
    public static func formatted(_ ratio: Double) -> String {
        var hundredths = Int((ratio * 100).rounded())
        let minimum = Int(ThemeColorRole.minimumContrast * 100)
        if ratio < ThemeColorRole.minimumContrast, hundredths >= minimum { hundredths = minimum - 1 }
        let decimals = hundredths % 100
        return "\(hundredths / 100).\(decimals < 10 ? "0" : "")\(decimals):1"
    }

    /// `color` moved the least distance towards black or white that reaches the minimum
    /// against `other`; black or white itself when nothing nearer does.
    public static func passing(from color: HexColor, against other: HexColor) -> HexColor {
        let candidates = [HexColor.black, .white].compactMap { target -> (share: Int, color: HexColor)? in
            // Steps of a quarter per cent: finer than one step of an 8-bit channel.
            guard let share = (1...400).first(where: {
                color.mixed(with: target, share: Double($0) / 400).contrast(with: other) >= ThemeColorRole.minimumContrast
            }) else { return nil }
            return (share, color.mixed(with: target, share: Double(share) / 400))
        }
        return candidates.min { $0.share < $1.share }?.color
            ?? (HexColor.black.contrast(with: other) >= HexColor.white.contrast(with: other) ? .black : .white)
    }
}
