import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing

/// The path of a fixture of the scorecard tests.
func scoreFixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/EthosScoreTests/Fixtures/\(name)").path
}

/// The scorecard of the fixture philosophy `scored.yml` over `contacts` (fixture names) read
/// with the generic map, in Berlin time.
func scoreFixtures(_ contacts: [String], actuals: [String] = [], minSample: Int = 1) throws -> Scorecard {
    let philosophy = try loadPhilosophy("Tests/EthosScoreTests/Fixtures/scored.yml")
    let options = ScoreOptions(contacts: contacts.map { ContactSource(path: scoreFixture($0), map: .generic, displayName: $0) },
                               actuals: actuals.map(scoreFixture), timeZone: TimeZone(identifier: "Europe/Berlin"),
                               minSample: minSample)
    return try ScoreEngine.score(philosophy, options: options)
}

extension Scorecard {
    /// The standard with `id`.
    func standard(_ id: String) throws -> StandardScore {
        try #require(standards.first { $0.id == id }, "no standard \(id)")
    }
}
