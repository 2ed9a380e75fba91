import EthosLoader
import EthosModel
import EthosScore
import EthosTestSupport
import Foundation
import Testing

@Suite("OpenSLO export: the mapping")
struct OpenSLOExportTests {
    @Test("a share objective is good contacts within the limit over counted contacts, target the share")
    func shareObjective() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: FRT
                channel: Phone
                owner: Support
                statement: 90% of calls reach a person within two minutes.
                objective: { share: 90%, within: 2m }
                window: month
            """)
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en", timeZone: "Europe/Berlin")
        let slo = try #require(export.objectives.first)
        #expect(slo.metadata.name == "frt-phone" && slo.indicatorName == "frt-phone")
        #expect(slo.metadata.displayName == "First Response Time (FRT), Phone")
        #expect(slo.metadata.labels.map { "\($0.key)=\($0.value)" } == ["kpi=FRT", "channel=Phone", "team=Support"])
        #expect(slo.description == "90% of calls reach a person within two minutes.")
        #expect(slo.service == "fjell-dal" && slo.target == 0.9)
        #expect(slo.window == .calendar(duration: "1M", startTime: "2024-01-01 00:00:00", timeZone: "Europe/Berlin"))
        guard case .good(let good, let total) = slo.ratio else { Issue.record("not good/total: \(slo.ratio)"); return }
        #expect(good.type == "ethos-score" && total.type == "ethos-score")
        let goodSpec = Dictionary(uniqueKeysWithValues: good.spec.map { ($0.key, $0.value) })
        #expect(goodSpec["query"] == #".standards[] | select(.id == "frt-phone") | .windows[].hits"#)
        #expect(goodSpec["events"]?.contains("at most 2m after created") == true)
        #expect(total.spec.first { $0.key == "field" }?.value == "counted")
        #expect(export.skipped.isEmpty)
    }

    @Test("a percent KPI: at-least counts hits as good; at-most counts them as bad with the complement as target")
    func percentObjectives() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: CSAT
                objective: { at-least: 85% }
              - kpi: FCR
                objective: { at-most: 95% }
            """)
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        let (csat, fcr) = (export.objectives[0], export.objectives[1])
        guard case .good(let good, _) = csat.ratio, case .bad(let bad, _) = fcr.ratio else {
            Issue.record("\(csat.ratio) \(fcr.ratio)"); return
        }
        #expect(csat.target == 0.85 && fcr.target == 0.05, "1 - 95 % is exactly 0.05, not 0.04999…")
        #expect(good.spec.first { $0.key == "events" }?.value == "good satisfaction answers (4-5)")
        #expect(bad.spec.first { $0.key == "events" }?.value == "solved contacts resolved at first contact")
    }

    @Test("KPIs no export gives are the ratio --actuals gives: of successes for at-least and shares, of failures for at-most")
    func actualsAreRawRatios() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: CRR
                objective: { at-least: 90% }
              - kpi: churn
                objective: { at-most: 5% }
            """)
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        guard case .raw(let crr, ofFailures: false) = export.objectives[0].ratio,
              case .raw(_, ofFailures: true) = export.objectives[1].ratio else {
            Issue.record("\(export.objectives.map(\.ratio))"); return
        }
        #expect(export.objectives.map(\.target) == [0.9, 0.95])
        #expect(crr.spec.first { $0.key == "query" }?.value == #".standards[] | select(.id == "crr") | .windows[].value"#)
    }

    @Test("windows: month (or none) is a calendar 1M, every calendar period likewise, a duration is rolling whole days")
    func windows() throws {
        let periods = ["month": "1M", "day": "1d", "week": "1w", "quarter": "1Q", "year": "1Y"]
        let standards = periods.keys.sorted().map { "  - { id: \($0), kpi: CSAT, objective: { at-least: 80% }, window: \($0) }" }
            + ["  - { id: rolling, kpi: CSAT, objective: { at-least: 80% }, window: 28d }",
               "  - { id: hours, kpi: CSAT, objective: { at-least: 80% }, window: 36h }",
               "  - { id: none, kpi: CSAT, objective: { at-least: 80% } }"]
        let result = try openSLOPhilosophy(standards: standards.joined(separator: "\n"))
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        let windows = Dictionary(uniqueKeysWithValues: export.objectives.map { ($0.metadata.name, $0.window) })
        for (period, duration) in periods {
            #expect(windows[period] == .calendar(duration: duration, startTime: "2024-01-01 00:00:00", timeZone: "UTC"))
        }
        #expect(windows["rolling"] == .rolling(duration: "28d"))
        #expect(windows["hours"] == .rolling(duration: "2d"), "rounded up to whole days, as the scorecard counts")
        #expect(windows["none"] == .calendar(duration: "1M", startTime: "2024-01-01 00:00:00", timeZone: "UTC"))
    }

    @Test("standards OpenSLO cannot express are skipped, each with a warning located at its objective")
    func skipped() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: FRT
                channel: Chat
                objective: { share: 100%, within: 1m }
              - kpi: NPS
                objective: { at-least: 50 }
              - kpi: AHT
                objective: { at-most: 6m }
              - kpi: AOV
                objective: { at-least: 50 }
              - kpi: churn
                objective: { at-most: 0% }
              - kpi: CSAT
                objective: { at-least: 80% }
            """)
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        #expect(export.objectives.map(\.metadata.name) == ["csat"])
        let warnings = export.skipped.map(result.locations.locate)
        #expect(warnings.map(\.rule) == Array(repeating: .openSLOSkipped, count: 5))
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map { $0.location?.line } == [13, 15, 17, 19, 21])
        #expect(warnings.map(\.path.description) == ["standards[0].objective.share", "standards[1].objective.at-least",
                                                     "standards[2].objective.at-most", "standards[3].objective.at-least",
                                                     "standards[4].objective.at-most"])
        let messages = warnings.map(\.message)
        #expect(messages[0] == "standard 'frt-chat' is not exported to OpenSLO: 'share: 100%' leaves no room for a miss, "
                    + "and an OpenSLO target must be below 100 % (an error budget above zero)")
        #expect(messages[1].contains("'nps'") && messages[1].contains("bounds a score"))
        #expect(messages[2].contains("'aht'") && messages[2].contains("median or mean time"))
        #expect(warnings[2].fix == "write it as a share to export it, such as { share: 90%, within: 6m }")
        #expect(messages[3].contains("'aov'") && messages[3].contains("bounds an amount"))
        #expect(messages[4].contains("'at-most: 0%' leaves no room for a miss"))
    }

    @Test("metadata.name is a DNS label, unique, cut to 63 characters; an id of no Latin letters falls back to slo-N")
    func names() throws {
        let long = String(repeating: "Very Long Standard ", count: 6)
        let result = try openSLOPhilosophy(standards: """
              - { id: "FRT Phone!", kpi: CSAT, objective: { at-least: 80% } }
              - { id: frt-phone, kpi: CSAT, objective: { at-least: 80% } }
              - { id: "\(long)", kpi: CSAT, objective: { at-least: 80% } }
              - { id: "\(long)2", kpi: CSAT, objective: { at-least: 80% } }
              - { id: "服务", kpi: CSAT, objective: { at-least: 80% } }
            """, company: "\"  ---  \"")
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        let names = export.objectives.map(\.metadata.name)
        #expect(names[0] == "frt-phone" && names[1] == "frt-phone-2")
        #expect(names[2] == "very-long-standard-very-long-standard-very-long-standard-very-l")
        #expect(names[3] == "very-long-standard-very-long-standard-very-long-standard-very-2")
        #expect(names[4] == "slo-5")
        #expect(export.documents[0].metadata.name == "service")
        for name in names + [export.documents[0].metadata.name] {
            #expect(name.count <= 63 && name.range(of: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", options: .regularExpression) != nil)
        }
        #expect(Set(names).count == names.count)
    }

    @Test("the company's and standards' text is data: quotes, ': ', '#', line breaks and 'yes' read back as written")
    func hostileTextRoundTrips() throws {
        let company = "Acme: \"Support\" # first\nsecond line \u{2028} yes"
        let statement = "yes"
        let result = try openSLOPhilosophy(standards: """
              - kpi: CSAT
                statement: "\(statement)"
                objective: { at-least: 80% }
                owner: Support
            """, company: "\"Acme: \\\"Support\\\" # first\\nsecond line \\u2028 yes\"")
        let philosophy = try #require(result.philosophy)
        #expect(philosophy.company == company)
        let documents = try parsedDocuments(OpenSLOExport(philosophy, locale: "en"))
        #expect(value("metadata.displayName", in: documents[0]) as? String == company)
        #expect(value("spec.description", in: documents[1]) as? String == statement)
        #expect(value("metadata.name", in: documents[0]) as? String == "acme-support-first-second-line-yes")
    }

    @Test("display names and descriptions are cut to OpenSLO's lengths (63 and 1050 characters) with an ellipsis")
    func lengths() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: CSAT
                statement: "\(String(repeating: "ü", count: 1200))"
                objective: { at-least: 80% }
            """, company: String(repeating: "Å", count: 70))
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        #expect(export.documents[0].metadata.displayName == String(repeating: "Å", count: 62) + "…")
        #expect(export.objectives[0].description == String(repeating: "ü", count: 1049) + "…")
    }

    @Test("texts are in the locale asked for, the default locale's where a text has no translation")
    func locale() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: CSAT
                statement: { en: Most customers are happy., de: Die meisten Kunden sind zufrieden. }
                objective: { at-least: 80% }
            """)
        let philosophy = try #require(result.philosophy)
        #expect(OpenSLOExport(philosophy, locale: "de").objectives[0].description == "Die meisten Kunden sind zufrieden.")
        #expect(OpenSLOExport(philosophy, locale: "en").objectives[0].description == "Most customers are happy.")
        #expect(OpenSLOExport(philosophy, locale: "de").documents[0].metadata == OpenSLOExport(philosophy, locale: "en").documents[0].metadata)
    }
}

