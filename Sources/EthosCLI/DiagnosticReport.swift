import EthosModel
import Foundation

/// The findings of a checking command over one or more files, printed as text or JSON.
struct DiagnosticReport {
    /// One file's findings and, when it loaded, a one-line summary of its content.
    struct FileResult {
        let file: String
        let diagnostics: [Diagnostic]
        let summary: String?
    }

    let results: [FileResult]

    var errorCount: Int { count(.error) }
    var warningCount: Int { count(.warning) }
    var infoCount: Int { count(.info) }

    private func count(_ severity: Severity) -> Int {
        results.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
    }

    /// Whether the run failed: any error, or any warning when `strict`.
    func failed(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    /// Compiler-style lines, a line per file that has a summary, and a closing count; info
    /// findings are counted only when there are any.
    func text() -> String {
        var lines: [String] = []
        for result in results {
            lines += result.diagnostics.map(\.formatted)
            if let summary = result.summary { lines.append("\(result.file): \(summary)") }
        }
        let files = results.count == 1 ? "1 file" : "\(results.count) files"
        let info = infoCount > 0 ? ", \(infoCount) info" : ""
        lines.append("Checked \(files): \(Self.plural(errorCount, "error")), \(Self.plural(warningCount, "warning"))\(info).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array, one object per finding: file, line, column, severity, rule, message, fix;
    /// `[]` when there are none.
    func json() throws -> String {
        let findings = results.flatMap { result in
            result.diagnostics.map { Finding($0, file: result.file) }
        }
        // The pretty printer writes an empty array as "[", a blank line and "]".
        guard !findings.isEmpty else { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(findings), as: UTF8.self) + "\n"
    }

    /// `1 error`, `3 warnings`.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private struct Finding: Encodable {
        let file: String
        let line: Int?
        let column: Int?
        let severity: String
        let rule: String
        let message: String
        let fix: String?

        init(_ diagnostic: Diagnostic, file: String) {
            self.file = diagnostic.location?.file ?? file
            self.line = diagnostic.location?.line
            self.column = diagnostic.location?.column
            self.severity = diagnostic.severity.rawValue
            self.rule = diagnostic.rule.rawValue
            self.message = diagnostic.fullMessage
            self.fix = diagnostic.fix
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(rule, forKey: .rule)
            try container.encode(message, forKey: .message)
            try container.encode(fix, forKey: .fix)
        }

        private enum CodingKeys: String, CodingKey { case file, line, column, severity, rule, message, fix }
    }
}
