import EthosLoader
import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing

@Suite("OpenSLO export: goldens and OpenSLO's validation rules")
struct OpenSLOGoldenTests {
    /// The golden files' folder.
    static let golden = "Tests/EthosScoreTests/Golden/openslo"

    @Test("the export of two examples is as recorded (ETHOS_RECORD_GOLDEN=1 re-records), and has the expected shape",
          arguments: ["nextiva.yml", "kundenservice-de.yml"])
    func golden(_ name: String) throws {
        let philosophy = try loadPhilosophy("Examples/\(name)")
        let export = OpenSLOExport(philosophy, locale: philosophy.defaultLocale, timeZone: "Europe/Berlin")
        let text = try OpenSLOYAML.text(of: export.documents)
        try expectMatchesGolden(text, name.replacingOccurrences(of: ".yml", with: ".yaml"), in: Self.golden)

        let documents = try parsedDocuments(text)
        #expect(documents.count == 1 + philosophy.standards.count - export.skipped.count)
        #expect(documents.map { $0["kind"] as? String } == ["Service"] + Array(repeating: "SLO", count: documents.count - 1))
        let service = try #require(value("metadata.name", in: documents[0]) as? String)
        let names = documents.dropFirst().compactMap { value("metadata.name", in: $0) as? String }
        #expect(Set(names).count == documents.count - 1, "SLO names are unique")
        for slo in documents.dropFirst() {
            #expect(value("spec.service", in: slo) as? String == service)
            #expect(value("spec.budgetingMethod", in: slo) as? String == "Occurrences")
            #expect(value("spec.indicator.spec.ratioMetric", in: slo) != nil)
        }
        // Both examples judge every standard per month, and skip NPS (a score) and AHT (a mean).
        for slo in documents.dropFirst() {
            #expect(value("spec.timeWindow.0.duration", in: slo) as? String == "1M")
            #expect(value("spec.timeWindow.0.calendar.timeZone", in: slo) as? String == "Europe/Berlin")
        }
        #expect(export.skipped.map(\.message).allSatisfy { $0.contains("'nps'") || $0.contains("'aht-") })
        #expect(export.skipped.count == 2)
    }

    @Test("every document of every example passes OpenSLO's validation rules", arguments: exampleFiles())
    func examplesPassTheRules(_ name: String) throws {
        let philosophy = try loadPhilosophy("Examples/\(name)")
        for locale in philosophy.locales {
            for document in try parsedDocuments(OpenSLOExport(philosophy, locale: locale, timeZone: "Europe/Oslo")) {
                #expect(OpenSLORuleCheck.violations(of: document).isEmpty, "\(name) \(locale.tag): \(document["metadata"] ?? "")")
            }
        }
    }

    /// One broken variant: the rule it breaks, the example and SLO it starts from, and the
    /// text replaced in that SLO's YAML.
    struct BrokenVariant: CustomTestStringConvertible, Sendable {
        let rule: OpenSLORuleCheck.Rule
        let replacing: String
        let with: String
        var document = "frt-phone"
        var example = "nextiva.yml"
        var testDescription: String { rule.rawValue }
    }

