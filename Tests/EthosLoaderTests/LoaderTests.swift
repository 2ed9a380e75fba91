import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import NextivaPhilosophy
import Testing

@Suite("Loading philosophy files")
struct LoaderTests {
    @Test("there are examples in English, German, Slovenian and Norwegian")
    func examplesExist() throws {
        let files = exampleFiles()
        #expect(files.count >= 7)
        for name in ["nextiva.yml", "ritz-carlton.yml", "disney.yml", "zappos.yml"] {
            #expect(files.contains(name), "\(name)")
        }
        let defaults = try files.map { name in
            try #require(PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent("Examples/\(name)").path)
                .philosophy).defaultLocale.tag
        }
        #expect(Set(defaults).isSuperset(of: ["en", "de", "sl", "nb"]))
    }

    @Test("every example loads with no errors and no warnings", arguments: exampleFiles())
    func exampleIsClean(name: String) {
        let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent("Examples/\(name)").path)
        #expect(result.diagnostics.map(\.formatted) == [])
        #expect(result.philosophy != nil)
    }

    @Test("the Nextiva YAML and the Nextiva DSL give equal models")
    func dslEqualsYAML() throws {
        let loaded = try #require(PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent("Examples/nextiva.yml").path)
            .philosophy)
        let built = Nextiva.philosophy
        #expect(loaded.values == built.values)
        #expect(loaded.standards == built.standards)
        #expect(loaded.teams == built.teams)
        #expect(loaded == built)
        #expect(loaded.values.map { $0.name.description } == ["Integrity", "Quality", "Speed", "Loyalty", "Autonomy"])
        #expect(loaded.values.map(\.kpis) == [["NPS", "QA"], ["FCR", "CSAT"], ["FRT", "AHT"], ["CRR", "AOV"], ["CES"]])
    }

    @Test("the model holds every section of the file")
    func sections() throws {
        let yaml = """
            ethos: 1
            company: Acme
            locales: [de, en]
            updated: 2026-11-01
            purpose: { de: Wir helfen., en: We help. }
            vision: { de: Schnell., en: Fast. }
            values:
              - name: { de: Tempo, en: Speed }
                action: { de: Antworte sofort., en: Answer at once. }
                kpis: [frt]
            kpis:
              - id: delivery-time
                name: { de: Lieferzeit, en: Delivery time }
                unit: duration
                direction: lower
                range: [0s, ~]
            standards:
              - kpi: FRT
                objective: { share: 0.9, within: 2m }
                channel: Telefon
                owner: Support
                window: 28d
              - kpi: CSAT
                objective: { at-least: 0.85 }
              - kpi: delivery-time
                objective: { share: 95%, within: 3d }
            channels:
              - { name: Telefon, kind: phone, hours: "24/7" }
            journey: { awareness: { de: A, en: A }, post-purchase: { de: B, en: B } }
            expectations: { must-be: [{ de: C, en: C }], delighters: [] }
            recovery:
              - situation: { de: Panne, en: Outage }
                respond-within: 15m
                response: { de: Wir sind dran., en: We are on it. }
                escalate-to: Kundendienst
            teams:
              - name: { de: Kundendienst, en: Support }
                activities: { de: Helfen., en: Help. }
                kpis: [CSAT]
                onboarding: [{ phase: week-2, task: { de: Zuhören., en: Listen. } }]
            onboarding:
              phases: [day-1, week-2]
              refresher: quarter
            conflicts: { de: Fragen., en: Ask. }
            """
        let result = PhilosophyLoader.load(yaml: yaml)
        #expect(result.diagnostics.map(\.formatted) == [])
        let philosophy = try #require(result.philosophy)
        #expect(philosophy.locales == ["de", "en"])
        #expect(philosophy.updated == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(philosophy.standards[0].objective == .share(0.9, within: .minutes(2)))
        #expect(philosophy.standards[0].window == .duration(.days(28)))
        #expect(philosophy.standards[0].effectiveID == "frt-telefon")
        #expect(philosophy.standards[1].objective == .atLeast(.percent(0.85)))
        #expect(philosophy.kpis[0].range == KPIRange(lower: 0, upper: nil))
        #expect(philosophy.channels[0].kind == .phone)
        #expect(philosophy.journey?.postPurchase == ["de": "B", "en": "B"])
        #expect(philosophy.expectations?.mustBe.count == 1)
        #expect(philosophy.recovery[0].respondWithin == .minutes(15))
        #expect(philosophy.teams[0].onboarding[0].phase == .week(2))
        #expect(philosophy.onboarding?.effectivePhases == [.day(1), .week(2)])
        #expect(philosophy.onboarding?.refresher == .quarter)
        #expect(philosophy.text(philosophy.conflicts!, in: "en") == "Ask.")
    }

    @Test("lint: disable and each item's lint-ignore load into the model, rule ids as written")
    func lintSettings() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/EthosLoaderTests/Fixtures/valid/lint-settings.yml")
        let philosophy = try #require(PhilosophyLoader.load(path: url.path).philosophy)
        #expect(philosophy.lint == LintSettings(disable: ["hiring-missing", "not-a-rule"]))
        #expect(philosophy.values[0].lintIgnore == ["value-without-kpi"])
        #expect(philosophy.standards[0].lintIgnore == ["standard-no-window", "standard-no-owner"])
        #expect(philosophy.channels[0].lintIgnore == ["channel-no-hours"])
        #expect(philosophy.teams[0].lintIgnore == ["team-without-kpi"])
        #expect(PhilosophyLoader.load(yaml: "ethos: 1\ncompany: A\npurpose: P\nvision: V\nvalues: [{ name: N, action: A }]\n")
            .philosophy?.lint == nil)
    }

    @Test("all problems are reported in one run, sorted by position, with fixes")
    func allProblemsAtOnce() {
        let yaml = """
            ethos: 1
            company: Acme
            purpose: We help.
            vision: Fast.
            values:
              - name: Integrity
                acton: Say it.
                kpis: [NSP]
            standards:
              - kpi: FRT
                objective: { share: 90%, within: 2x }
                channel: Phone
            """
        let result = PhilosophyLoader.load(yaml: yaml, file: "acme.yml")
        #expect(result.philosophy == nil)
        #expect(result.diagnostics.map { "\($0.location!) \($0.rule)" } == [
            "acme.yml:6:5 missing-key",
            "acme.yml:7:5 unknown-key",
            "acme.yml:8:12 unknown-kpi",
            "acme.yml:11:38 bad-duration",
            "acme.yml:12:14 unknown-channel",
        ])
        #expect(result.diagnostics[1].fix == "did you mean 'action'?")
        #expect(result.diagnostics[2].fix == "did you mean 'NPS'?")
        #expect(result.diagnostics[1].formatted == """
            acme.yml:7:5: error: unknown key 'acton' in a value [unknown-key]
                fix: did you mean 'action'?
            """)
    }

    @Test("warnings alone keep the model")
    func warningsKeepModel() {
        let yaml = """
            ethos: 1
            company: Acme
            locales: [en, de]
            purpose: { en: We help. }
            vision: Fast.
            values: [{ name: Speed, action: Answer at once. }]
            """
        let result = PhilosophyLoader.load(yaml: yaml)
        #expect(result.diagnostics.map(\.rule) == [.translationMissing])
        #expect(result.diagnostics[0].severity == .warning)
        #expect(result.philosophy != nil)
    }

    @Test("the generated enterprise-sized file loads", .enabled(if: FileManager.default.fileExists(atPath: enterpriseGenerator)))
    func enterprise() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", enterpriseGenerator, "--teams", "200", "--locales", "en,de,sl,nb"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = PhilosophyLoader.load(bytes: [UInt8](data), file: "enterprise.yml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.philosophy?.teams.count == 200)
    }
}

/// The team's workload generator, present beside the repository on the team's machines and CI.
let enterpriseGenerator = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen_enterprise.py").path
