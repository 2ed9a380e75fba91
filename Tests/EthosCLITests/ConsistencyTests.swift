import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

@Suite("Commands behave alike", .needsBuiltBinary)
struct ConsistencyTests {
    @Test("every -o creates the folders it needs: checklist, pack, schema, init as render, build and pack --all-teams")
    func outputFolders() throws {
        let folder = try temporaryFolder()
        let file = example("kundenservice-de.yml")
        let runs: [(arguments: [String], written: String)] = [
            (["checklist", file, "--team", "Versand", "-o", "a/checklist/versand.md"], "a/checklist/versand.md"),
            (["pack", file, "--team", "Versand", "-o", "b/pack/versand.zip"], "b/pack/versand.zip"),
            (["schema", "-o", "c/schema/ethos.schema.json"], "c/schema/ethos.schema.json"),
            (["init", "-o", "d/init/philosophy.yml"], "d/init/philosophy.yml"),
            (["render", file, "-o", "e/render"], "e/render/philosophy.de.md"),
            (["build", file, "-o", "f/build", "--quiet"], "f/build/index.html"),
            (["pack", file, "--all-teams", "-o", "g/packs"], "g/packs/versand.de.zip"),
        ]
        for run in runs {
            #expect(try runBinary(run.arguments, in: folder).status == 0, "\(run.arguments)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(run.written).path),
                    "\(run.arguments)")
        }
    }

    @Test("a single pack says what it wrote")
    func packSaysWhatItWrote() throws {
        let folder = try temporaryFolder()
        let result = try runBinary(["pack", example("kundenservice-de.yml"), "--team", "Versand", "--start", "2026-12-01",
                                    "-o", "versand.zip"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == "Wrote versand.zip: the pack of team Versand (de), 11 files\n")
    }

    @Test("pack replaces an earlier zip, but refuses any other file (exit 1) unless --force")
    func packRefusesOtherFiles() throws {
        let folder = try temporaryFolder()
        let arguments = ["pack", example("kundenservice-de.yml"), "--team", "Versand", "-o"]
        try "company: Mine\n".write(to: folder.appendingPathComponent("mine.yml"), atomically: true, encoding: .utf8)
        let refused = try runBinary(arguments + ["mine.yml"], in: folder, capturing: .errors)
        #expect(refused.status == 1)
        #expect(refused.output.hasSuffix(
            "error: mine.yml exists and is not a zip; remove it, choose another name, or give --force to replace it\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("mine.yml"), encoding: .utf8) == "company: Mine\n")
        #expect(try runBinary(arguments + ["versand.zip"], in: folder).status == 0)
        #expect(try runBinary(arguments + ["versand.zip"], in: folder).status == 0, "a zip is replaced")
        #expect(try runBinary(arguments + ["mine.yml", "--force"], in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("mine.yml")).prefix(2) == Data("PK".utf8))
    }

    @Test("'ethos help foo' says the command is unknown, suggests the nearest, exit 2; 'ethos help CMD' is CMD's help")
    func helpForUnknownCommand() throws {
        let typo = try runBinary(["help", "valdate"], capturing: .errors)
        #expect(typo.status == 2)
        #expect(typo.output == "error: 'valdate' is not an ethos command or reference; did you mean 'validate'?\nSee 'ethos --help'.\n")
        let unknown = try runBinary(["help", "foo"], capturing: .errors)
        #expect(unknown.status == 2)
        #expect(unknown.output.hasPrefix("error: 'foo' is not an ethos command or reference; choose one of validate, lint,"))
        let nested = try runBinary(["help", "templates", "exprt"], capturing: .errors)
        #expect(nested.status == 2)
        #expect(nested.output.hasPrefix("error: 'exprt' is not a command of ethos templates; did you mean 'export'?"))
        #expect(try runBinary(["help", "pack"]) == runBinary(["pack", "--help"]))
        #expect(try runBinary(["help", "templates", "export"]) == runBinary(["templates", "export", "--help"]))
        #expect(try runBinary(["help"]) == runBinary(["--help"]))
    }

    @Test("build's and pack's help read well at 80 columns: the overview on its line, each option on one line")
    func helpFitsEightyColumns() {
        for command in [BuildCommand.self, PackCommand.self] as [ParsableCommand.Type] {
            let help = EthosCommand.helpMessage(for: command, columns: 80)
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[1].isEmpty, "the overview wraps: \(lines[0])\n\(lines[1])")
            let options = lines.drop { $0 != "OPTIONS:" }.dropFirst()
            #expect(!options.contains { $0.hasPrefix(String(repeating: " ", count: 26)) },
                    "an option's help wraps in \(command._commandName)")
        }
        for command in EthosCommand.configuration.subcommands {
            for line in command.configuration.discussion.split(separator: "\n") where line.hasPrefix(" ") {
                #expect(line.count <= 80, "\(command._commandName): '\(line)' wraps at 80 columns")
            }
        }
    }

    @Test("validate --format json prints [] for a clean file")
    func emptyJSON() throws {
        let result = try runBinary(["validate", "--format", "json", "Examples/nextiva.yml"])
        #expect(result.status == 0)
        #expect(result.output == "[]\n")
    }

    @Test("the KPI catalogue's JSON keys are kebab-case: built-in")
    func kpiJSONKeys() throws {
        let output = try runBinary(["kpis", "--format", "json"]).output
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(entries.allSatisfy { $0["built-in"] as? Bool == true && $0["builtIn"] == nil })
    }

    @Test("a pack's entries carry the philosophy's 'updated' date; two packs are byte-identical")
    func packDates() throws {
        let folder = try temporaryFolder()
        let arguments = ["pack", example("kundenservice-de.yml"), "--team", "Versand", "--start", "2026-12-01", "-o"]
        #expect(try runBinary(arguments + ["one.zip"], in: folder).status == 0)
        #expect(try runBinary(arguments + ["two.zip"], in: folder).status == 0)
        let zip = try Data(contentsOf: folder.appendingPathComponent("one.zip"))
        #expect(zip == (try Data(contentsOf: folder.appendingPathComponent("two.zip"))))
        // The MS-DOS date of the first entry's local header; kundenservice-de.yml is updated 2026-11-01.
        let date = Int(zip[12]) | Int(zip[13]) << 8
        #expect((1980 + date >> 9, date >> 5 & 0xF, date & 0x1F) == (2026, 11, 1))
    }
}
