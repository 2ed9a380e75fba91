import EthosLint
import EthosModel
import EthosTestSupport
import Foundation
import Testing

@Suite("The lint documentation stays in step with the rules")
struct LintDocumentationTests {
    static let page = (try? String(contentsOf: repositoryRoot.appendingPathComponent("docs/lint.md"), encoding: .utf8)) ?? ""

    /// The text from `### id` to the next heading, with runs of whitespace made single spaces.
    static func section(of id: RuleID) -> String? {
        guard let start = page.range(of: "### \(id)\n") else { return nil }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
        return singleSpaced(String(rest[..<end]))
    }

    static func singleSpaced(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("docs/lint.md has each rule's severity, explanation, fix, an example and how to silence it",
          arguments: Linter.rules.map(\.id))
    func ruleSection(_ id: RuleID) throws {
        let rule = try #require(Linter.rule(id))
        let section = try #require(Self.section(of: id), "docs/lint.md lacks ### \(id)")
        #expect(section.hasPrefix("**\(rule.severity.rawValue.capitalized).** \(Self.singleSpaced(rule.explanation))"),
                "the explanation of \(id) differs from the code's")
        #expect(section.contains("**Fix:** \(Self.singleSpaced(rule.fix))"), "the fix of \(id) differs from the code's")
        #expect(section.contains("```yaml"), "\(id) has no example")
        #expect(section.contains("[\(id)]"), "\(id)'s example shows no finding")
        #expect(section.contains("**Silence it:**") && section.contains("#"), "\(id) does not show how to silence it, with a reason")
    }

    @Test("the table at the top lists each rule with its severity and summary", arguments: Linter.rules.map(\.id))
    func glanceRow(_ id: RuleID) throws {
        let rule = try #require(Linter.rule(id))
        #expect(Self.page.contains("| [`\(id)`](#\(id)) | \(rule.severity.rawValue) | \(rule.summary) |\n"))
    }

    @Test("the README, the format reference and the leadership guide point to ethos lint")
    func mentions() throws {
        for path in ["README.md", "docs/guide-leadership.md", "docs/format.md", "docs/diagnostics.md"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains("ethos lint"), "\(path) does not mention ethos lint")
            #expect(text.contains("lint.md"), "\(path) does not link docs/lint.md")
        }
    }
}
