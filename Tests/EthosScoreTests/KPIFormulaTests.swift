import EthosModel
import EthosScore
import Testing

/// Every KPI formula on a hand-made file (`Fixtures/hand.csv`), with the figures worked out by
/// hand in the comments.
@Suite struct KPIFormulaTests {
    let scorecard: Scorecard

    init() throws {
        scorecard = try scoreFixtures(["hand.csv"], actuals: ["hand-actuals.csv"])
    }

    @Test func theDataSummaryCountsRowsContactsDuplicatesAndRejections() {
        // 7 records: contact 2 twice, one impossible date, one CSAT answer of 9.
        #expect(scorecard.data.rows == 7)
        #expect(scorecard.data.contacts == 4)
        #expect(scorecard.data.duplicates == 1)
        #expect(scorecard.data.rejected == 2)
        #expect(scorecard.data.from == "2026-03-02")
        #expect(scorecard.data.to == "2026-03-03")
    }

    @Test func firstReplyShareCountsWaitsForPhoneAndAbandonedAsLate() throws {
        // Phone on 2 March: a 60 s wait (within 2m), a 180 s wait, an abandoned call.
        let window = try #require(try scorecard.standard("frt-phone").windows.first { $0.start == "2026-03-02" })
        #expect(window.counted == 3)
        #expect(window.hits == 1)
        #expect(window.value == 0.3333)
        // 50 % of 3 allows floor(1.5) = 1 miss; 2 were used.
        #expect(window.budget == Budget(allowed: 1, used: 2))
        #expect(window.status == .missed)
        // Kundendienst is Support's German name; 'phone' matches the channel Phone.
        #expect(window.teams["Support"]?.counted == 2)
        #expect(window.teams["Support"]?.status == .met)
        #expect(window.teams["Returns"]?.status == .missed)
    }

    @Test func firstReplyMedianTakesTheMeanOfTheMiddleTwo() throws {
        // 60 s, 120 s (e-mail reply after exactly 2 minutes), 180 s, never: (120 + 180) / 2.
        let window = try #require(try scorecard.standard("frt-median").windows.first)
        #expect(window.value == 150)
        #expect(window.status == .met)
    }

    @Test func handleTimeIsTheMeanOfTalkHoldAndWrap() throws {
        // (200 + 20 + 20) and (300 + 0 + 60): a mean of exactly 300 s meets "at most 5m".
        let window = try #require(try scorecard.standard("aht").windows.first)
        #expect(window.counted == 2)
        #expect(window.value == 300)
        #expect(window.status == .met)
    }

    @Test func firstContactResolutionUsesTheLaterDuplicate() throws {
        // Solved: 1 (one reply), 2 (the later row has one reply), 4 (reopened once): 2 of 3.
        let window = try #require(try scorecard.standard("fcr").windows.first)
        #expect(window.counted == 3)
        #expect(window.hits == 2)
        #expect(window.value == 0.6667)
        #expect(window.status == .met)
    }

    @Test func satisfactionCountsFourAndFiveAsGood() throws {
        // 5, 4 (the later row of 2 replaced its 3) and 4.
        let window = try #require(try scorecard.standard("csat").windows.first)
        #expect(window.counted == 3)
        #expect(window.hits == 3)
        #expect(window.value == 1)
    }

    @Test func netPromoterScoreIsPromotersLessDetractors() throws {
        // A 10 and a 5: 50 % − 50 % = 0, which meets "at least 0".
        let window = try #require(try scorecard.standard("nps").windows.first)
        #expect(window.counted == 2)
        #expect(window.value == 0)
        #expect(window.status == .met)
    }

    @Test func effortIsTheMeanAnswer() throws {
        let window = try #require(try scorecard.standard("ces").windows.first)
        #expect(window.value == 5)
        #expect(window.status == .met)
    }

    @Test func kpisNoExportGivesComeFromActuals() throws {
        let window = try #require(try scorecard.standard("crr").windows.first)
        #expect(window.start == "2026-03-01" && window.end == "2026-04-01")
        #expect(window.value == 0.92)
        #expect(window.status == .met)
        #expect(window.counted == nil)
        #expect(window.teams["Support"]?.status == .missed)
    }

    @Test func withoutActualsAStandardSaysWhichInputWouldGiveIt() throws {
        let bare = try scoreFixtures(["hand.csv"])
        let crr = try bare.standard("crr")
        #expect(crr.windows.isEmpty)
        #expect(crr.noData?.contains("--actuals") == true)
    }

    @Test func rejectedRowsAndDuplicatesAreLocated() {
        let located = scorecard.problems.map { "\($0.line):\($0.column) \($0.severity) \($0.rule)" }
        #expect(located == ["6:1 warning duplicate-id", "7:2 error bad-timestamp", "8:9 error bad-value"])
    }

    @Test func belowTheMinimumSampleNothingIsJudged() throws {
        let strict = try scoreFixtures(["hand.csv"], minSample: 30)
        let window = try #require(try strict.standard("fcr").windows.first)
        #expect(window.status == .notEnoughData)
        #expect(window.value == 0.6667)
    }

    @Test func aLaterExportReplacesAContactReadFromAnEarlierOne() throws {
        // later.csv has contact 1 again, now with a CSAT answer of 1: it replaces the 5.
        let both = try scoreFixtures(["hand.csv", "later.csv"])
        #expect(both.data.contacts == 4)
        #expect(both.data.duplicates == 2)
        let csat = try #require(try both.standard("csat").windows.first)
        #expect(csat.counted == 3 && csat.hits == 2)
        let warning = try #require(both.problems.first { $0.file == "later.csv" })
        #expect(warning.rule == "duplicate-id" && warning.line == 2 && warning.message.contains("hand.csv:2"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        #expect(try scoreFixtures(["hand.csv"]).json() == scoreFixtures(["hand.csv"]).json())
    }
}
