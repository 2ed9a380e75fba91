import EthosModel

/// The findings a file silences: rules switched off under `lint: disable`, and rules listed in
/// an item's `lint-ignore`, which silence findings about that item and anything inside it.
struct Suppressions: Sendable {
    /// The rules switched off for the whole file.
    private let disabled: Set<RuleID>
    /// `lint-ignore` by the path of the value, standard, channel or team that lists it.
    private let ignored: [FieldPath: Set<RuleID>]

    init(_ philosophy: Philosophy) {
        disabled = Set(philosophy.lint?.disable ?? [])
        var ignored: [FieldPath: Set<RuleID>] = [:]
        func add(_ lists: [[RuleID]], under key: String) {
            for (index, list) in lists.enumerated() where !list.isEmpty {
                ignored[FieldPath.root.key(key).index(index)] = Set(list)
            }
        }
        add(philosophy.values.map(\.lintIgnore), under: "values")
        add(philosophy.standards.map(\.lintIgnore), under: "standards")
        add(philosophy.channels.map(\.lintIgnore), under: "channels")
        add(philosophy.teams.map(\.lintIgnore), under: "teams")
        self.ignored = ignored
    }

    /// Whether the file silences `rule` for the field at `path`.
    func silences(_ rule: RuleID, at path: FieldPath) -> Bool {
        if disabled.contains(rule) { return true }
        guard !ignored.isEmpty else { return false }
        var current: FieldPath? = path
        while let candidate = current {
            if ignored[candidate]?.contains(rule) == true { return true }
            current = candidate.parent
        }
        return false
    }
}
