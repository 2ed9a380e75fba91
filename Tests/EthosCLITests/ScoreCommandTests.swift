import EthosTestSupport
import Foundation
import Testing

/// `ethos score` as users run it: outputs, exit codes and the errors that stop a run.
@Suite("ethos score, the built binary", .needsBuiltBinary)
struct ScoreCommandTests {
    static let fixtures = "Tests/EthosScoreTests/Fixtures"
    static let philosophy = "\(fixtures)/scored.yml"

    private func score(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try runEthos(["score", Self.philosophy] + arguments)
    }

    @Test func writesTheJSONAndListsRejectedRowsOnStandardError() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--timezone", "Europe/Berlin", "--min-sample", "1", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["ethos-score"] as? Int == 1)
        #expect(run.errors.contains("\(Self.fixtures)/hand.csv:7:2: error: '2026-02-31 10:00' is not a timestamp [bad-timestamp]"))
        #expect(run.errors.contains("2 of 7 rows rejected"))
    }

    @Test func strictFailsWhenARowWasRejected() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--timezone", "Europe/Berlin", "--strict", "-o", "/dev/null", "--format", "json"])
        #expect(run.status == 1)
    }

    @Test func failOnMissedJudgesTheLastCompleteWindow() throws {
        let arguments = ["--contacts", "\(Self.fixtures)/missed.csv", "--min-sample", "1", "--format", "json"]
        #expect(try score(arguments).status == 0)
        #expect(try score(arguments + ["--fail-on", "missed"]).status == 1)
    }

    @Test func theFormatFollowsTheOutputFilesExtension() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("scores.json").path
        #expect(try score(["--contacts", "\(Self.fixtures)/missed.csv", "-o", file]).status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["company"] as? String == "Fjell & Dal")
    }

    @Test func textHasALinePerStandard() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--timezone", "Europe/Berlin", "--min-sample", "1"])
        #expect(run.status == 0)
        for id in ["frt-phone", "frt-chat", "frt-median", "aht", "fcr", "csat", "nps", "ces", "crr"] {
            #expect(run.output.contains(id), "no line for \(id)")
        }
    }

    @Test func zonelessTimesWithoutATimeZoneStopTheRun() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/bad/missing-timezone.csv"])
        #expect(run.status == 2)
        #expect(run.errors.contains("missing-timezone.csv:3:2: error:"))
        #expect(run.errors.contains("[missing-timezone]"))
    }

    @Test func aMisspeltMapOrTimeZoneIsAUsageError() throws {
        let map = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--map", "zendsk"])
        #expect(map.status == 2)
        #expect(map.errors.contains("did you mean 'zendesk'?"))
        let zone = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--timezone", "Europe/Berln"])
        #expect(zone.status == 2)
        #expect(zone.errors.contains("Europe/Berlin"))
        let early = try score(["--map", "zendesk", "--contacts", "a.csv"])
        #expect(early.status == 2)
        #expect(early.errors.contains("--map zendesk comes before any --contacts"))
        let twice = try score(["--contacts", "a.csv", "--map", "zendesk", "--map=connect"])
        #expect(twice.status == 2)
    }

    @Test func eachFileTakesTheMapThatFollowsIt() throws {
        // hand.csv has generic columns; read as a Zendesk export it would lack 'ID'.
        let zendesk = "\(Self.fixtures)/bad/coarse-data.zendesk.csv"
        let paired = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--contacts", zendesk, "--map", "zendesk",
                                "--timezone", "Europe/Berlin", "--format", "json"])
        #expect(paired.status == 0, "\(paired.errors)")
        let swapped = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--map", "zendesk", "--contacts", zendesk,
                                 "--timezone", "Europe/Berlin", "--format", "json"])
        #expect(swapped.status == 2)
        #expect(swapped.errors.contains("[missing-column]"))
    }

    @Test func aPhilosophyThatDoesNotLoadCannotBeScored() throws {
        let run = try runEthos(["score", "no-such-philosophy.yml", "--contacts", "\(Self.fixtures)/hand.csv"])
        #expect(run.status == 2)
        #expect(run.errors.contains("no-such-philosophy.yml:1:1: error: no such file [file-unreadable]"))
    }

    @Test func aBrokenMapFileIsLocated() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--map", "\(Self.fixtures)/maps/broken.yml"])
        #expect(run.status == 2)
        #expect(run.errors.contains("broken.yml:4:3: error: 'creatd' is not a key here [unknown-key]"))
    }

    @Test func surveysAddAnswersByTypeAndRejectUnknownTypes() throws {
        let run = try score(["--contacts", "\(Self.fixtures)/hand.csv", "--surveys", "\(Self.fixtures)/surveys.csv",
                             "--timezone", "Europe/Berlin", "--min-sample", "1", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let standards = try #require(json["standards"] as? [[String: Any]])
        let csat = try #require(standards.first { $0["id"] as? String == "csat" }?["windows"] as? [[String: Any]])
        // The file's 3 good answers, plus a 2 and a 5 from the surveys (the 6 is off the scale).
        #expect(csat.first?["counted"] as? Int == 5)
        #expect(csat.first?["hits"] as? Int == 4)
        #expect(run.errors.contains("surveys.csv:5:4: error: '6' is not a csat answer 1–5 [bad-value]"))
        #expect(run.errors.contains("surveys.csv:6:3: error: 'effort' is not a survey type [bad-value]"))
    }
}
