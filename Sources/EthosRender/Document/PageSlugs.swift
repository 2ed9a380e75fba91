import EthosModel

extension Philosophy {
    /// The slug a team's files are named by: its name in the default locale as a slug
    /// (`kundenservice-sud`), or `team-N` (its position from 1) when the name has no Latin
    /// letters or digits. The loader rejects two teams with the same slug.
    public func slug(of team: Team) -> String {
        slug(of: team.name) { "team-\((teams.firstIndex(of: team) ?? -1) + 1)" }
    }

    /// The slug a value's page is named by, as for teams: `integrity`, or `value-N`.
    public func slug(of value: ServiceValue) -> String {
        slug(of: value.name) { "value-\((values.firstIndex(of: value) ?? -1) + 1)" }
    }

    private func slug(of name: LocalizedText, fallback: () -> String) -> String {
        let slug = Slug.make(name.resolved(for: defaultLocale, defaultLocale: defaultLocale))
        return slug.isEmpty ? fallback() : slug
    }
}
