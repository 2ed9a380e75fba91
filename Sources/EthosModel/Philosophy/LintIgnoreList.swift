/// The `lint-ignore` list of one item: the rules it silences for itself and everything in it.
public struct LintIgnoreList: Hashable, Sendable {
    /// The path of the item that lists them: `teams[1]`.
    public var item: FieldPath
    /// The rules listed, in file order.
    public var rules: [RuleID]

    /// The path of the list itself: `teams[1].lint-ignore`.
    public var path: FieldPath { item.key(FormatKey.lintIgnore.name) }
}
