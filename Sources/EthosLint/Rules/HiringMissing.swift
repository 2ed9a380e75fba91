import EthosModel

/// `hiring-missing`: a value without interview questions.
struct HiringMissing: LintCheck {
    let id: RuleID = "hiring-missing"
    let severity = Severity.info
    let summary = "a value without interview questions for the values benchmark"
    let explanation = """
        A philosophy is lived by the people you hire. The articles suggest a values benchmark: a \
        few profile questions per value, asked in every interview, so that new colleagues share \
        the values before they learn the standards. This rule reports every value without \
        `hiring` questions; it is information rather than a warning, since not every philosophy \
        is used for hiring.
        """
    let fix = "add 'hiring:' with a question or two that show whether a candidate lives this value"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.values.enumerated().compactMap { index, value in
            guard value.hiring.isEmpty else { return nil }
            return finding("value '\(subject.name(value.name))' has no interview questions",
                           at: FieldPath.value(index).path)
        }
    }
}
