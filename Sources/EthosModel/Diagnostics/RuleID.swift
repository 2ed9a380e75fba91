/// The stable id of a check, printed in brackets after each message: `[unknown-key]`.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A rule id written as a literal: `"value-cliche"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    // Reading the file.
    /// The file cannot be read: missing, a directory, or no permission.
    public static let fileUnreadable = RuleID(rawValue: "file-unreadable")
    /// The file is over 10 MiB.
    public static let fileTooLarge = RuleID(rawValue: "file-too-large")
    /// The file is not valid UTF-8.
    public static let invalidUTF8 = RuleID(rawValue: "invalid-utf8")
    /// The file holds no document.
    public static let emptyFile = RuleID(rawValue: "empty-file")
    /// The YAML itself is malformed.
    public static let yamlSyntax = RuleID(rawValue: "yaml-syntax")
    /// A mapping names the same key twice.
    public static let duplicateKey = RuleID(rawValue: "duplicate-key")
    /// Aliases expand to more than 100,000 nodes.
    public static let aliasLimit = RuleID(rawValue: "alias-limit")
    /// Nesting is deeper than 64 levels.
    public static let nestingLimit = RuleID(rawValue: "nesting-limit")

    // Shape.
    /// `ethos:` names a format version this tool does not read.
    public static let unsupportedVersion = RuleID(rawValue: "unsupported-version")
    /// A key the format does not define.
    public static let unknownKey = RuleID(rawValue: "unknown-key")
    /// A required key is absent.
    public static let missingKey = RuleID(rawValue: "missing-key")
    /// A field has the wrong type (a list where text belongs ...).
    public static let wrongType = RuleID(rawValue: "wrong-type")
    /// A required text or name is empty.
    public static let emptyValue = RuleID(rawValue: "empty-value")

    // Scalars.
    /// Not a duration such as `2m`.
    public static let badDuration = RuleID(rawValue: "bad-duration")
    /// Not a percentage such as `90%` or `0.9`.
    public static let badPercent = RuleID(rawValue: "bad-percent")
    /// Not a window (a duration or `day`, `week`, `month`, `quarter`, `year`).
    public static let badWindow = RuleID(rawValue: "bad-window")
    /// Not a BCP 47 locale tag.
    public static let badLocale = RuleID(rawValue: "bad-locale")
    /// Not a `YYYY-MM-DD` date.
    public static let badDate = RuleID(rawValue: "bad-date")
    /// Not a phase (`day-N`, `week-N`).
    public static let badPhase = RuleID(rawValue: "bad-phase")
    /// Not a number.
    public static let badNumber = RuleID(rawValue: "bad-number")
    /// Not one of the allowed words (units, directions, channel kinds).
    public static let badChoice = RuleID(rawValue: "bad-choice")
    /// A KPI range whose lower end is above its upper end.
    public static let badRange = RuleID(rawValue: "bad-range")

    // Objectives.
    /// An objective without exactly one form.
    public static let objectiveForm = RuleID(rawValue: "objective-form")
    /// An objective value of the wrong unit for its KPI.
    public static let objectiveUnit = RuleID(rawValue: "objective-unit")
    /// A target outside the KPI's valid range.
    public static let targetOutOfRange = RuleID(rawValue: "target-out-of-range")

    // References.
    /// A KPI id that is neither built in nor declared.
    public static let unknownKPI = RuleID(rawValue: "unknown-kpi")
    /// A channel name that no channel has.
    public static let unknownChannel = RuleID(rawValue: "unknown-channel")
    /// A team name that no team has.
    public static let unknownTeam = RuleID(rawValue: "unknown-team")
    /// A task phase that is not among the onboarding phases.
    public static let unknownPhase = RuleID(rawValue: "unknown-phase")

    // Uniqueness.
    /// Two values, teams or channels with the same name.
    public static let duplicateName = RuleID(rawValue: "duplicate-name")
    /// Two KPIs, standards or phases with the same id, or two revisions with the same version.
    public static let duplicateID = RuleID(rawValue: "duplicate-id")
    /// Two names that become the same slug, so their pages would collide.
    public static let duplicateSlug = RuleID(rawValue: "duplicate-slug")

    // Locales.
    /// A text lacks a translation for a listed locale (warning).
    public static let translationMissing = RuleID(rawValue: "translation-missing")
    /// A text is marked `# translate`: a copy published untranslated (warning).
    public static let untranslatedCopy = RuleID(rawValue: "untranslated-copy")
    /// A text names a locale that `locales` does not list.
    public static let unlistedLocale = RuleID(rawValue: "unlisted-locale")
    /// `locales` lists a locale twice.
    public static let duplicateLocale = RuleID(rawValue: "duplicate-locale")
    /// `locales` names a country code or `no` where a language was meant (`no` for `nb`).
    public static let mistakenLocale = RuleID(rawValue: "mistaken-locale")
    /// A locale tag written in unusual case (`NB` for `nb`); it is read as the usual one.
    public static let localeCase = RuleID(rawValue: "locale-case")

    // Labels and revisions.
    /// A supplied label whose `{placeholders}` differ from the built-in label's.
    public static let labelPlaceholders = RuleID(rawValue: "label-placeholders")
    /// A listed locale without built-in labels lacks supplied ones: they are shown in English (warning).
    public static let labelsFallback = RuleID(rawValue: "labels-fallback")
    /// A revision dated before the one above it, or taking effect before its own date.
    public static let revisionOrder = RuleID(rawValue: "revision-order")

    // The site's theme (`site:` or `--theme`).
    /// A colour that is not `#rgb` or `#rrggbb`.
    public static let badColor = RuleID(rawValue: "bad-color")
    /// A font stack that is not a plain CSS font-family list.
    public static let badFont = RuleID(rawValue: "bad-font")
    /// A footer link's address that is not `http(s):`, `mailto:` or a path inside the site.
    public static let badLink = RuleID(rawValue: "bad-link")
    /// A logo that is missing, unreadable, too large or not an svg, png, jpg, webp or gif file.
    public static let badLogo = RuleID(rawValue: "bad-logo")
    /// A theme's text and background colours below WCAG AA contrast (4.5:1).
    public static let themeContrast = RuleID(rawValue: "theme-contrast")

    // Translation exchange (`ethos translate import`).
    /// A PO or XLIFF file that cannot be read.
    public static let translationSyntax = RuleID(rawValue: "translation-syntax")
    /// An entry whose context names no text field or label.
    public static let translationUnknown = RuleID(rawValue: "translation-unknown")
    /// An entry whose source text is no longer the file's.
    public static let translationSourceChanged = RuleID(rawValue: "translation-source-changed")

    /// Every rule `ethos translate import` reports, with a one-line summary, for docs.
    public static let translationRules: [(rule: RuleID, severity: Severity, summary: String)] = [
        (.translationSyntax, .error, "a PO or XLIFF file that cannot be read"),
        (.translationUnknown, .error, "an entry whose context names no text field or label"),
        (.translationSourceChanged, .error, "an entry whose source text changed since the export"),
    ]

    /// Every rule the loader and checker report, with a one-line summary, for `--help` and docs.
    public static let validationRules: [(rule: RuleID, severity: Severity, summary: String)] = [
        (.fileUnreadable, .error, "the file cannot be read: missing, a directory, or no permission"),
        (.fileTooLarge, .error, "the file is over 10 MiB"),
        (.invalidUTF8, .error, "the file is not valid UTF-8"),
        (.emptyFile, .error, "the file holds no document"),
        (.yamlSyntax, .error, "the YAML is malformed (tabs for indentation, unclosed quotes ...)"),
        (.duplicateKey, .error, "a mapping names the same key twice"),
        (.aliasLimit, .error, "aliases expand to more than 100,000 nodes"),
        (.nestingLimit, .error, "nesting is deeper than 64 levels"),
        (.unsupportedVersion, .error, "`ethos:` is not 1"),
        (.unknownKey, .error, "a key the format does not define (with a did-you-mean)"),
        (.missingKey, .error, "a required key is absent"),
        (.wrongType, .error, "a field has the wrong type"),
        (.emptyValue, .error, "a required text or name is empty"),
        (.badDuration, .error, "not a duration such as `30s`, `2m`, `1.5h`, `3d`, `2w`"),
        (.badPercent, .error, "not a percentage such as `90%` or `0.9`"),
        (.badWindow, .error, "not a duration or one of `day`, `week`, `month`, `quarter`, `year`"),
        (.badLocale, .error, "not a BCP 47 locale tag such as `en`, `de-AT`, `nb`"),
        (.badDate, .error, "not a real date written `YYYY-MM-DD`"),
        (.badPhase, .error, "not a phase such as `day-1` or `week-2`"),
        (.badNumber, .error, "not a number"),
        (.badChoice, .error, "not one of the allowed words (unit, direction, channel kind)"),
        (.badRange, .error, "a KPI range whose lower end is above its upper end"),
        (.objectiveForm, .error, "an objective needs exactly one of `at-least`, `at-most`, `share` + `within`"),
        (.objectiveUnit, .error, "the objective's value does not fit the KPI's unit"),
        (.targetOutOfRange, .error, "a target outside the KPI's valid range"),
        (.unknownKPI, .error, "a KPI id that is neither built in nor declared under `kpis`"),
        (.unknownChannel, .error, "a standard names a channel that `channels` lacks"),
        (.unknownTeam, .error, "an owner or escalation names a team that `teams` lacks"),
        (.unknownPhase, .error, "a task's phase is not among the onboarding phases"),
        (.duplicateName, .error, "two values, teams or channels share a name"),
        (.duplicateID, .error, "two KPIs, standards or phases share an id, or two revisions a version"),
        (.duplicateSlug, .error, "two names become the same slug, so their pages would collide"),
        (.translationMissing, .warning, "a text lacks a translation for a listed locale"),
        (.untranslatedCopy, .warning, "a text marked `# translate`: a copy published untranslated"),
        (.unlistedLocale, .error, "a text names a locale that `locales` does not list"),
        (.duplicateLocale, .error, "`locales` lists a locale twice"),
        (.mistakenLocale, .error, "`locales` names a country code or `no` where a language was meant (`nb`, `da` ...)"),
        (.localeCase, .warning, "a locale tag in unusual case (`NB`); it is read as `nb`"),
        (.labelPlaceholders, .error, "a supplied label's `{placeholders}` differ from the built-in label's"),
        (.labelsFallback, .warning, "a listed locale without built-in labels lacks supplied ones; they are shown in English"),
        (.revisionOrder, .error, "a revision dated before the one above it, or taking effect before its date"),
        (.badColor, .error, "a theme colour that is not `#rgb` or `#rrggbb`"),
        (.badFont, .error, "a theme font that is not a plain CSS font list"),
        (.badLink, .error, "a footer link that is not `https:`, `http:`, `mailto:` or a path inside the site"),
        (.badLogo, .error, "a logo that is missing, unreadable, over 2 MiB, or not svg, png, jpg, webp or gif"),
        (.themeContrast, .error, "theme colours whose text and background contrast is below 4.5:1 (WCAG AA)"),
    ]
}
