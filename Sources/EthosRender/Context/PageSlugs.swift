import EthosModel

/// Every value's and team's slug and position, and which team each name refers to, worked
/// out once for a philosophy: ``Philosophy/slug(of:)`` searches its list on every call, and a
/// page that lists every team would make that quadratic in the number of teams.
struct PageSlugs: Sendable {
    /// The slug of each value, by position.
    let valueSlugs: [String]
    /// The slug of each team, by position.
    let teamSlugs: [String]
    private let values: [ServiceValue: Int]
    private let teams: [Team: Int]
    /// The position of the first team with each name, in any locale.
    private let teamsByName: [String: Int]

    init(_ philosophy: Philosophy) {
        valueSlugs = philosophy.values.indices.map(philosophy.slug(ofValueAt:))
        teamSlugs = philosophy.teams.indices.map(philosophy.slug(ofTeamAt:))
        values = Dictionary(philosophy.values.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        teams = Dictionary(philosophy.teams.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: Int] = [:]
        for (index, team) in philosophy.teams.enumerated() {
            for name in team.name.allStrings where byName[name] == nil { byName[name] = index }
        }
        teamsByName = byName
    }

    /// The position of `value` in the philosophy's values.
    func index(of value: ServiceValue) -> Int? { values[value] }
    /// The position of `team` in the philosophy's teams.
    func index(of team: Team) -> Int? { teams[team] }

    func slug(of value: ServiceValue) -> String? { index(of: value).map { valueSlugs[$0] } }
    func slug(of team: Team) -> String? { index(of: team).map { teamSlugs[$0] } }

    /// The position of the team the file refers to by `name`.
    func team(named name: String) -> Int? { teamsByName[name] }
}
