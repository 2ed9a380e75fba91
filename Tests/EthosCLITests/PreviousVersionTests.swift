import EthosTestSupport
import Foundation
import Testing

/// `--previous FILE` and `--git REV` on `build` (the What changed page lists the changes)
/// and on `lint` (a change of substance without a new revision), run as the built binary.
@Suite("Comparing with a previous version", .needsBuiltBinary)
struct PreviousVersionTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Fixtures/diff")

    /// `changed.yml` with a `revisions` list whose last version is `current`.
    static func changed(current: String, in folder: URL) throws -> String {
        let text = try String(contentsOf: fixtures.appendingPathComponent("changed.yml"), encoding: .utf8)
        let file = folder.appendingPathComponent("philosophy.yml")
        try (text + """
            revisions:
              - version: "\(current)"
                date: 2026-05-01
                summary: { en: Faster phones., de: Schnellere Telefone., sl: Hitrejši telefoni., nb: Raskere telefoner. }
                approved-by: [Ana Novak]

            """).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("build --previous lists what changed under the current revision, in each locale's words")
    func buildWithPrevious() throws {
        let folder = try temporaryFolder()
        let file = try Self.changed(current: "2.0", in: folder)
        let base = Self.fixtures.appendingPathComponent("base.yml").path
        #expect(try runBinary(["build", file, "--previous", base, "-o", "site", "--quiet"], in: folder).status == 0)
        let english = try String(contentsOf: folder.appendingPathComponent("site/en/changes.html"), encoding: .utf8)
        #expect(english.contains("<li>Standard frt-phone tightened: 90% within 2 minutes → 90% within 1 minute, per month.</li>"))
        let german = try String(contentsOf: folder.appendingPathComponent("site/de/changes.html"), encoding: .utf8)
        #expect(german.contains("<li>Unternehmen Velo umbenannt in Velo Werk.</li>"))
        let plain = try runBinary(["build", file, "-o", "plain", "--quiet"], in: folder)
        #expect(plain.status == 0)
        let withoutChanges = try String(contentsOf: folder.appendingPathComponent("plain/en/changes.html"), encoding: .utf8)
        #expect(!withoutChanges.contains("tightened"))
        let both = try runBinary(["build", file, "--previous", base, "--git", "HEAD", "-o", "x"], in: folder, capturing: .errors)
        #expect(both.status == 2 && both.output.contains("not both"))
    }

    @Test("lint --previous warns of a change of substance under the same revision, and not once a new one is added")
    func lintRevisionMissing() throws {
        let folder = try temporaryFolder()
        let before = try Self.changed(current: "1.0", in: folder)
        let earlier = folder.appendingPathComponent("earlier.yml")
        try FileManager.default.moveItem(atPath: before, toPath: earlier.path)
        let text = try String(contentsOf: earlier, encoding: .utf8)
        try text.replacingOccurrences(of: "within: 1m", with: "within: 30s")
            .write(toFile: before, atomically: true, encoding: .utf8)
        let same = try runBinary(["lint", "philosophy.yml", "--previous", "earlier.yml"], in: folder)
        #expect(same.output.contains(
            "warning: 1 change of substance since earlier.yml, but revision 1.0 is still the last (ethos diff lists them) [revision-missing]"))
        try text.replacingOccurrences(of: "within: 1m", with: "within: 30s").replacingOccurrences(of: "\"1.0\"", with: "\"1.1\"")
            .write(toFile: before, atomically: true, encoding: .utf8)
        let bumped = try runBinary(["lint", "philosophy.yml", "--previous", "earlier.yml"], in: folder)
        #expect(!bumped.output.contains("revision-missing"))
        let two = try runBinary(["lint", "philosophy.yml", "earlier.yml", "--previous", "earlier.yml"], in: folder,
                                capturing: .errors)
        #expect(two.status == 2 && two.output.contains("compare one file"))
    }

    @Test("lint --git REV reads the earlier version from git")
    func lintWithGit() throws {
        let repository = try temporaryFolder()
        try DiffCommandTests.git(["init", "-q"], in: repository)
        let file = try Self.changed(current: "1.0", in: repository)
        try DiffCommandTests.git(["add", "philosophy.yml"], in: repository)
        try DiffCommandTests.git(["commit", "-q", "-m", "first"], in: repository)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "owner: Werkstatt", with: "owner: Support").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try runBinary(["lint", "philosophy.yml", "--git", "HEAD"], in: repository)
        #expect(result.output.contains("since philosophy.yml@HEAD, but revision 1.0 is still the last"))
    }
}
