extension Philosophy {
    /// The position in `teams` of the team `name` names: its name in any of the file's
    /// locales, or its slug, in any case. Command lines and HR's roster find teams this way.
    public func teamIndex(named name: String) -> Int? {
        let wanted = name.lowercased()
        return teams.indices.first { index in
            teams[index].name.allStrings.contains { $0.lowercased() == wanted } || slug(ofTeamAt: index) == wanted
        }
    }

    /// The teams' names in the default locale, in file order.
    public var teamNames: [String] {
        teams.map { text($0.name, in: defaultLocale) }
    }

    /// The team name nearest to a `name` that names no team, for a did-you-mean.
    public func closestTeamName(to name: String) -> String? {
        Suggestion.closest(to: name, among: teamNames, caseInsensitive: true)
    }
}
