import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

/// `--labels FILE` on the commands that render.
@Suite("--labels FILE")
struct LabelsOptionTests {
    static let french = """
        ethos: 1
        company: Acme
        locales: [fr]
        purpose: Simplifier la vie des clients.
        vision: Une aide personnelle.
        values:
          - name: Qualité
            action: Résoudre du premier coup.
        teams:
          - { name: Support, activities: Répondre aux appels. }
        labels:
          fr: { contents: Sommaire, vision: Notre vision }

        """

    static func files(labels: String) throws -> (philosophy: String, labels: String, folder: URL) {
        let folder = try temporaryFolder()
        let philosophy = folder.appendingPathComponent("fr.yml").path
        let labelsFile = folder.appendingPathComponent("labels-fr.yml").path
        try french.write(toFile: philosophy, atomically: true, encoding: .utf8)
        try labels.write(toFile: labelsFile, atomically: true, encoding: .utf8)
        return (philosophy, labelsFile, folder)
    }

    @Test("the file's labels replace the section's one by one; the others keep the section's words")
    func overridesSection() async throws {
        let (philosophy, labels, folder) = try Self.files(labels: "fr:\n  contents: Table des matières\n")
        let site = folder.appendingPathComponent("site").path
        try await run(["build", philosophy, "-o", site, "--labels", labels, "--quiet"])
        let index = try String(contentsOfFile: site + "/fr/index.html", encoding: .utf8)
        #expect(index.contains(#"<h2 class="toc-title">Table des matières</h2>"#))
        #expect(index.contains(#"<h2 id="notre-vision">Notre vision</h2>"#))
        #expect(!index.contains("Sommaire"))
    }

    @Test("every rendering command takes --labels and says so in its help")
    func everyRenderingCommand() throws {
        let commands: [any ParsableCommand.Type] = [RenderCommand.self, BuildCommand.self, PackCommand.self,
                                                    ChecklistCommand.self, KitCommand.self]
        for command in commands {
            #expect(EthosCommand.helpMessage(for: command, columns: 80).contains("--labels <file>"), "\(command)")
        }
        let parsed = try #require(try EthosCommand.parseAsRoot(["build", "fr.yml", "-o", "out", "--labels", "l.yml"])
            as? BuildCommand)
        #expect(parsed.labels.labels == "l.yml")
    }

    @Test("a labels file with a problem stops the command, which writes nothing")
    func brokenFile() async throws {
        let (philosophy, labels, folder) = try Self.files(labels: "fr:\n  contnts: Table\n")
        let output = folder.appendingPathComponent("out").path
        await #expect(throws: ExitCode(1)) { try await run(["render", philosophy, "-o", output, "--labels", labels]) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
