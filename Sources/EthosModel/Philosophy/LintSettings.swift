/// The file's settings for `ethos lint`: the `lint:` mapping at the top level.
///
/// Single items silence rules with their own `lint-ignore` list instead; see
/// ``ServiceValue/lintIgnore``.
public struct LintSettings: Hashable, Sendable, Codable {
    /// The lint rules switched off for the whole file.
    public var disable: [RuleID]

    /// Creates lint settings.
    public init(disable: [RuleID] = []) {
        self.disable = disable
    }
}
