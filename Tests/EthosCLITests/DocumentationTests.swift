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

    /// Every property name anywhere in the schema.
    func schemaKeys(_ value: JSONValue) -> Set<String> {
        switch value {
        case .object(let members):
            var keys: Set<String> = []
            if case .object(let properties)? = members["properties"] { keys.formUnion(properties.keys) }
            for member in members.values { keys.formUnion(schemaKeys(member)) }
            return keys
        case .array(let items): return items.reduce(into: []) { $0.formUnion(schemaKeys($1)) }
        default: return []
        }
    }

    @Test("docs/format.md names every key of the schema")
    func formatReference() throws {
        let reference = try read("docs/format.md")
        let keys = schemaKeys(FormatSchema.document)
        #expect(keys.count > 40)
        for key in keys.sorted() {
            #expect(reference.contains("`\(key)`"), "docs/format.md lacks `\(key)`")
        }
    }

    @Test("docs/diagnostics.md explains every rule")
    func diagnostics() throws {
        let reference = try read("docs/diagnostics.md")
        for (rule, _, _) in RuleID.validationRules {
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
                     "ethos templates", "ethos kpis", "ethos schema"] {
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
