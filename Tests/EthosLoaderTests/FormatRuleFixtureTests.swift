import EthosTestSupport
import Foundation
import Testing

/// `docs/format.md` is the one reference of the format: each rule it states that a file can
/// break has a fixture that breaks it, in the fixture suite with its exact place.
@Suite("Every rule docs/format.md states has a fixture")
struct FormatRuleFixtureTests {
    static let reference = repositoryRoot.appendingPathComponent("docs/format.md")

    @Test("The rule is in docs/format.md and its fixture gives the expected finding", arguments: [
        ("at most 35 characters", "invalid/bad-locale-too-long", "bad-locale"),
        ("at most 100 years", "invalid/bad-duration-over-100-years", "bad-duration"),
        ("at least one; the first is the default", "invalid/empty-locales", "empty-value"),
        ("a slug is at most 80 characters", "invalid/duplicate-slug-after-80-characters", "duplicate-slug"),
        ("gets a trailing `-`: `CON` becomes `con-`", "invalid/duplicate-slug-device-name", "duplicate-slug"),
        ("Locale tags ignore case", "valid/locale-upper-case", "locale-case"),
        ("`mistaken-locale` **error**", "invalid/mistaken-locale-no", "mistaken-locale"),
        ("| `lint-ignore` | list of rule ids |", "invalid/wrong-type-lint-ignore-scalar", "wrong-type"),
        ("## `lint`", "invalid/unknown-key-in-lint", "unknown-key"),
        ("## `lint`", "valid/lint-settings", ""),
        ("the days people work, at least one", "invalid/empty-value-workdays", "empty-value"),
        ("| `date` | date | yes | the day off", "invalid/bad-date-holiday", "bad-date"),
        ("## `calendar`", "valid/calendar", ""),
    ])
    func ruleHasFixture(statement: String, fixture: String, rule: String) throws {
        let reference = try String(contentsOf: Self.reference, encoding: .utf8)
        #expect(reference.contains(statement), "docs/format.md no longer says: \(statement)")
        let findings = FixtureSuiteTests.load(fixture).diagnostics
        if rule.isEmpty {
            #expect(!findings.contains { $0.severity == .error }, "\(fixture): \(findings.map(\.formatted))")
        } else {
            #expect(findings.map(\.rule.rawValue).contains(rule), "\(fixture): \(findings.map(\.formatted))")
        }
    }
}
