import EthosModel
import EthosRender
import Foundation

/// The KPI catalogue in one locale, as text, Markdown or JSON. Text and Markdown say unit,
/// direction and range in the locale's words; JSON keeps the format's words for programs.
struct KPIListing {
    let catalog: KPICatalog
    let locale: LocaleID
    private let labels: Labels

    init(catalog: KPICatalog, locale: LocaleID) {
        self.catalog = catalog
        self.locale = locale
        labels = Labels.for(locale)
    }

    private func text(_ value: LocalizedText?) -> String {
        value?.resolved(for: locale, defaultLocale: "en") ?? ""
    }

    private func range(_ kpi: KPI) -> String {
        guard let range = kpi.range else { return labels[.kpiAnyRange] }
        let format = LocalizedFormat(locale)
        func bound(_ value: Double) -> String {
            switch kpi.unit {
            case .percent: format.percent(value)
            case .duration: format.duration(.seconds(value))
            case .score, .count, .currency: format.number(value)
            }
        }
        return range.description(bound: bound, between: " – ", atLeast: "≥", atMost: "≤")
    }

    /// One block per KPI, for reading in a terminal.
    func text() -> String {
        catalog.kpis.map { kpi in
            var lines = ["\(kpi.id) — \(text(kpi.name))",
                         "  \(labels[.kpiUnit]): \(unit(kpi)), \(labels[.kpiBetter]): \(better(kpi)), "
                             + "\(labels[.kpiRange]): \(range(kpi))"]
            if kpi.definition != nil { lines.append("  \(text(kpi.definition))") }
            if kpi.formula != nil { lines.append("  \(labels[.kpiFormula]): \(text(kpi.formula))") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// A GitHub Markdown table, with table-breaking characters escaped.
    func markdown() -> String {
        let headings = [LabelKey.kpiID, .kpiName, .kpiUnit, .kpiBetter, .kpiRange, .kpiDefinition, .kpiFormula]
            .map { Self.capitalized(labels[$0]) }
        var lines = [
            "| " + headings.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: headings.count),
        ]
        for kpi in catalog.kpis {
            let cells = [kpi.id, text(kpi.name), unit(kpi), better(kpi), range(kpi),
                         text(kpi.definition), text(kpi.formula)]
            lines.append("| " + cells.map(Self.escapeCell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An array of objects: id, name, unit, direction, range (lower/upper in the unit's base),
    /// definition, formula, built-in; keys are kebab-case like the file format's.
    func json() throws -> String {
        struct Entry: Encodable {
            let id, name, unit, direction: String
            let range: KPIRange?
            let definition, formula: String?
            let builtIn: Bool

            enum CodingKeys: String, CodingKey {
                case id, name, unit, direction, range, definition, formula
                case builtIn = "built-in"
            }
        }
        let entries = catalog.kpis.map { kpi in
            Entry(id: kpi.id, name: text(kpi.name), unit: kpi.unit.rawValue, direction: kpi.direction.rawValue,
                  range: kpi.range, definition: kpi.definition.map { text($0) }, formula: kpi.formula.map { text($0) },
                  builtIn: kpi.isBuiltIn)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    private func unit(_ kpi: KPI) -> String { labels[.unit(kpi.unit)] }

    private func better(_ kpi: KPI) -> String { labels[.better(kpi.direction)] }

    /// A column heading: the label with its first letter in upper case (`unit` → `Unit`).
    private static func capitalized(_ label: String) -> String {
        label.prefix(1).uppercased() + label.dropFirst()
    }

    /// Escapes the characters that would end a cell or start markup.
    static func escapeCell(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": escaped += "\\\(character)"
            case "\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
