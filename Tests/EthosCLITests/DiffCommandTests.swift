import EthosTestSupport
import Foundation
import Testing

/// `ethos diff`, run as the built binary: exit codes like diff(1), the formats, `--git`
/// against a repository made in the test, and the textconv driver inside `git diff`.
@Suite("diff command", .needsBuiltBinary)
struct DiffCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Fixtures/diff")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Runs git in `folder` with a fixed identity, failing the test when git fails.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Ethos Test", "-c", "user.email=test@example.com"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = builtBinary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin")
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("exit 0 and 'No changes.' for a reordered file, 1 and the sentences when something changed, 2 when a file has errors")
    func exitCodes() throws {
        let same = try runBinary(["diff", Self.fixture("base.yml"), Self.fixture("reordered.yml"), "--locale", "en"])
        #expect(same.status == 0 && same.output == "No changes.\n")
        let changed = try runBinary(["diff", Self.fixture("base.yml"), Self.fixture("changed.yml"), "--locale", "en"])
        #expect(changed.status == 1)
        #expect(changed.output.hasPrefix("Changes of substance:\n  Value Honesty: KPIs added: CES.\n"))
        #expect(changed.output.contains("\nWording only:\n  Company Velo renamed to Velo Werk.\n"))
        let folder = try temporaryFolder()
        try Data("ethos: 1\ncompany: [\n".utf8).write(to: folder.appendingPathComponent("broken.yml"))
        let broken = try runBinary(["diff", Self.fixture("base.yml"), "broken.yml"], in: folder, capturing: .errors)
        #expect(broken.status == 2)
        #expect(broken.output.hasPrefix("broken.yml:"))
        let usage = try runBinary(["diff", Self.fixture("base.yml")], capturing: .errors)
        #expect(usage.status == 2 && usage.output.contains("name two files"))
    }

    @Test("--format md and json, and every locale of the newer file by default")
    func formats() throws {
        let markdown = try runBinary(["diff", Self.fixture("base.yml"), Self.fixture("changed.yml"), "--format", "md"])
        #expect(markdown.status == 1)
        #expect(markdown.output.components(separatedBy: "\n## ").count == 4, "one section per locale")
        #expect(markdown.output.contains("### Inhaltliche Änderungen\n\n- Wert Ehrlichkeit: KPIs hinzugefügt: CES.\n"))
        let json = try runBinary(["diff", Self.fixture("base.yml"), Self.fixture("changed.yml"), "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 32)
        #expect(Set(changes.compactMap { ($0["sentences"] as? [String: String])?.keys }.joined()) == ["en", "de", "sl", "nb"])
    }

    @Test("--git REV compares the file with its version in a commit; a bad revision exits 2 with git's reason")
    func gitRevision() throws {
        let repository = try temporaryFolder()
        try Self.git(["init", "-q"], in: repository)
        let file = repository.appendingPathComponent("philosophy.yml")
        try FileManager.default.copyItem(atPath: Self.fixture("base.yml"), toPath: file.path)
        try Self.git(["add", "philosophy.yml"], in: repository)
        try Self.git(["commit", "-q", "-m", "first"], in: repository)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(atPath: Self.fixture("changed.yml"), toPath: file.path)
        let result = try runBinary(["diff", "philosophy.yml", "--git", "HEAD", "--locale", "en"], in: repository)
        #expect(result.status == 1)
        #expect(result.output.contains("Standard frt-phone tightened: 90% within 2 minutes → 90% within 1 minute, per month."))
        let json = try runBinary(["diff", "philosophy.yml", "--git", "HEAD", "--format", "json"], in: repository)
        #expect(json.output.contains(#""old": "philosophy.yml@HEAD""#))
        let unknown = try runBinary(["diff", "philosophy.yml", "--git", "v9"], in: repository, capturing: .errors)
        #expect(unknown.status == 2 && unknown.output.hasPrefix("error: cannot read philosophy.yml at v9 from git"))
        let option = try runBinary(["diff", "philosophy.yml", "--git=--output=x"], in: repository, capturing: .errors)
        #expect(option.status == 2 && option.output.contains("is not a git revision"))
    }

    @Test("as git's textconv driver, git diff shows the changed facts and nothing for a reordering")
    func textconvDriver() throws {
        let repository = try temporaryFolder()
        try Self.git(["init", "-q"], in: repository)
        try Self.git(["config", "diff.ethos.textconv", "ethos diff --textconv"], in: repository)
        try Data("philosophy.yml diff=ethos\n".utf8).write(to: repository.appendingPathComponent(".gitattributes"))
        let file = repository.appendingPathComponent("philosophy.yml")
        try FileManager.default.copyItem(atPath: Self.fixture("base.yml"), toPath: file.path)
        try Self.git(["add", "."], in: repository)
        try Self.git(["commit", "-q", "-m", "first"], in: repository)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(atPath: Self.fixture("reordered.yml"), toPath: file.path)
        #expect(try Self.git(["diff"], in: repository).isEmpty, "a reordering shows no difference")
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(atPath: Self.fixture("changed.yml"), toPath: file.path)
        let diff = try Self.git(["diff"], in: repository)
        #expect(diff.contains("\n-standard frt-phone: 90% of calls are answered within 2 minutes.\n"))
        #expect(diff.contains("\n+standard frt-phone: 90% of calls are answered within 1 minute.\n"))
        // A version with errors is shown as written rather than breaking git diff.
        try Data("ethos: 1\ncompany: [\n".utf8).write(to: file)
        #expect(try Self.git(["diff"], in: repository).contains("\n+company: [\n"))
    }
}