@Suite("OpenSLO export: edge cases")
struct OpenSLOEdgeCaseTests {
    @Test("a target near 0 is written in plain decimals, never an exponent YAML 1.1 would read as text")
    func smallTarget() throws {
        let result = try openSLOPhilosophy(standards: """
              - kpi: churn
                objective: { at-most: 99.9999999% }
            """)
        let export = OpenSLOExport(try #require(result.philosophy), locale: "en")
        #expect(try OpenSLOYAML.text(of: export.documents).contains("  - target: 0.000000001\n"))
        #expect(value("spec.objectives.0.target", in: try parsedDocuments(export)[1]) as? Double == 0.000000001)
    }

    @Test("a standard whose KPI nothing declares (a model built in Swift) is skipped with a warning at its KPI, not dropped")
    func unknownKPI() throws {
        var philosophy = try #require(try openSLOPhilosophy(standards: """
              - kpi: CSAT
                objective: { at-least: 80% }
            """).philosophy)
        philosophy.standards[0].kpi = "happiness"
        let export = OpenSLOExport(philosophy, locale: "en")
        #expect(export.documents.count == 1)
        #expect(export.skipped.map(\.path.description) == ["standards[0].kpi"])
        #expect(export.skipped.first?.message == "standard 'happiness' is not exported to OpenSLO: its KPI 'happiness' is neither built in "
                    + "nor declared, so nothing says what it counts")
    }
}