    static let brokenVariants: [BrokenVariant] = [
        .init(rule: .apiVersion, replacing: "apiVersion: openslo/v1", with: "apiVersion: openslo/v2alpha"),
        .init(rule: .kind, replacing: "kind: SLO", with: "kind: Slo"),
        .init(rule: .metadata, replacing: "\nmetadata:\n", with: "\nmeta:\n"),
        .init(rule: .name, replacing: "  name: \"frt-phone\"\n  displayName", with: "  name: \"FRT phone\"\n  displayName"),
        .init(rule: .displayName, replacing: "displayName: \"First Response Time (FRT), Phone\"",
              with: "displayName: \"\(String(repeating: "x", count: 64))\""),
        .init(rule: .labelKey, replacing: "    kpi:\n", with: "    -kpi:\n"),
        .init(rule: .spec, replacing: "\nspec:\n", with: "\nspecification:\n"),
        .init(rule: .description, replacing: "  description: \"", with: "  description: \"\(String(repeating: "x", count: 1050))"),
        .init(rule: .service, replacing: "service: \"nextiva\"", with: "service: \"\""),
        .init(rule: .budgetingMethod, replacing: "  budgetingMethod: Occurrences\n", with: ""),
        .init(rule: .budgetingMethod, replacing: "budgetingMethod: Occurrences", with: "budgetingMethod: Occurrence"),
        .init(rule: .indicator, replacing: "  indicator:\n", with: "  indicatorRef: \"frt-phone\"\n  indicator:\n"),
        .init(rule: .indicator, replacing: "  indicator:\n", with: "  indicatr:\n"),
        .init(rule: .indicatorMetric, replacing: "ratioMetric:", with: "ratioMetrics:"),
        .init(rule: .totalOrRaw, replacing: "        total:", with: "        totals:"),
        .init(rule: .goodOrBad, replacing: "        good:", with: "        goods:"),
        .init(rule: .goodOrBad, replacing: "        total:", with: "        bad:\n          metricSource: { spec: { a: b } }\n        total:"),
        .init(rule: .rawExclusive, replacing: "        total:", with: "        rawType: success\n        raw:"),
        .init(rule: .rawType, replacing: "        rawType: success\n", with: "", document: "delivery-time", example: "kundenservice-de.yml"),
        .init(rule: .rawType, replacing: "rawType: success", with: "rawType: successes", document: "delivery-time",
              example: "kundenservice-de.yml"),
        .init(rule: .metricSource, replacing: "          metricSource:", with: "          metricSources:"),
        .init(rule: .metricSource, replacing: "            spec:\n              standard: \"frt-phone\"\n              kpi: \"FRT\"\n              field: \"hits\"",
              with: "            spec: {}\n            x:\n              standard: \"frt-phone\"\n              kpi: \"FRT\"\n              field: \"hits\""),
        .init(rule: .metricSourceRef, replacing: "          metricSource:\n", with: "          metricSource:\n            metricSourceRef: \"Ethos Score\"\n"),
        .init(rule: .timeWindowCount, replacing: "  budgetingMethod:", with: "  - duration: 28d\n    isRolling: true\n  budgetingMethod:"),
        .init(rule: .duration, replacing: "duration: 1M", with: "duration: 1 month"),
        .init(rule: .calendar, replacing: "isRolling: false", with: "isRolling: true"),
        .init(rule: .calendar, replacing: "    isRolling: false\n    calendar:\n      startTime: \"2024-01-01 00:00:00\"\n      timeZone: \"Europe/Berlin\"\n",
              with: "    isRolling: false\n"),
        .init(rule: .startTime, replacing: "\"2024-01-01 00:00:00\"", with: "\"2024-01-01T00:00:00Z\""),
        .init(rule: .startTime, replacing: "\"2024-01-01 00:00:00\"", with: "\"2024-02-30 00:00:00\""),
        .init(rule: .timeZone, replacing: "\"Europe/Berlin\"", with: "\"Mars/Olympus_Mons\""),
        .init(rule: .target, replacing: "  - target: 0.9", with: "  - target: 0.9\n    targetPercent: 90"),
        .init(rule: .target, replacing: "  - target: 0.9", with: "  - displayName: \"no target\""),
        .init(rule: .targetRange, replacing: "target: 0.9", with: "target: 1"),
        .init(rule: .targetRange, replacing: "target: 0.9", with: "target: -0.1"),
        .init(rule: .targetRange, replacing: "target: 0.9", with: "targetPercent: 100"),
        .init(rule: .ratioOperator, replacing: "  - target: 0.9", with: "  - target: 0.9\n    op: gte"),
        .init(rule: .threshold, replacing: "ratioMetric:", with: "thresholdMetric:"),
        .init(rule: .timeSlices, replacing: "budgetingMethod: Occurrences", with: "budgetingMethod: Timeslices"),
        .init(rule: .timeSlices, replacing: "budgetingMethod: Occurrences", with: "budgetingMethod: RatioTimeslices"),
    ]

    @Test("each broken variant of a generated SLO breaks its rule, where the SLO as generated breaks none",
          arguments: brokenVariants)
    func brokenVariantFails(_ variant: BrokenVariant) throws {
        let philosophy = try loadPhilosophy("Examples/\(variant.example)")
        let export = OpenSLOExport(philosophy, locale: philosophy.defaultLocale, timeZone: "Europe/Berlin")
        let document = try #require(export.documents.first { $0.metadata.name == variant.document })
        let text = try OpenSLOYAML.text(of: [document])
        #expect(OpenSLORuleCheck.violations(of: try #require(parsedDocuments(text).first)).isEmpty)
        #expect(text.contains(variant.replacing), "the variant's text is not in the generated SLO")
        let broken = text.replacingOccurrences(of: variant.replacing, with: variant.with)
        let violations = OpenSLORuleCheck.violations(of: try #require(parsedDocuments(broken).first))
        #expect(violations.contains { $0.rule == variant.rule }, "\(violations)")
    }

    @Test("every rule of the check has a broken variant")
    func everyRuleHasAVariant() {
        #expect(Set(Self.brokenVariants.map(\.rule)) == Set(OpenSLORuleCheck.Rule.allCases))
    }

    @Test("a Service with a broken name or an over-long description breaks the rules; as generated it breaks none")
    func service() throws {
        let text = try OpenSLOYAML.text(of: [OpenSLOExport(try loadPhilosophy("Examples/nextiva.yml"), locale: "en").documents[0]])
        let parsed = try #require(parsedDocuments(text).first)
        #expect(OpenSLORuleCheck.violations(of: parsed).isEmpty)
        let renamed = try #require(parsedDocuments(text.replacingOccurrences(of: "name: \"nextiva\"", with: "name: \"-nextiva\"")).first)
        #expect(OpenSLORuleCheck.violations(of: renamed).map(\.rule) == [.name])
        let long = text.replacingOccurrences(of: "description: \"", with: "description: \"\(String(repeating: "x", count: 1050))")
        #expect(OpenSLORuleCheck.violations(of: try #require(parsedDocuments(long).first)).map(\.rule) == [.description])
    }
}
