import EthosModel

/// `unknown-rule`: an id under `lint: disable` or in `lint-ignore` that names no lint rule.
struct UnknownRule: LintCheck {
    let id: RuleID = "unknown-rule"
    let severity = Severity.error
    let summary = "'lint: disable' or 'lint-ignore' names a rule that does not exist"
    let explanation = """
        The ids under `lint: disable` and in `lint-ignore` must name lint rules: a misspelt id \
        silences nothing while looking as if it did. Only lint rules can be silenced; the format \
        checks of `ethos validate` (unknown keys, bad durations, unknown KPIs ...) cannot. This \
        rule reports every id that is not a lint rule, with the nearest rule id as a suggestion.
        """
    let fix = "use an id that 'ethos lint --rules' lists"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let philosophy = subject.philosophy
        let lists = [(ids: philosophy.lint?.disable ?? [], path: FieldPath.philosophy.lint.disable)]
            + philosophy.lintIgnoreLists.map { (ids: $0.rules, path: $0.path) }
        return lists.flatMap { ids, path in
            ids.enumerated().compactMap { index, rule in
                Linter.ruleIDs.contains(rule) ? nil : unknown(rule, at: path.index(index))
            }
        }
    }

    private func unknown(_ rule: RuleID, at path: FieldPath) -> Diagnostic {
        let known = Linter.rules.map(\.id.rawValue)
        let fix: String
        if let nearest = Suggestion.closest(to: rule.rawValue, among: known, caseInsensitive: true) {
            fix = "did you mean '\(nearest)'?"
        } else if RuleID.validationRules.contains(where: { $0.rule == rule }) {
            fix = "'\(rule)' is a format check of 'ethos validate', which cannot be silenced"
        } else {
            fix = self.fix
        }
        return finding("'\(rule)' is not a lint rule", fix: fix, at: path)
    }
}
