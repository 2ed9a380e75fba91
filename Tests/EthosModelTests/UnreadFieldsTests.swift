import Testing
@testable import EthosModel

/// The loader tells the checker which fields it could not read; the checker leaves them alone,
/// so a problem is reported once, by the reader that found it.
@Suite("Unread fields")
struct UnreadFieldsTests {
    private let philosophy = Philosophy(company: "Acme") {
        CompanyPurpose("We help.")
        SupportVision("Fast help.")
        ServiceValues {
            ServiceValue(name: "Integrity", action: "Say what you mean.", kpis: ["NSP"])
        }
        KPIDefinitions {
            KPIDefinition(id: "Refunds", name: "Refunds", direction: .lower)
        }
        ServiceStandards {
            ServiceStandard(kpi: "CSAT", objective: .atLeast(85), owner: "Support")
        }
    }

    @Test("without unread fields the checker judges every field")
    func everyField() {
        let findings = PhilosophyChecker.check(philosophy)
        #expect(findings.map(\.path.description)
            == ["kpis[0]", "values[0].kpis[0]", "standards[0].objective.at-least", "standards[0].owner"])
    }

    @Test("nothing is reported at or inside an unread field")
    func skipsUnreadFields() {
        let unread = UnreadFields([FieldPath.root.key("standards").index(0)])
        let findings = PhilosophyChecker.check(philosophy, skipping: unread)
        #expect(findings.map(\.path.description) == ["kpis[0]", "values[0].kpis[0]"])
    }

    @Test("a KPI whose unit could not be read is not also missing its unit")
    func malformedIsNotMissing() {
        let unread = UnreadFields([FieldPath.root.key("kpis").index(0).key("unit")])
        let findings = PhilosophyChecker.check(philosophy, skipping: unread)
        #expect(!findings.contains { $0.rule == .missingKey })
    }
}
