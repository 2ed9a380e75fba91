extension Philosophy {
    /// The slug a team's files are named by: its name in the default locale as a slug
    /// (`kundenservice-sud`), or `team-N` (its position from 1) when the name has no Latin
    /// letters or digits. The checker rejects two teams with the same slug, fallbacks included.
    public func slug(of team: Team) -> String {
        slug(ofTeamAt: teams.firstIndex(of: team) ?? -1)
    }

    /// The slug a value's page is named by, as for teams: `integrity`, or `value-N`.
    public func slug(of value: ServiceValue) -> String {
        slug(ofValueAt: values.firstIndex(of: value) ?? -1)
    }

    /// The slug of the team at `index` in ``teams``; unlike `slug(of:)`, it does not search the
    /// list, so a loop over many teams stays linear.
    public func slug(ofTeamAt index: Int) -> String {
        pageSlug(teams.indices.contains(index) ? teams[index].name : nil, fallback: "team-\(index + 1)")
    }

    /// The slug of the value at `index` in ``values``, without searching the list.
    public func slug(ofValueAt index: Int) -> String {
        pageSlug(values.indices.contains(index) ? values[index].name : nil, fallback: "value-\(index + 1)")
    }

    private func pageSlug(_ name: LocalizedText?, fallback: String) -> String {
        let slug = name.map { Slug.make($0.resolved(for: defaultLocale, defaultLocale: defaultLocale)) } ?? ""
        return slug.isEmpty ? fallback : slug
    }
}
