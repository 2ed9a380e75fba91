import EthosModel

extension Philosophy {
    /// The slug a team's files are named by: its name in the default locale as a slug
    /// (`kundenservice-sud`), or `team-N` (its position from 1) when the name has no Latin
    /// letters or digits. The loader rejects two teams with the same slug.
    public func slug(of team: Team) -> String {
        let slug = Slug.make(team.name.resolved(for: defaultLocale, defaultLocale: defaultLocale))
        guard slug.isEmpty else { return slug }
        let position = teams.firstIndex(of: team).map { $0 + 1 } ?? 0
        return "team-\(position)"
    }
}
