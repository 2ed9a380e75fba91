import EthosLint
import EthosModel
import Testing

@Suite("The rule catalogue")
struct RuleCatalogueTests {
    @Test("the issue's 19 rules, objective-wrong-direction, revision-missing and unknown-rule, each id once, in kebab-case")
    func ids() {
        let ids = Linter.rules.map(\.id.rawValue)
        #expect(ids == [
            "values-too-many", "values-too-few", "value-without-kpi", "kpi-orphan", "value-cliche",
            "action-not-actionable", "vision-too-long", "objective-wrong-direction", "standard-absolute", "standard-no-window", "standard-no-source",
            "standard-no-owner", "channel-no-hours", "channel-no-offline", "promise-exceeds-capacity",
            "social-without-recovery", "onboarding-no-refresher", "team-without-kpi", "hiring-missing",
            "revision-missing", "translation-missing", "unknown-rule",
        ])
        #expect(Set(ids).count == ids.count)
        #expect(Linter.ruleIDs.count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }

    @Test("only translation-missing is shared with the loader, at the loader's severity")
    func sharedWithLoader() throws {
        let loaderRules = RuleID.validationRules.map(\.rule)
        let shared = Linter.rules.filter { loaderRules.contains($0.id) }
        #expect(shared.map(\.id) == [.translationMissing])
        let loaderSeverity = try #require(RuleID.validationRules.first { $0.rule == .translationMissing }?.severity)
        #expect(shared.first?.severity == loaderSeverity)
    }

    @Test("most rules warn; a few inform; a target against its KPI and a misspelt rule id are errors")
    func severities() {
        let bySeverity = Dictionary(grouping: Linter.rules.map { ($0.severity, $0.id.rawValue) }, by: \.0)
            .mapValues { $0.map(\.1) }
        #expect(bySeverity[.info] == ["standard-no-source", "hiring-missing"])
        #expect(bySeverity[.error] == ["objective-wrong-direction", "unknown-rule"])
        #expect(bySeverity[.warning]?.count == 18)
    }

    @Test("each rule has a one-line summary, an explanation with the reason, and a fix", arguments: Linter.rules.map(\.id))
    func descriptions(_ id: RuleID) throws {
        let rule = try #require(Linter.rule(id))
        #expect(!rule.summary.isEmpty && !rule.summary.contains("\n") && rule.summary.count <= 100)
        #expect(rule.explanation.split(separator: " ").count >= 40, "\(id): explain the reason in a few sentences")
        #expect(rule.explanation.contains("This rule") || rule.explanation.contains("The check"), "\(id): say how it decides")
        #expect(!rule.fix.isEmpty && !rule.fix.contains("\n"))
    }

    @Test("action-not-actionable states its heuristic for en, de, sl and nb")
    func actionHeuristics() throws {
        let explanation = try #require(Linter.rule("action-not-actionable")).explanation
        for language in ["English (en):", "German (de):", "Slovenian (sl):", "Norwegian (nb):"] {
            #expect(explanation.contains(language))
        }
    }
}
