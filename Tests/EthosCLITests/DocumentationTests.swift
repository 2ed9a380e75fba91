@testable import EthosCLI
@testable import EthosLoader
import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing

@Suite("Documentation stays in step with the code")
struct DocumentationTests {
    func read(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("docs/format.md's table for each section names every key of that section, and no other")
    func formatReference() throws {
        let reference = FormatReference(markdown: try read("docs/format.md"))
        #expect(FileFormat.current.sections.values.map(\.keys.count).reduce(0, +) > 60)
        for problem in reference.disagreements(with: .current) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("docs/diagnostics.md explains every rule, those of translation import too")
    func diagnostics() throws {
        let reference = try read("docs/diagnostics.md")
        for (rule, _, _) in RuleID.validationRules + RuleID.translationRules {
            #expect(reference.contains("### \(rule.rawValue)\n"), "docs/diagnostics.md lacks \(rule.rawValue)")
        }
    }

    @Test("docs/kpis.md holds the catalogue as `ethos kpis --format md` prints it (make docs)")
    func kpiCatalogue() throws {
        let page = try read("docs/kpis.md")
        #expect(page.hasSuffix(KPIListing(catalog: .builtIn, locale: "en").markdown()))
    }

    @Test("the README shows the test command and every subcommand")
    func readme() throws {
        let readme = try read("README.md")
        for text in ["make test", "make run", "ethos validate", "ethos init", "ethos render", "ethos checklist",
                     "ethos templates", "ethos kpis", "ethos schema", "ethos export openslo", "ethos translate export",
                     "ethos translate import", "ethos translate status"] {
            #expect(readme.contains(text), "README.md lacks \(text)")
        }
    }

    @Test("docs/templates.md names every template and every label key")
    func templates() throws {
        let reference = try read("docs/templates.md")
        for name in TemplateSet.names {
            #expect(reference.contains("`\(name).mustache`"), "docs/templates.md lacks \(name).mustache")
        }
        for key in Labels.for("en").text.keys.sorted() {
            #expect(reference.contains("`\(key)`"), "docs/templates.md lacks the label `\(key)`")
        }
    }
}
