import EthosModel

/// Every value's and team's slug, and which team each name refers to, worked out once for
/// a context: ``Philosophy/slug(of:)`` searches its list on every call, and a page that lists
/// every team would make that quadratic in the number of teams.
struct PageSlugs: Sendable {
    private let values: [ServiceValue: String]
    private let teams: [Team: String]
    /// The position of the first team with each name, in any locale.
    private let teamsByName: [String: Int]

    init(_ philosophy: Philosophy) {
        values = Dictionary(philosophy.values.indices.map { (philosophy.values[$0], philosophy.slug(ofValueAt: $0)) },
                            uniquingKeysWith: { first, _ in first })
        teams = Dictionary(philosophy.teams.indices.map { (philosophy.teams[$0], philosophy.slug(ofTeamAt: $0)) },
                           uniquingKeysWith: { first, _ in first })
        var byName: [String: Int] = [:]
        for (index, team) in philosophy.teams.enumerated() {
            for name in team.name.allStrings where byName[name] == nil { byName[name] = index }
        }
        teamsByName = byName
    }

    func slug(of value: ServiceValue) -> String? { values[value] }
    func slug(of team: Team) -> String? { teams[team] }

    /// The position of the team the file refers to by `name`.
    func team(named name: String) -> Int? { teamsByName[name] }
}
