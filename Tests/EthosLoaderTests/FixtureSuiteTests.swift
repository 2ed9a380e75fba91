import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The data-driven bad-input suite: every `Fixtures/invalid/NAME.yml` and `Fixtures/valid/NAME.yml`
/// is loaded and its findings compared with `NAME.expected`, one `LINE:COLUMN SEVERITY RULE` a line,
/// in the order the loader reports them (sorted by position).
@Suite("Fixture suite")
struct FixtureSuiteTests {
    /// The `Fixtures` folder copied into the test bundle.
    static let fixturesDirectory: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The names of the fixtures in `group` (`invalid` or `valid`), without `.yml`, sorted.
    static func fixtureNames(in group: String) -> [String] {
        FindingFixtures(folder: fixturesDirectory).names(in: group)
    }

    /// Every fixture as `group/name`, for the parameterized test.
    static func allFixtures() -> [String] {
        fixtureNames(in: "invalid").map { "invalid/\($0)" } + fixtureNames(in: "valid").map { "valid/\($0)" }
    }

    static func invalidFixtures() -> [String] {
        fixtureNames(in: "invalid")
    }

    /// Loads `group/name.yml` the way `ethos validate` does, with the file name as display name.
    static func load(_ fixture: String) -> LoadResult {
        let url = fixturesDirectory.appendingPathComponent(fixture + ".yml")
        return PhilosophyLoader.load(path: url.path, displayName: url.lastPathComponent)
    }

    /// `LINE:COLUMN SEVERITY RULE` for each finding.
    static func summary(of result: LoadResult) -> [String] {
        result.diagnostics.map { diagnostic in
            let line = diagnostic.location.map { String($0.line) } ?? "?"
            let column = diagnostic.location.map { String($0.column) } ?? "?"
            return "\(line):\(column) \(diagnostic.severity.rawValue) \(diagnostic.rule.rawValue)"
        }
    }

    /// The non-empty lines of `group/name.expected`.
    static func expectations(of fixture: String) throws -> [String] {
        try FindingFixtures(folder: fixturesDirectory).expectedFindings(fixture)
    }

    // MARK: The fixtures

