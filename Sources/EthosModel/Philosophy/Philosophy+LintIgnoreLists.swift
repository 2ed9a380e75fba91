extension Philosophy {
    /// The `lint-ignore` list of every item of a section that takes one
    /// (``FormatSection/takesLintIgnore``: values, standards, channels and teams), empty ones
    /// included, in file order. A test holds this list to the format's description.
    public var lintIgnoreLists: [LintIgnoreList] {
        let top = FieldPath.philosophy
        return lists(values.map(\.lintIgnore), top.values) + lists(standards.map(\.lintIgnore), top.standards)
            + lists(channels.map(\.lintIgnore), top.channels) + lists(teams.map(\.lintIgnore), top.teams)
    }

    private func lists<Item>(_ rules: [[RuleID]], _ items: FormatListPath<Item>) -> [LintIgnoreList] {
        rules.enumerated().map { index, rules in LintIgnoreList(item: items(index).path, rules: rules) }
    }
}
