import EthosModel

/// One piece of advice `ethos lint` checks a philosophy against: what it looks for, why, and
/// what to do about a finding.
public protocol LintRule: Sendable {
    /// The stable id, printed after each finding and named in `lint: disable` and `lint-ignore`.
    var id: RuleID { get }
    /// How serious a finding is.
    var severity: Severity { get }
    /// What the rule looks for, in one line, for `ethos lint --rules`.
    var summary: String { get }
    /// Why the advice holds and how the rule decides, for `ethos lint --explain`.
    var explanation: String { get }
    /// What to do about a finding, in general; each finding also carries its own fix.
    var fix: String { get }
}

/// A rule the linter checks on the model itself. The other rules (`translation-missing`) are
/// reported while loading and only listed here, so they can be explained and silenced.
protocol LintCheck: LintRule {
    /// The findings in `subject`, each with a path to the item it is about.
    func check(_ subject: LintSubject) -> [Diagnostic]
}

extension LintCheck {
    /// A finding of this rule at `path`; without a specific fix, the rule's general one.
    func finding(_ message: String, fix: String? = nil, at path: FieldPath) -> Diagnostic {
        Diagnostic(severity, id, message, fix: fix ?? self.fix, at: path)
    }
}
