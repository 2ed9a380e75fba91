import EthosModel

/// The paper a printed document is laid out on.
public enum Paper: String, CaseIterable, Sendable, Hashable {
    /// ISO A4, 210 × 297 mm: most of the world's paper.
    case a4
    /// US Letter, 8.5 × 11 in: the Americas' paper.
    case letter

    /// The paper used where `locale` is spoken: Letter for a region that prints on it
    /// (`en-US`, `es-MX`, `fr-CA` …), A4 for every other locale, one without a region
    /// (`en`, `de`) included.
    public static func `default`(for locale: LocaleID) -> Paper {
        guard let region = locale.region else { return .a4 }
        return letterRegions.contains(region) ? .letter : .a4
    }

    /// The regions that print on Letter, as Unicode CLDR's supplemental paper-size data
    /// lists them.
    static let letterRegions: Set<String> = ["BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"]

    /// The page size in PDF points (1/72 in), width then height, portrait.
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595.28, 841.89)
        case .letter: (612, 792)
        }
    }

    /// The value of CSS `@page { size: … }`.
    package var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}
