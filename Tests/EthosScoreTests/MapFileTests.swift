import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing

/// Map files: a helpdesk Ethos has no built-in map for, read with its own spellings and units,
/// and a broken map whose every problem is located.
@Suite struct MapFileTests {
    @Test func aMapFileReadsColumnsSpellingsUnitsAndTables() throws {
        let map = try MapFile.load(path: scoreFixture("maps/helpdesk.yml"), file: "helpdesk.yml")
        #expect(map.fields[.firstReplyMinutes]?.unitSeconds == 3_600)
        #expect(map.fields[.ces]?.reverse == true)
        #expect(map.teams["Q-ret"] == "Returns")
        let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
        let scorecard = try ScoreEngine.score(philosophy, options: ScoreOptions(
            contacts: [ContactSource(path: scoreFixture("maps/helpdesk.csv"), map: map, displayName: "helpdesk.csv")]))
        #expect(scorecard.problems.isEmpty)
        // Ratings: Great is good, poor (any case) is bad, Not asked is no answer.
        let csat = try #require(try scorecard.standard("csat").windows.first)
        #expect(csat.counted == 2 && csat.hits == 1)
        // Effort reversed on 1-7: 2 → 6, 7 → 1, so the mean is 3.5.
        #expect(try scorecard.standard("ces").windows.first?.value == 3.5)
        // Replies after 0.5 h and 2 h; the hung-up call counts as never answered: median 2 h.
        #expect(try scorecard.standard("frt-median").windows.first?.value == 7_200)
        // Mail → E-mail, Voice → Phone; Q-ret → Returns.
        let phone = try #require(try scorecard.standard("frt-phone").windows.first)
        #expect(phone.counted == 1 && phone.hits == 0)
        #expect(try scorecard.standard("csat").windows.first?.teams["Returns"]?.counted == 2)
    }

    @Test func aTenPointSatisfactionScaleCountsItsTopQuarterAsGood() throws {
        let map = try MapFile.load(path: scoreFixture("maps/ten-point.yml"), file: "ten-point.yml")
        #expect(map.fields[.csat]?.scale == 1...10)
        let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
        let scorecard = try ScoreEngine.score(philosophy, options: ScoreOptions(
            contacts: [ContactSource(path: scoreFixture("maps/ten-point.csv"), map: map, displayName: "ten-point.csv")]))
        // 10 and 8 are good, 7 and 1 are not; 11 is off the scale and rejects its row.
        let csat = try #require(try scorecard.standard("csat").windows.first)
        #expect(csat.counted == 4 && csat.hits == 2)
        #expect(scorecard.problems.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" } == ["6:3 bad-value '11' is not an answer 1–10"])
    }

    @Test func everyProblemOfABrokenMapIsLocated() throws {
        do throws(MapFile.Problems) {
            _ = try MapFile.load(path: scoreFixture("maps/broken.yml"), file: "broken.yml")
            Issue.record("a broken map must not load")
        } catch {
            let found = error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity.rawValue) \($0.rule)" }
            let fixtures = FindingFixtures(folder: repositoryRoot.appendingPathComponent("Tests/EthosScoreTests/Fixtures"))
            #expect(found.sorted() == (try fixtures.expectedFindings("maps/broken")).sorted())
            #expect(error.diagnostics.contains { $0.fix == "did you mean 'created'?" })
            #expect(error.diagnostics.contains { $0.fix == "did you mean 'channels'?" })
        }
    }
}
