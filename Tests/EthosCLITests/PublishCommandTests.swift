import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

@Suite("build and pack commands")
struct PublishCommandTests {
    @Test("build writes the site; a second build replaces it; a foreign folder is refused (exit 1)")
    func build() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        try await run(["build", example("nextiva.yml"), "-o", site, "--quiet"])
        #expect(FileManager.default.fileExists(atPath: site + "/en/teams/support.html"))
        try await run(["build", example("nextiva.yml"), "-o", site, "--quiet"])
        let foreign = folder.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: foreign.appendingPathComponent("keep.txt"))
        await #expect(throws: ExitCode(1)) { try await run(["build", example("nextiva.yml"), "-o", foreign.path, "--quiet"]) }
        try await run(["build", example("nextiva.yml"), "-o", foreign.path, "--quiet", "--force"])
    }

    @Test("the summary line counts pages, files and size")
    func summaryLine() {
        let line = BuildSummary.line(.init(pages: 8_012, files: 16_036, bytes: 41_234_567), seconds: 0.8412, output: "site")
        #expect(line == "Built 8,012 pages (16,036 files, 41.2 MB) in 0.84 s → site/")
        let rebuilt = BuildSummary.line(.init(pages: 8_012, files: 16_036, bytes: 41_234_567, reused: 16_028), seconds: 0.12,
                                        output: "site")
        #expect(rebuilt == "Built 8,012 pages (16,036 files, 41.2 MB; 8 rendered, 16,028 unchanged) in 0.12 s → site/")
    }

    @Test("pack writes one zip; --all-teams writes one per team")
    func pack() async throws {
        let folder = try temporaryFolder()
        let zip = folder.appendingPathComponent("support.zip").path
        try await run(["pack", example("nextiva.yml"), "--team", "support", "--start", "2026-12-01", "-o", zip])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: zip))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let packs = folder.appendingPathComponent("packs")
        try await run(["pack", example("kundenservice-de.yml"), "--all-teams", "--locale", "en", "--start", "2026-12-01",
                       "-o", packs.path])
        let names = try FileManager.default.contentsOfDirectory(atPath: packs.path).sorted()
        #expect(names.count == 5 && names.allSatisfy { $0.hasSuffix(".en.zip") })
    }

    @Test("pack needs exactly one of --team and --all-teams")
    func packUsage() async throws {
        await #expect(throws: (any Error).self) { try await run(["pack", example("nextiva.yml"), "-o", "x.zip"]) }
        await #expect(throws: (any Error).self) {
            try await run(["pack", example("nextiva.yml"), "--team", "Support", "--all-teams", "-o", "x"])
        }
    }
}
