import Foundation
import EthosModel

/// docs/format.md read as the format's reference: one key table per section of the file.
struct FormatReference {
    let markdown: String

    /// The heading each section's table stands under.
    static let headings: [FormatSectionID: String] = [
        .philosophy: "## Top level", .value: "## `values`", .kpi: "### Declaring or changing a KPI",
        .standard: "## `standards`", .objective: "### objective", .channel: "## `channels`",
        .journey: "## `journey`", .expectations: "## `expectations`", .recovery: "## `recovery`",
        .team: "## `teams`", .onboarding: "## `onboarding`", .task: "### task", .calendar: "## `calendar`", .holiday: "### holiday",
        .lint: "## `lint`", .revision: "## `revisions`", .site: "## `site`", .colors: "### colors",
        .darkColors: "### dark", .footerLink: "### footer link",
    ]

    /// Where the reference and `format` disagree, as `section: problem`: a key the section's
    /// table does not name, or a key its first column names that the section lacks.
    func disagreements(with format: FileFormat) -> [String] {
        FormatSectionID.allCases.flatMap { id -> [String] in
            guard let heading = Self.headings[id], let rows = tableRows(under: heading) else {
                return ["\(id): docs/format.md has no section for it"]
            }
            let keys = format[id].allowed
            let missing = keys.filter { key in !rows.contains { $0.contains("`\(key)`") } }
                .map { "\(id): docs/format.md lacks `\($0)`" }
            let extra = rows.compactMap(firstCellKey).filter { !keys.contains($0) }
                .map { "\(id): docs/format.md names `\($0)`, which the format lacks" }
            return missing + extra
        }
    }

    /// The table rows between `heading` and the next heading, or `nil` without that heading.
    private func tableRows(under heading: String) -> [Substring]? {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == heading }) else { return nil }
        let body = lines[(start + 1)...].prefix { !$0.hasPrefix("#") }
        return body.filter { $0.hasPrefix("|") }
    }

    /// The key a row's first cell names: `` `respond-within` `` gives `respond-within`.
    private func firstCellKey(_ row: Substring) -> String? {
        let cells = row.split(separator: "|")
        guard let first = cells.first?.trimmingCharacters(in: .whitespaces),
              first.count > 2, first.hasPrefix("`"), first.hasSuffix("`") else { return nil }
        return String(first.dropFirst().dropLast())
    }
}