    @Test("Each fixture gives exactly the expected findings", arguments: allFixtures())
    func fixtureGivesExpectedFindings(_ fixture: String) throws {
        let result = Self.load(fixture)
        let actual = Self.summary(of: result)
        let expected = try Self.expectations(of: fixture)
        #expect(
            actual == expected,
            """
            \(fixture).yml: findings differ from \(fixture).expected
              expected: \(expected)
              actual:   \(actual)
            messages:
            \(result.diagnostics.map { "  " + $0.formatted }.joined(separator: "\n"))
            """
        )
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location?.file == URL(fileURLWithPath: fixture).lastPathComponent + ".yml",
                    "\(fixture).yml: a finding names the wrong file: \(diagnostic.formatted)")
        }
    }

    @Test("There are at least 60 invalid fixtures, each with its .expected file")
    func invalidFixturesAreNumerous() throws {
        let names = Self.fixtureNames(in: "invalid")
        #expect(names.count >= 60, "only \(names.count) invalid fixtures")
        for name in names {
            let expected = try Self.expectations(of: "invalid/\(name)")
            #expect(!expected.isEmpty, "invalid/\(name).expected lists no finding")
        }
        #expect(Self.fixtureNames(in: "valid").count >= 3)
    }

    @Test("An invalid fixture gives no philosophy", arguments: invalidFixtures())
    func invalidFixtureGivesNoPhilosophy(_ name: String) {
        let result = Self.load("invalid/\(name)")
        #expect(result.philosophy == nil, "invalid/\(name).yml was accepted: \(Self.summary(of: result))")
        #expect(result.hasErrors, "invalid/\(name).yml gave no error: \(Self.summary(of: result))")
    }

    @Test("A valid fixture gives a philosophy and no error", arguments: fixtureNames(in: "valid"))
    func validFixtureGivesPhilosophy(_ name: String) {
        let result = Self.load("valid/\(name)")
        #expect(result.philosophy != nil, "valid/\(name).yml was rejected: \(Self.summary(of: result))")
        #expect(!result.hasErrors)
    }

    @Test("Near misses come with a did-you-mean fix",
          arguments: [
              ("unknown-kpi-in-value", "did you mean 'NPS'?"),
              ("unknown-kpi-in-team", "did you mean 'CSAT'?"),
              ("unknown-kpi-in-standard", "did you mean 'FCR'?"),
              ("unknown-channel", "did you mean 'Phone'?"),
              ("unknown-owner-team", "did you mean 'Support'?"),
              ("unknown-key-in-value", "did you mean 'description'?"),
              ("unknown-key-wrong-case", "did you mean 'action'?"),
              ("bad-choice-unit-percentage", "did you mean 'percent'?"),
              ("unknown-key-in-lint", "did you mean 'disable'?"),
          ])
    func nearMissHasSuggestion(_ name: String, _ fix: String) {
        let result = Self.load("invalid/\(name)")
        let fixes = result.diagnostics.compactMap(\.fix)
        #expect(fixes.contains(fix), "invalid/\(name).yml: no fix \"\(fix)\" among \(fixes)")
    }

    // MARK: Limits

    /// A temporary directory for files too large or too odd to keep in the repository.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ethos-fixture-suite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// 11 MiB of YAML that would otherwise be a valid start of a philosophy.
    static func elevenMebibytes() -> Data {
        let size = 11 * 1_024 * 1_024
        var bytes = Array("ethos: 1\ncompany: Acme\n".utf8)
        let padding = Array("# padding padding padding padding padding padding padding padding\n".utf8)
        bytes.reserveCapacity(size)
        while bytes.count + padding.count <= size { bytes += padding }
        bytes += Array(repeating: UInt8(ascii: "#"), count: size - bytes.count)
        return Data(bytes)
    }

    @Test("An 11 MiB file gives exactly one file-too-large error at 1:1")
    func elevenMebibyteFileIsTooLarge() throws {
        try Self.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("huge.yml")
            try Self.elevenMebibytes().write(to: url)
            let result = PhilosophyLoader.load(path: url.path, displayName: "huge.yml")
            #expect(Self.summary(of: result) == ["1:1 error file-too-large"])
            #expect(result.diagnostics.first?.location?.file == "huge.yml")
            #expect(result.philosophy == nil)
        }
    }

    @Test("Each limit case is rejected with one error",
          arguments: [
              ("alias-bomb", "alias-limit"),
              ("alias-bomb-in-key", "alias-limit"),
              ("deep-nesting", "nesting-limit"),
              ("deep-nesting-block", "nesting-limit"),
              ("11 MiB", "file-too-large"),
          ])
    func limitCaseIsRejected(_ name: String, _ rule: String) {
        let result = name == "11 MiB"
            ? PhilosophyLoader.load(bytes: [UInt8](Self.elevenMebibytes()), file: "huge.yml")
            : Self.load("invalid/\(name)")
        #expect(result.diagnostics.count == 1, "\(name): \(Self.summary(of: result))")
        #expect(result.diagnostics.first?.rule.rawValue == rule)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.philosophy == nil)
    }

    // MARK: Unreadable paths

    @Test("A directory is file-unreadable at 1:1")
    func directoryIsUnreadable() throws {
        try Self.withTemporaryDirectory { directory in
            let result = PhilosophyLoader.load(path: directory.path, displayName: "folder")
            #expect(Self.summary(of: result) == ["1:1 error file-unreadable"])
            #expect(result.diagnostics.first?.location?.file == "folder")
            #expect(result.philosophy == nil)
        }
    }

    @Test("A missing file is file-unreadable at 1:1")
    func missingFileIsUnreadable() throws {
        try Self.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("no-such-file.yml").path
            let result = PhilosophyLoader.load(path: path, displayName: "no-such-file.yml")
            #expect(Self.summary(of: result) == ["1:1 error file-unreadable"])
            #expect(result.diagnostics.first?.location?.file == "no-such-file.yml")
            #expect(result.philosophy == nil)
        }
    }
}
