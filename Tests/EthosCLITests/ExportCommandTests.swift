import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

/// `ethos export openslo`, run as the built binary: the file it writes, its warnings and exit
/// codes, the same bytes from every run, and nothing written for a bad file.
@Suite("export openslo command", .needsBuiltBinary)
struct ExportCommandTests {
    static let arguments = ["export", "openslo", example("nextiva.yml"), "--timezone", "Europe/Berlin", "-o", "slo"]

    @Test("ethos export openslo FILE -o DIR writes DIR/openslo.yaml, the library's golden, and says what it wrote")
    func writesTheFile() throws {
        let folder = try temporaryFolder()
        let result = try runBinary(Self.arguments, in: folder)
        #expect(result.status == 0)
        #expect(result.output == "Wrote slo/openslo.yaml: a Service and 6 SLOs; skipped 2 standards\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("slo").path) == ["openslo.yaml"])
        let written = try String(contentsOf: folder.appendingPathComponent("slo/openslo.yaml"), encoding: .utf8)
        let golden = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/EthosScoreTests/Golden/openslo/nextiva.yaml"),
                                encoding: .utf8)
        #expect(written == golden)
    }

    @Test("each skipped standard is a located warning on standard error, and the exit code is still 0")
    func warnings() throws {
        let folder = try temporaryFolder()
        let result = try runBinary(Self.arguments, in: folder, capturing: .errors)
        #expect(result.status == 0)
        let file = example("nextiva.yml")
        #expect(result.output == """
            \(file):142:28: warning: standard 'nps' is not exported to OpenSLO: 'at-least: 50' bounds a score \
            (a mean or a difference of answers), not a share of good events [openslo-skipped]
                fix: OpenSLO objectives are shares of good events; a percent KPI such as CSAT can be exported
            \(file):158:27: warning: standard 'aht-phone' is not exported to OpenSLO: 'at-most: 6m' bounds a median \
            or mean time, not a share of good events [openslo-skipped]
                fix: write it as a share to export it, such as { share: 90%, within: 6m }

            """)
    }

    @Test("two processes write byte-identical files (each seeds its hashing afresh), for every example and locale",
          arguments: exampleFiles())
    func deterministic(_ name: String) throws {
        let folders = try [temporaryFolder(), temporaryFolder()]
        for folder in folders {
            #expect(try runBinary(["export", "openslo", example(name), "--locale", "all", "-o", "slo"], in: folder).status == 0)
        }
        let files = try folders.map { try Data(contentsOf: $0.appendingPathComponent("slo/openslo.yaml")) }
        #expect(files[0] == files[1])
    }

    @Test("a philosophy with errors: located errors, exit 1, and no folder or file written")
    func badFile() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("broken.yml")
        try Data(try String(contentsOf: URL(fileURLWithPath: example("nextiva.yml")), encoding: .utf8)
            .replacingOccurrences(of: "objective: { share: 90%, within: 2m }", with: "objective: { share: 90%, within: 2 minutes }")
            .utf8).write(to: file)
        let result = try runBinary(["export", "openslo", "broken.yml", "-o", "slo"], in: folder, capturing: .errors)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("broken.yml:116:38: error: "), "\(result.output)")
        #expect(result.output.contains("[bad-duration]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("slo").path))
    }

    @Test("usage errors exit 2: a zone that is not an IANA name (with a did-you-mean), a locale the file lacks")
    func usageErrors() throws {
        let zone = try runBinary(["export", "openslo", example("nextiva.yml"), "--timezone", "Europe/Berln", "-o", "x"],
                                 capturing: .errors)
        #expect(zone.status == 2)
        #expect(zone.output.hasPrefix("Error: 'Europe/Berln' is not an IANA time zone; did you mean 'Europe/Berlin'?"))
        let locale = try runBinary(["export", "openslo", example("nextiva.yml"), "--locale", "fr", "-o", "x"], capturing: .errors)
        #expect(locale.status == 2)
        #expect(locale.output.contains("--locale must be one of them"))
        #expect(try runBinary(["export", "openslo", example("nextiva.yml")], capturing: .errors).status == 2, "-o is required")
    }

    @Test("-o naming a file, not a folder: 'cannot write', exit 1, the file untouched")
    func outputIsAFile() throws {
        let folder = try temporaryFolder()
        try Data("keep".utf8).write(to: folder.appendingPathComponent("taken"))
        let result = try runBinary(["export", "openslo", example("nextiva.yml"), "-o", "taken"], in: folder, capturing: .errors)
        #expect(result.status == 1)
        #expect(result.output.contains("error: cannot write"))
        #expect(try String(contentsOf: folder.appendingPathComponent("taken"), encoding: .utf8) == "keep")
    }

    @Test("the help teaches: the mapping, what is skipped, exit codes and examples, in 80 columns")
    func help() throws {
        let help = try runBinary(["export", "openslo", "--help"]).output
        for text in ["openslo.yaml", "budgetingMethod Occurrences", "1M", "rolling", "openslo-skipped", "Exit codes:",
                     "Examples:", "ethos export openslo philosophy.yml -o slo --timezone Europe/Berlin"] {
            #expect(help.contains(text), "\(text)")
        }
        for command in [ExportCommand.self, ExportOpenSLOCommand.self] as [ParsableCommand.Type] {
            let overview = EthosCommand.helpMessage(for: command, columns: 80).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(overview[1].isEmpty, "the overview wraps: \(overview[0])")
            for line in EthosCommand.helpMessage(for: command, columns: 80).split(separator: "\n")
            where !line.hasPrefix("USAGE:") {
                #expect(line.count <= 80, "\(command._commandName): '\(line)' wraps at 80 columns")
            }
        }
        #expect(try runBinary(["export", "--help"]).output.contains("openslo"))
        #expect(try runBinary(["--help"]).output.contains("export"))
    }
}
