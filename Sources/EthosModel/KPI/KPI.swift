/// A key performance indicator as Ethos uses it: a built-in from the catalogue, possibly
/// overridden by the file, or a custom one the file declares.
public struct KPI: Hashable, Sendable, Codable, Identifiable {
    /// The identifier in its canonical spelling (`NPS`, `employee-turnover`).
    public let id: String
    /// The display name.
    public let name: LocalizedText
    /// What the number counts.
    public let unit: KPIUnit
    /// Which way is better.
    public let direction: KPIDirection
    /// The valid values; targets outside are an error.
    public let range: KPIRange?
    /// What it measures.
    public let definition: LocalizedText?
    /// How it is computed.
    public let formula: LocalizedText?
    /// Whether the catalogue ships it (possibly overridden by the file).
    public let isBuiltIn: Bool

    /// Creates a KPI.
    public init(id: String, name: LocalizedText, unit: KPIUnit, direction: KPIDirection, range: KPIRange?,
                definition: LocalizedText?, formula: LocalizedText?, isBuiltIn: Bool) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.range = range
        self.definition = definition
        self.formula = formula
        self.isBuiltIn = isBuiltIn
    }

    /// The display name in `locale`, with a built-in's abbreviation after it: `Net Promoter
    /// Score (NPS)`. An id that is no abbreviation (`employee-turnover`) is not shown: it would
    /// only repeat the name in the file's spelling.
    public func displayName(in locale: LocaleID, defaultLocale: LocaleID) -> String {
        let name = name.resolved(for: locale, defaultLocale: defaultLocale)
        return isAbbreviated && name.caseInsensitiveCompare(id) != .orderedSame ? "\(name) (\(id))" : name
    }

    /// Whether the id is a built-in's abbreviation (`NPS`, `eNPS`) rather than a spelt-out name.
    private var isAbbreviated: Bool { isBuiltIn && id.contains(where: \.isUppercase) }

    /// The short label tables use: a built-in's abbreviation (`NPS`, `eNPS`), otherwise the
    /// name (`Churn Rate`, a custom KPI's own name).
    public func shortLabel(in locale: LocaleID, defaultLocale: LocaleID) -> String {
        isAbbreviated ? id : name.resolved(for: locale, defaultLocale: defaultLocale)
    }

    /// The key KPI ids are looked up by: ids are case-insensitive.
    public static func lookupKey(_ id: String) -> String { id.lowercased() }
}
