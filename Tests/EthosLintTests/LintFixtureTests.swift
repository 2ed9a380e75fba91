import EthosLint
import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The rule fixtures: every `Fixtures/GROUP/NAME.yml` is linted and its findings compared with
/// `NAME.expected`, one `LINE:COLUMN SEVERITY RULE` a line, in the order `ethos lint` prints them.
///
/// - `triggers/`: each makes one rule fire (some rules have several, per language or form);
/// - `near-misses/`: one per rule, close to firing it but clean;
/// - `silenced/`: `lint: disable` and `lint-ignore` at work.
@Suite("Lint fixtures")
struct LintFixtureTests {
    static let fixturesDirectory: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func names(in group: String) -> [String] {
        FindingFixtures(folder: fixturesDirectory).names(in: group).map { "\(group)/\($0)" }
    }

    static func allFixtures() -> [String] {
        names(in: "triggers") + names(in: "near-misses") + names(in: "silenced")
    }

    /// Loads and lints `fixture` the way `ethos lint` does, named by its file name; a
    /// `NAME.previous` beside it is the earlier version (`ethos lint --previous`).
    static func lint(_ fixture: String) -> [Diagnostic] {
        let url = fixturesDirectory.appendingPathComponent(fixture + ".yml")
        let earlier = fixturesDirectory.appendingPathComponent(fixture + ".previous")
        let previous = PhilosophyLoader.load(path: earlier.path).philosophy
        return Linter.lint(PhilosophyLoader.load(path: url.path, displayName: url.lastPathComponent), previous: previous,
                           previousName: earlier.lastPathComponent)
    }

    static func summary(_ findings: [Diagnostic]) -> [String] {
        findings.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "?") \($0.severity.rawValue) \($0.rule)" }
    }

    static func expected(_ fixture: String) throws -> [String] {
        try FindingFixtures(folder: fixturesDirectory).expectedFindings(fixture)
    }

    @Test("Each fixture gives exactly the expected findings", arguments: allFixtures())
    func fixtureGivesExpectedFindings(_ fixture: String) throws {
        let findings = Self.lint(fixture)
        #expect(Self.summary(findings) == (try Self.expected(fixture)),
                "\(fixture).yml:\n\(findings.map { "  " + $0.formatted }.joined(separator: "\n"))")
        let file = URL(fileURLWithPath: fixture).lastPathComponent + ".yml"
        #expect(findings.allSatisfy { $0.location?.file == file })
    }

    @Test("Every rule has a fixture that triggers it", arguments: Linter.rules.map(\.id))
    func ruleHasTrigger(_ rule: RuleID) throws {
        let triggered = try Self.names(in: "triggers").flatMap(Self.expected).map { $0.split(separator: " ").last.map(String.init) }
        #expect(triggered.contains(rule.rawValue), "no fixture under triggers/ fires \(rule)")
    }

    @Test("Every rule has a near miss, named after it, that does not trigger it", arguments: Linter.rules.map(\.id))
    func ruleHasNearMiss(_ rule: RuleID) throws {
        let fixture = "near-misses/\(rule)"
        #expect(Self.names(in: "near-misses").contains(fixture), "\(fixture).yml is missing")
        #expect(!Self.lint(fixture).contains { $0.rule == rule })
    }

    @Test("Each trigger names the offending item and carries a fix", arguments: names(in: "triggers"))
    func triggerHasMessageAndFix(_ fixture: String) {
        for finding in Self.lint(fixture) {
            #expect(!finding.message.isEmpty && !finding.message.contains("\n"))
            #expect(finding.fix?.isEmpty == false, "\(finding.formatted)")
        }
    }

    @Test("A misspelt rule id gets a did-you-mean; a format check is named as one")
    func unknownRuleFixes() {
        let fixes = Self.lint("triggers/unknown-rule").compactMap(\.fix)
        #expect(fixes == ["'unknown-key' is a format check of 'ethos validate', which cannot be silenced",
                          "did you mean 'hiring-missing'?"])
    }

    @Test("A target against its KPI's direction gets the turned-around objective as its fix")
    func wrongDirectionFixes() {
        let fixes = Self.lint("triggers/objective-wrong-direction").compactMap(\.fix)
        #expect(fixes == ["write 'at-most: 1m'", "write 'at-least: 60'", "write 'at-least: 30m'"])
    }

    @Test("A KPI orphaned in several places is reported once, counting the other uses")
    func orphanReportedOnce() {
        let messages = Self.lint("triggers/kpi-orphan").map(\.message)
        #expect(messages == ["KPI 'CSAT' is used by standard 'csat' (and 2 more uses) but no value names it"])
    }

    @Test("Messages name the item and, for a translation, its locale",
          arguments: [
              ("triggers/value-without-kpi", "value 'Speed' has no KPI to show it is lived"),
              ("triggers/values-too-many", "6 values are more than people remember; beyond five: 'Warmth'"),
              ("triggers/action-not-actionable-sl",
               "the action statement of 'Speed' (sl) names no action: \"Hitri odgovori za vse stranke.\" has no verb that says what to do"),
              ("triggers/value-cliche-de", "value 'Respect' leans on the cliché \"kunde ist könig\""),
              ("triggers/objective-wrong-direction",
               "standard 'frt-phone' asks for FRT of at least 1m, but lower is better for FRT"),
              ("triggers/standard-absolute", "standard 'frt-phone' promises 100% of cases; one case nobody could control breaks it"),
              ("triggers/promise-exceeds-capacity",
               "\"24/7\" promises service at every hour, but no channel is staffed around the clock"),
          ])
    func messageNamesItem(_ fixture: String, _ message: String) {
        #expect(Self.lint(fixture).map(\.message).contains(message))
    }
}
