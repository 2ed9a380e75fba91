import EthosLoader
import EthosModel
import Testing

/// A long list (a company's teams) is read on all cores, a run of items per reader; what the
/// readers find must be what one reader finds, each problem located where it is written.
@Suite("Long lists read on all cores")
struct LongListTests {
    /// 200 teams, with a misspelt key in team 3, a list for the activities of team 130, no
    /// name in team 199, and team 150 with the name of team 10.
    private let yaml: String = {
        var lines = ["ethos: 1", "company: Acme", "purpose: Help.", "vision: Quick help.", "values:",
                     "  - { name: Speed, action: Answer today. }", "teams:"]
        for number in 0..<200 {
            switch number {
            case 3: lines += ["  - name: Team 3", "    activites: Answers region 3."]
            case 130: lines += ["  - name: Team 130", "    activities: [Answers, region 130]"]
            case 150: lines += ["  - name: Team 10", "    activities: Answers region 150."]
            case 199: lines += ["  - activities: Answers region 199."]
            default: lines += ["  - name: Team \(number)", "    activities: Answers region \(number)."]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The line of the first line of the file holding `text`, counted from 1.
    private func line(of text: String) -> Int {
        (yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } ?? -1) + 1
    }

    @Test("each team's problem is found once, in file order, at its line")
    func problemsInOrder() throws {
        let result = PhilosophyLoader.load(yaml: yaml)
        let found = result.diagnostics.map { ($0.rule, $0.location?.line ?? 0) }
        let expected: [(RuleID, Int)] = [
            (.missingKey, line(of: "Team 3")),
            (.unknownKey, line(of: "activites:")),
            (.wrongType, line(of: "[Answers, region 130]")),
            (.duplicateName, line(of: "Answers region 150.") - 1),
            (.missingKey, line(of: "Answers region 199.")),
        ]
        #expect(found.map(\.0) == expected.map(\.0), "\(result.diagnostics.map(\.formatted))")
        #expect(found.map(\.1) == expected.map(\.1), "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.first { $0.rule == .duplicateName }?.earlierLocation?.line == line(of: "name: Team 10"))
    }

    @Test("a valid long list gives every item in order, each with its place in the file")
    func itemsInOrder() throws {
        var valid = yaml.replacingOccurrences(of: "activites:", with: "activities:")
        valid = valid.replacingOccurrences(of: "[Answers, region 130]", with: "Answers region 130.")
        valid = valid.replacingOccurrences(of: "  - name: Team 10\n    activities: Answers region 150.",
                                           with: "  - name: Team 150\n    activities: Answers region 150.")
        valid = valid.replacingOccurrences(of: "  - activities: Answers region 199.",
                                           with: "  - name: Team 199\n    activities: Answers region 199.")
        let result = PhilosophyLoader.load(yaml: valid)
        let philosophy = try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
        #expect(philosophy.teams.map(\.name.description) == (0..<200).map { "Team \($0)" })
        let lines = (0..<200).map { result.locations.location(of: .team($0).name).line }
        #expect(lines == (0..<200).map { 8 + 2 * $0 })
    }
}
