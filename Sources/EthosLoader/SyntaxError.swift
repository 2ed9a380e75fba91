import EthosModel
import Yams

/// Turns Yams' parse errors into diagnostics with a location and plain words.
enum SyntaxError {
    static func diagnostic(for error: Error, text: String, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.error, .yamlSyntax, "the YAML cannot be read: \(error)",
                              location: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return describe(problem: problem, context: context, mark: mark, text: text, file: file)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = context.mark
            let repeated = repeatedKeyPosition(key, after: first, in: text) ?? (first.line, first.column)
            return Diagnostic(.error, .duplicateKey,
                              "key '\(key)' appears twice in the same mapping (first at line \(first.line))",
                              fix: "merge the two entries or remove one",
                              location: SourceLocation(file: file, line: repeated.line, column: repeated.column))
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, .invalidUTF8, "the file cannot be decoded: \(problem)",
                              location: SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic(.error, .yamlSyntax, "the YAML cannot be read: \(yamlError)",
                              location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private static func describe(problem: String, context: YamlError.Context?, mark: Mark, text: String,
                                 file: String) -> Diagnostic {
        let line = lineText(mark.line, in: text)
        if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("tab") {
            let tabColumn = (line.firstIndex(of: "\t").map { line.distance(from: line.startIndex, to: $0) } ?? mark.column - 1) + 1
            return Diagnostic(.error, .yamlSyntax, "a tab is used for indentation; YAML allows only spaces",
                              fix: "replace the tab with spaces",
                              location: SourceLocation(file: file, line: mark.line, column: tabColumn))
        }
        if problem.contains("depth") || problem.contains("nesting") {
            return Diagnostic(.error, .nestingLimit, "nesting is deeper than \(NestingLimit.maximumDepth) levels",
                              fix: "flatten the structure; the format needs at most 6 levels",
                              location: location(mark, file))
        }
        let lines = SourceText.lines(of: text)
        if let explained = SyntaxExplanation.explain(problem: problem, contextMark: context?.mark, mark: mark, lines: lines) {
            return Diagnostic(.error, .yamlSyntax, explained.message, fix: explained.fix,
                              location: SourceLocation(file: file, line: explained.line, column: explained.column))
        }
        let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return Diagnostic(.error, .yamlSyntax, "invalid YAML: \(detail)", fix: hint(for: problem),
                          location: location(mark, file))
    }

    /// A fix for the libyaml problems no ``SyntaxExplanation`` covers.
    private static func hint(for problem: String) -> String {
        if problem.contains("found undefined alias") {
            return "define the anchor (&name) before using the alias (*name)"
        }
        return "check the indentation and quotes on this line and the line above"
    }

    /// The position of the second `key:` at the same indentation after `first`, to point at the repeat.
    private static func repeatedKeyPosition(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = SourceText.lines(of: text)
        guard first.line - 1 < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let body = rest.hasPrefix("- ") ? rest.dropFirst(2) : rest
            let column = indent + (rest.count - body.count) + 1
            if column == first.column, body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") {
                return (index + 1, column)
            }
            if indent < first.column - 1, !rest.isEmpty, !rest.hasPrefix("#") { break }
        }
        return nil
    }

    private static func lineText(_ number: Int, in text: String) -> Substring {
        let lines = SourceText.lines(of: text)
        return number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    private static func location(_ mark: Mark, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }
}
