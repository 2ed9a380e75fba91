import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing

/// Each rule of bad input on its own fixture (`Fixtures/bad/NAME.csv`), with the exact line and
/// column of every problem listed in `NAME.expected`. `NAME.MAP.csv` is read with that built-in
/// map; `missing-timezone` without a time zone.
@Suite struct BadInputTests {
    static let fixtures = FindingFixtures(folder: repositoryRoot.appendingPathComponent("Tests/EthosScoreTests/Fixtures"))
    static let names: [String] = {
        let folder = fixtures.folder.appendingPathComponent("bad").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
    }()

    @Test(arguments: names)
    func everyProblemIsLocated(_ name: String) throws {
        let parts = name.dropLast(4).split(separator: ".")
        let map = try #require(ColumnMap.builtIn(parts.count > 1 ? String(parts[1]) : "generic"))
        let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
        let options = ScoreOptions(contacts: [ContactSource(path: scoreFixture("bad/\(name)"), map: map, displayName: name)],
                                   timeZone: parts[0] == "missing-timezone" ? nil : TimeZone(identifier: "Europe/Berlin"))
        let found: [String]
        do throws(Diagnostic) {
            found = try ScoreEngine.score(philosophy, options: options).problems.map { "\($0.line):\($0.column) \($0.severity) \($0.rule)" }
        } catch {
            #expect(error.location?.file == name)
            found = ["\(error.location?.line ?? 0):\(error.location?.column ?? 0) \(error.severity.rawValue) \(error.rule)"]
        }
        #expect(found == (try Self.fixtures.expectedFindings("bad/\(parts[0])")))
    }

    @Test func rejectedRowsAreCountedNotDropped() throws {
        let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
        let scorecard = try ScoreEngine.score(philosophy, options: ScoreOptions(
            contacts: [ContactSource(path: scoreFixture("bad/bad-value.csv"), map: .generic)], timeZone: TimeZone(identifier: "UTC")))
        #expect(scorecard.data.rows == 7)
        #expect(scorecard.data.rejected == 7)
        #expect(scorecard.data.contacts == 0)
    }

    @Test func aMissingColumnSuggestsTheNearestHeaderName() throws {
        let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
        do throws(Diagnostic) {
            _ = try ScoreEngine.score(philosophy, options: ScoreOptions(contacts: [ContactSource(path: scoreFixture("bad/missing-column.csv"), map: .generic)]))
            Issue.record("a missing column must stop the run")
        } catch {
            #expect(error.fix?.contains("'created_at'") == true)
        }
    }
}
