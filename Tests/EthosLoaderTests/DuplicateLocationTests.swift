import EthosLoader
import EthosModel
import Testing

/// A repeat is reported where it is written, and names where the first one is.
@Suite("Duplicates name both places")
struct DuplicateLocationTests {
    @Test("two team names with the same slug: the second's line and column, and the first's")
    func slug() throws {
        let yaml = """
            ethos: 1
            company: Acme
            purpose: Help.
            vision: Quick help.
            values:
              - { name: Speed, action: Answer today. }
            teams:
              - name: Kundenservice Süd
                activities: Answers.
              - name: Kundenservice Sud
                activities: Answers.
            """
        let finding = try #require(PhilosophyLoader.load(yaml: yaml).diagnostics.first)
        #expect(finding.rule == .duplicateSlug)
        #expect(finding.location == SourceLocation(file: "philosophy.yml", line: 10, column: 11))
        #expect(finding.earlierLocation == SourceLocation(file: "philosophy.yml", line: 8, column: 11))
        #expect(finding.formatted.hasPrefix(
            "philosophy.yml:10:11: error: team 'Kundenservice Sud' has the same slug 'kundenservice-sud' as "
                + "'Kundenservice Süd' (first at philosophy.yml:8:11) [duplicate-slug]"))
    }

    @Test("a team named 日本 in second place collides with a team named Team 2, both places named")
    func positionSlug() throws {
        let yaml = """
            ethos: 1
            company: Acme
            purpose: Help.
            vision: Quick help.
            values:
              - { name: Speed, action: Answer today. }
            teams:
              - { name: Team 2, activities: Answers. }
              - { name: 日本, activities: Answers. }
            """
        let finding = try #require(PhilosophyLoader.load(yaml: yaml).diagnostics.first)
        #expect(finding.rule == .duplicateSlug)
        #expect(finding.location?.line == 9)
        #expect(finding.earlierLocation?.line == 8)
        #expect(finding.fullMessage.contains("slug 'team-2'"))
    }

    @Test("a repeated name and a repeated KPI id name the first one's place")
    func names() throws {
        let yaml = """
            ethos: 1
            company: Acme
            purpose: Help.
            vision: Quick help.
            values:
              - { name: Speed, action: Answer today. }
              - { name: speed, action: Answer now. }
            kpis:
              - { id: wow, name: Wow, unit: count, direction: higher }
              - { id: WOW, name: Wow, unit: count, direction: higher }
            """
        let messages = PhilosophyLoader.load(yaml: yaml).diagnostics.map(\.fullMessage)
        #expect(messages.contains("value 'speed' is defined twice (first at philosophy.yml:6:13)"))
        #expect(messages.contains("KPI 'WOW' is defined twice (first at philosophy.yml:9:11)"))
    }
}
