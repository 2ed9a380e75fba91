import Foundation
import EthosModel

/// Matches the channel and team values of an export to the philosophy's channels and teams,
/// remembering each value's answer, and warning once per value that matches nothing.
final class NameMatcher {
    private let channels: [Channel]
    private let teamNames: [[String]]
    /// Each team's names in every translation, lower-cased, to its index (the first team wins).
    private let teamIndex: [String: Int]
    private var channelAnswers: [String: Int?] = [:]
    private var teamAnswers: [String: Int?] = [:]
    /// The warnings about values that match nothing, one per value and map.
    private(set) var warnings: [Diagnostic] = []

    init(philosophy: Philosophy) {
        channels = philosophy.channels
        teamNames = philosophy.teams.map(\.name.allStrings)
        var index: [String: Int] = [:]
        for (team, names) in teamNames.enumerated() {
            for name in names where index[name.lowercased()] == nil { index[name.lowercased()] = team }
        }
        teamIndex = index
    }

    /// The philosophy channel `value` means under `map`: the map's `channels` table, else a
    /// channel's name, else a channel's kind held by exactly one channel (case-insensitive).
    func channel(_ value: String, map: ColumnMap, at location: SourceLocation) -> Int? {
        let key = map.name + "\u{0}" + value
        if let answer = channelAnswers[key] { return answer }
        let target = map.channels.first { $0.key.caseInsensitiveCompare(value) == .orderedSame }?.value ?? value
        let ofKind = channels.indices.filter { channels[$0].kind?.rawValue.caseInsensitiveCompare(target) == .orderedSame }
        let answer = channels.firstIndex { $0.name.caseInsensitiveCompare(target) == .orderedSame }
            ?? (ofKind.count == 1 ? ofKind[0] : nil)
        if answer == nil, ofKind.count > 1 {
            let names = ofKind.map { "'\(channels[$0].name)'" }.joined(separator: ", ")
            warnings.append(Diagnostic(.warning, .unknownChannel,
                                       "channel '\(value)' is of the kind \(target), which several channels have (\(names)); its contacts count company-wide only",
                                       fix: "name the channel in a map file's channels table: \(value): \(channels[ofKind[0]].name)",
                                       location: location))
        } else if answer == nil {
            let nearest = Suggestion.closest(to: value, among: channels.map(\.name), caseInsensitive: true)
            warnings.append(Diagnostic(.warning, .unknownChannel,
                                       "channel '\(value)' is not a channel of the philosophy; its contacts count company-wide only",
                                       fix: nearest.map { "did you mean '\($0)'? or map it in a map file's channels table" }
                                           ?? "map it to a channel in a map file's channels table",
                                       location: location))
        }
        channelAnswers[key] = answer
        return answer
    }

    /// The philosophy team `value` means under `map`: the map's `teams` table, else a team's
    /// name in any of its translations (case-insensitive).
    func team(_ value: String, map: ColumnMap, at location: SourceLocation) -> Int? {
        let key = map.name + "\u{0}" + value
        if let answer = teamAnswers[key] { return answer }
        let target = map.teams.first { $0.key.caseInsensitiveCompare(value) == .orderedSame }?.value ?? value
        let answer = teamIndex[target.lowercased()]
        if answer == nil {
            let nearest = Suggestion.closest(to: value, among: teamNames.flatMap { $0 }, caseInsensitive: true)
            warnings.append(Diagnostic(.warning, .unknownTeam,
                                       "team '\(value)' is not a team of the philosophy; its contacts count company-wide only",
                                       fix: nearest.map { "did you mean '\($0)'? or map it in a map file's teams table" }
                                           ?? "map it to a team in a map file's teams table",
                                       location: location))
        }
        teamAnswers[key] = answer
        return answer
    }
}
