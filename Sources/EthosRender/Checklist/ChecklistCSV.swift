import EthosModel

/// A checklist as CSV for task tools (Asana, Trello, Planner, spreadsheets): RFC 4180 with a
/// header row, CRLF line ends and quotes where a cell needs them.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
/// so a spreadsheet shows it as text instead of running it as a formula.
package enum ChecklistCSV {
    /// The column names, in English so import dialogs recognise them.
    package static let header = ["Name", "Description", "Section", "Assignee", "Due day", "Due date"]

    /// The CSV text for `checklist`.
    package static func make(_ checklist: Checklist) -> String {
        let labels = Labels.for(checklist.locale)
        var rows = [header]
        for item in checklist.items {
            rows.append([
                item.name, item.detail ?? "", labels.phase(item.phase), item.owner ?? "", String(item.dueDay),
                item.dueDate?.description ?? "",
            ])
        }
        return rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One cell, neutralised and quoted as needed.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
