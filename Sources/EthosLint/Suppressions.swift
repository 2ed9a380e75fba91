import EthosModel

/// The findings a file silences: rules switched off under `lint: disable`, and rules listed in
/// an item's `lint-ignore`, which silence findings about that item and anything inside it.
struct Suppressions: Sendable {
    /// The rules switched off for the whole file.
    private let disabled: Set<RuleID>
    /// `lint-ignore` by the path of the item that lists it.
    private let ignored: [FieldPath: Set<RuleID>]

    init(_ philosophy: Philosophy) {
        disabled = Set(philosophy.lint?.disable ?? [])
        var ignored: [FieldPath: Set<RuleID>] = [:]
        for list in philosophy.lintIgnoreLists where !list.rules.isEmpty {
            ignored[list.item] = Set(list.rules)
        }
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
