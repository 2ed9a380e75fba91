import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

@Suite("References built into the binary")
struct HelpReferenceTests {
    @Test("the built-in references are docs/format.md, docs/diagnostics.md and docs/lint.md as they are (make references)",
          arguments: HelpTopic.allCases)
    func inStep(_ topic: HelpTopic) throws {
        let file = try String(contentsOf: repositoryRoot.appendingPathComponent(topic.source), encoding: .utf8)
        #expect(topic.text == file, "run `make references` after editing \(topic.source)")
    }

    @Test("no help text sends users to a docs/ file they do not have; the main help names 'ethos help format'")
    func helpPointsToTopics() {
        var commands: [ParsableCommand.Type] = EthosCommand.configuration.subcommands
        commands += commands.flatMap { $0.configuration.subcommands }
        for command in commands {
            let help = EthosCommand.helpMessage(for: command, columns: 200)
            for topic in HelpTopic.allCases {
                #expect(!help.contains(topic.source), "\(command._commandName)'s help names \(topic.source)")
            }
        }
        let main = EthosCommand.helpMessage(columns: 200)
        #expect(!main.contains("docs/"))
        #expect(main.contains("'ethos help format'") && main.contains("'ethos help lint-rules'"))
    }
}

@Suite("ethos help prints the references", .needsBuiltBinary)
struct HelpReferenceBinaryTests {
    @Test("copied alone to another folder, 'ethos help format|diagnostics|lint-rules' prints the reference, exit 0")
    func copiedAlone() throws {
        let folder = try temporaryFolder()
        let binary = folder.appendingPathComponent("ethos")
        try FileManager.default.copyItem(at: builtBinary, to: binary)
        for topic in HelpTopic.allCases {
            let result = try runBinary(["help", topic.rawValue], binary: binary, in: folder)
            #expect(result.status == 0)
            let file = try String(contentsOf: repositoryRoot.appendingPathComponent(topic.source), encoding: .utf8)
            #expect(result.output == file, "ethos help \(topic.rawValue)")
        }
        let typo = try runBinary(["help", "formt"], binary: binary, in: folder, capturing: .errors)
        #expect(typo.status == 2)
        #expect(typo.output.hasPrefix("error: 'formt' is not an ethos command or reference; did you mean 'format'?"))
    }
}
