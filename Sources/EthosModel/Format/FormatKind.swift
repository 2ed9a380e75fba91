/// What a key of the philosophy file holds, as `docs/format.md`'s "type" column names it.
///
/// The JSON Schema turns each kind into its shape; the reader has its own code per key.
public indirect enum FormatKind: Hashable, Sendable {
    /// The format version, always `1`.
    case formatVersion
    /// A plain string, the same in every locale.
    case string
    /// A text: a plain string, or a mapping from locale to string.
    case text
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A BCP 47 locale tag.
    case locale
    /// A non-empty list of distinct locale tags.
    case locales
    /// A built-in or declared KPI id.
    case kpiID
    /// A lint rule id.
    case ruleID
    /// The lint rules an item silences for itself and everything in it.
    case lintIgnore
    /// A duration such as `2m`.
    case duration
    /// A duration or a calendar period such as `month`.
    case window
    /// An onboarding phase such as `day-1`.
    case phase
    /// A share such as `90%` or `0.9`.
    case percent
    /// A number, a percentage or a duration.
    case target
    /// A KPI's valid range, `[min, max]`.
    case range
    /// One of a fixed set of words.
    case choice([String])
    /// Words for the built-in labels: a mapping from locale to a mapping from label key
    /// (`contents`) to text.
    case labels
    /// A colour, `#rgb` or `#rrggbb`.
    case color
    /// A CSS font-family list: names, quoted names and generic families.
    case fontStack
    /// An `http:`, `https:` or `mailto:` address, or a path inside the site.
    case url
    /// An image file's path, relative to the file that names it.
    case imageFile
    /// A list whose items have the given kind.
    case list(FormatKind)
    /// A mapping described by another section.
    case section(FormatSectionID)
}
