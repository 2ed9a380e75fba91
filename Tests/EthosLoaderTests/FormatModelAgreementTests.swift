import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The model types follow the format's description: a file that writes every key of every
/// section loads into a model whose encoding (its `CodingKeys`) holds the same keys, whose
/// `textFields` are the keys described as text, and whose `lintIgnoreLists` are the items
/// described as taking `lint-ignore`.
@Suite("The model follows the format's description")
struct FormatModelAgreementTests {
    static let everyKey = """
        ethos: 1
        company: Acme
        locales: [en]
        updated: 2026-11-01
        purpose: Our purpose at Acme is to keep small shops running.
        vision: Help that feels personal.
        values:
          - name: Quality
            action: Do it right the first time.
            description: A problem solved for good.
            behaviors: [I own a case from start to finish.]
            kpis: [FCR]
            hiring: [Describe a problem you fixed for good.]
            lint-ignore: [value-cliche]
        kpis:
          - id: delivery-time
            name: Delivery time
            unit: duration
            direction: lower
            range: [~, 2w]
            definition: Time from order to door.
            formula: delivered at - ordered at
        standards:
          - id: phone-answer
            kpi: FRT
            statement: Nine calls in ten reach a person within two minutes.
            objective: { share: 90%, within: 2m }
            window: month
            channel: Phone
            owner: Support
            source: Customer interviews.
            lint-ignore: [standard-no-owner]
          - { kpi: CSAT, objective: { at-least: 85% } }
          - { kpi: AHT, objective: { at-most: 6m } }
        channels:
          - name: Phone
            kind: phone
            hours: 24/7
            offline: A recorded message offers a callback.
            lint-ignore: [channel-no-hours]
        journey: { awareness: A, consideration: C, decision: D, post-purchase: P }
        expectations: { must-be: [M], performance: [P], delighters: [D] }
        recovery:
          - { situation: A complaint, respond-within: 1h, response: We are sorry., escalate-to: Support }
        teams:
          - name: Support
            activities: Answer calls.
            kpis: [CSAT]
            onboarding: [{ phase: day-1, task: Meet the team., owner: buddy }]
            lint-ignore: [team-without-kpi]
        onboarding:
          phases: [day-1, week-1]
          tasks: [{ phase: week-1, task: Listen in on calls., owner: manager }]
          refresher: quarter
        calendar:
          workdays: [mon, tue, wed, thu, fri]
          holidays: [{ date: 2027-01-01, name: New Year's Day }]
        conflicts: Keep our word.
        lint: { disable: [hiring-missing] }
        labels: { en: { contents: On this page } }
        revisions:
          - { version: "1.0", date: 2026-01-10, summary: First edition., approved-by: [Ana Novak], effective: 2026-02-01 }
        site:
          logo: \(repositoryRoot.path)/Tests/EthosLoaderTests/Fixtures/theme/logo.svg
          colors:
            text: "#1f2328"
            muted: "#57606a"
            background: "#ffffff"
            accent: "#0b5cad"
            brand: "#0b3d91"
            brand-text: "#ffffff"
            dark: { text: "#e6edf3", muted: "#9198a1", background: "#0d1117", accent: "#4493f8", brand: "#161b22", brand-text: "#e6edf3" }
          font: system-ui, sans-serif
          footer-links: [{ text: Privacy, url: privacy.html }]
        """

    /// What the model's encoding holds, walked along the format's description.
    struct Walk {
        let format = FileFormat.current
        var keys: [FormatSectionID: Set<String>] = [:]
        var textPaths: Set<String> = []
        var lintIgnoreItems: Set<String> = []

        mutating func visit(_ object: [String: Any], as id: FormatSectionID, at path: FieldPath) {
            keys[id, default: []].formUnion(object.keys)
            if format[id].takesLintIgnore { lintIgnoreItems.insert(path.text) }
            for key in format[id].keys {
                guard let value = object[key.name] else { continue }
                let keyPath = path.key(key.name)
                let items = value as? [Any] ?? []
                switch key.kind {
                case .text: textPaths.insert(keyPath.text)
                case .list(.text): textPaths.formUnion(items.indices.map { keyPath.index($0).text })
                case .section(let nested): visit(value as? [String: Any] ?? [:], as: nested, at: keyPath)
                case .list(.section(let nested)):
                    for (index, item) in items.enumerated() {
                        visit(item as? [String: Any] ?? [:], as: nested, at: keyPath.index(index))
                    }
                default: break
                }
            }
        }
    }

    func walk() throws -> (Philosophy, Walk) {
        let result = PhilosophyLoader.load(yaml: Self.everyKey)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let philosophy = try #require(result.philosophy)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(philosophy))
        var walk = Walk()
        walk.visit(try #require(encoded as? [String: Any]), as: .philosophy, at: .root)
        return (philosophy, walk)
    }

    @Test("every section's keys are read into the model and encoded under the same names (CodingKeys)")
    func codingKeys() throws {
        let (_, walk) = try walk()
        for section in FormatSectionID.allCases {
            #expect(walk.keys[section] == Set(FileFormat.current[section].allowed), "\(section)")
        }
    }

    @Test("textFields lists exactly the keys described as text or a list of text")
    func textFields() throws {
        let (philosophy, walk) = try walk()
        #expect(Set(philosophy.textFields.map(\.path.text)) == walk.textPaths)
    }

    @Test("lintIgnoreLists covers exactly the items of sections that take lint-ignore")
    func lintIgnoreLists() throws {
        let (philosophy, walk) = try walk()
        #expect(Set(philosophy.lintIgnoreLists.map(\.item.text)) == walk.lintIgnoreItems)
        #expect(walk.lintIgnoreItems == ["values[0]", "standards[0]", "standards[1]", "standards[2]", "channels[0]", "teams[0]"])
    }
}
