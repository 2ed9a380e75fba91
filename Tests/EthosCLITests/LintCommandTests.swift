import ArgumentParser
@testable import EthosCLI
import EthosLint
import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// Runs the built `ethos` binary and returns its exit status, standard output and standard error.
func runEthos(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = builtBinary
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

/// A trigger fixture of the lint tests, relative to the repository.
func lintFixture(_ name: String) -> String { "Tests/EthosLintTests/Fixtures/\(name).yml" }

@Suite("ethos lint, the built binary", .needsBuiltBinary)
struct LintBinaryTests {
    @Test("--format json prints one object per finding with the documented fields")
    func json() throws {
        let (status, output, _) = try runEthos(["lint", "--format", "json", lintFixture("triggers/standard-absolute"),
                                                lintFixture("triggers/hiring-missing")])
        #expect(status == 0)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(findings.count == 2)
        for finding in findings {
            #expect(Set(finding.keys) == ["file", "line", "column", "severity", "rule", "message", "fix"])
        }
        let first = try #require(findings.first)
        #expect(first["file"] as? String == lintFixture("triggers/standard-absolute"))
        #expect(first["line"] as? Int == 25)
        #expect(first["column"] as? Int == 25)
        #expect(first["severity"] as? String == "warning")
        #expect(first["rule"] as? String == "standard-absolute")
        #expect(first["fix"] as? String == "promise a share such as { share: 90%, within: 2m }")
        #expect(findings.last?["severity"] as? String == "info")
        let clean = try runEthos(["lint", "--format", "json", "Examples/nextiva.yml"]).output
        #expect((try JSONSerialization.jsonObject(with: Data(clean.utf8)) as? [Any])?.isEmpty == true)
    }

    @Test("text: file:line:col: severity: message [rule], a fix line, summaries, a closing count")
    func text() throws {
        let (_, output, _) = try runEthos(["lint", lintFixture("triggers/value-without-kpi"), "Examples/disney.yml"])
        #expect(output == """
            \(lintFixture("triggers/value-without-kpi")):12:5: warning: value 'Speed' has no KPI to show it is lived [value-without-kpi]
                fix: add 'kpis:' with a metric that moves when the value is lived ('ethos kpis' lists them)
            Examples/disney.yml: clean: follows all 22 rules
            Checked 2 files: 0 errors, 1 warning.

            """)
        let info = try runEthos(["lint", lintFixture("triggers/hiring-missing")]).output
        #expect(info.hasSuffix("Checked 1 file: 0 errors, 0 warnings, 1 info.\n"))
    }

    @Test("lint reports everything validate does, and says the advice waits for the errors")
    func loaderFindingsFirst() throws {
        let file = "Tests/schema/invalid/unknown-key-in-standard.yml"
        let (status, output, _) = try runEthos(["lint", file])
        #expect(status == 1)
        let validate = try runEthos(["validate", file]).output
        #expect(output.hasPrefix(validate.components(separatedBy: "\n").dropLast(2).joined(separator: "\n")))
        #expect(output.contains("\(file): not linted: the advice is checked once the errors are fixed"))
    }

    @Test("exit codes: 0 clean or warnings, 1 errors or --strict warnings, 2 usage")
    func exitCodes() throws {
        #expect(try runEthos(["lint", "--strict", "Examples/nextiva.yml", "Examples/zappos.yml"]).status == 0)
        #expect(try runEthos(["lint", lintFixture("triggers/value-cliche")]).status == 0)
        #expect(try runEthos(["lint", "--strict", lintFixture("triggers/value-cliche")]).status == 1)
        #expect(try runEthos(["lint", "--strict", lintFixture("triggers/hiring-missing")]).status == 0)
        #expect(try runEthos(["lint", lintFixture("triggers/unknown-rule")]).status == 1)
        #expect(try runEthos(["lint"]).status == 2)
        #expect(try runEthos(["lint", "--format", "xml", "Examples/nextiva.yml"]).status == 2)
    }

    @Test("--rules lists every rule with its severity and summary")
    func rules() throws {
        let (status, output, _) = try runEthos(["lint", "--rules"])
        #expect(status == 0)
        for rule in Linter.rules {
            #expect(output.components(separatedBy: "\n").contains { line in
                line.hasPrefix(rule.id.rawValue + " ") && line.contains(" \(rule.severity.rawValue) ") && line.hasSuffix(rule.summary)
            }, "\(rule.id)")
        }
        let json = try runEthos(["lint", "--rules", "--format", "json"]).output
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        #expect(entries.map { $0["id"] } == Linter.rules.map(\.id.rawValue))
    }

    @Test("--explain prints the reason, the fix and how to silence the rule")
    func explain() throws {
        let (status, output, _) = try runEthos(["lint", "--explain", "value-cliche"])
        #expect(status == 0)
        #expect(output.hasPrefix("value-cliche (warning): a cliché such as"))
        #expect(output.contains("Der Kunde ist König"))
        #expect(output.contains("Fix: say what people do instead"))
        #expect(output.replacingOccurrences(of: "\n", with: " ").contains("'lint-ignore: [value-cliche]'"))
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let action = try runEthos(["lint", "--explain", "action-not-actionable"]).output
        for language in ["English (en):", "German (de):", "Slovenian (sl):", "Norwegian (nb):"] {
            #expect(action.contains(language))
        }
    }

    @Test("--explain with an unknown rule is a usage error with a did-you-mean")
    func explainUnknown() throws {
        let (status, output, errors) = try runEthos(["lint", "--explain", "valeu-cliche"])
        #expect(status == 2)
        #expect(output.isEmpty)
        #expect(errors.contains("no lint rule is named 'valeu-cliche'; did you mean 'value-cliche'?"))
    }
}

@Suite("ethos lint, parsed in-process")
struct LintCommandTests {
    @Test("lint passes a clean example and fails a warning under --strict with exit code 1")
    func strict() async throws {
        try await run(["lint", example("ritz-carlton.yml")])
        let warning = repositoryRoot.appendingPathComponent(lintFixture("triggers/vision-too-long")).path
        try await run(["lint", warning])
        await #expect(throws: ExitCode(1)) { try await run(["lint", "--strict", warning]) }
    }

    @Test("usage errors: no file, files with --rules, --rules with --explain, an unknown rule",
          arguments: [["lint"], ["lint", "--rules", "a.yml"], ["lint", "--rules", "--explain", "value-cliche"],
                      ["lint", "--explain", "hiring"]])
    func usage(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try EthosCommand.parseAsRoot(arguments) }
    }

    @Test("the starter of ethos init lints clean in each shipped language; French draws only labels-fallback and its marked copies warn",
          arguments: ["en", "de,en", "sl,en", "nb,en", "fr,en"])
    func starterLintsClean(_ locales: String) {
        let text = StarterFile.render(company: "Acme", locales: locales.split(separator: ",").map { LocaleID(String($0)) })
        let findings = Linter.lint(PhilosophyLoader.load(yaml: text))
        #expect(findings.filter { $0.rule != .untranslatedCopy }.map(\.rule) == (locales.hasPrefix("fr") ? [.labelsFallback] : []),
                "\(findings.map(\.formatted))")
        #expect(findings.contains { $0.rule == .untranslatedCopy } == locales.hasPrefix("fr"))
    }

    @Test("the rule listing wraps explanations at 80 columns without breaking words")
    func wrapping() {
        let text = String(repeating: "word ", count: 40)
        let lines = LintRuleListing.wrapped(text, width: 80).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.joined(separator: " ") == text.trimmingCharacters(in: .whitespaces))
    }
}
