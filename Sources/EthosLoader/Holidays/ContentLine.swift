/// One unfolded content line of an iCalendar file (RFC 5545, 3.1): `DTSTART;VALUE=DATE:20270101`.
struct ContentLine {
    /// The property name in upper case: `DTSTART`.
    let name: String
    /// The parameters by upper-case name, unquoted: `["VALUE": "DATE"]`.
    let parameters: [String: String]
    /// The value as written.
    let value: String
    /// The physical line it starts on, counted from 1.
    let line: Int
    /// The column, counted from 1, where its value starts.
    let valueColumn: Int

    /// Reads `text` (already unfolded); `nil` for a line without a `:`.
    init?(_ text: Substring, line: Int) {
        var inQuotes = false
        guard let colon = text.firstIndex(where: { character in
            if character == "\"" { inQuotes.toggle() }
            return character == ":" && !inQuotes
        }) else { return nil }
        let head = text[..<colon].split(separator: ";", omittingEmptySubsequences: false)
        name = head.first.map { $0.uppercased() } ?? ""
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            parameters[parts[0].uppercased()] = parts[1].replacingOccurrences(of: "\"", with: "")
        }
        self.parameters = parameters
        value = String(text[text.index(after: colon)...])
        self.line = line
        valueColumn = text.distance(from: text.startIndex, to: colon) + 2
    }

    /// The lines of `text` with folded lines joined (a line starting with a space or tab
    /// continues the one before), each with the physical line it starts on.
    static func unfolded(_ text: String) -> [(text: Substring, line: Int)] {
        var lines: [(text: Substring, line: Int)] = []
        var pending = ""
        var pendingLine = 0
        var number = 0
        // Swift reads CR LF as one character.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            number += 1
            if let first = line.first, first == " " || first == "\t", pendingLine > 0 {
                pending += line.dropFirst()
                continue
            }
            if pendingLine > 0 { lines.append((Substring(pending), pendingLine)) }
            pending = String(line)
            pendingLine = number
        }
        if pendingLine > 0 { lines.append((Substring(pending), pendingLine)) }
        return lines.filter { !$0.text.isEmpty }
    }
}
