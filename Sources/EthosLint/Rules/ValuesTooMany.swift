import EthosModel

/// `values-too-many`: more than five values.
struct ValuesTooMany: LintCheck {
    let id: RuleID = "values-too-many"
    let severity = Severity.warning
    let summary = "more than five values: too many to remember"
    let explanation = """
        Values guide decisions only if people can recall them in the middle of a conversation, \
        without looking them up. The articles advise brainstorming widely, then cutting hard to \
        the five values that matter most. This rule reports a file with more than five values.
        """
    let fix = "merge values that overlap and cut the rest until five or fewer remain"

    /// The most values people reliably remember.
    static let limit = 5

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let values = subject.philosophy.values
        guard values.count > Self.limit else { return [] }
        let extra = values[Self.limit...].map { "'\(subject.name($0.name))'" }.joined(separator: ", ")
        return [finding("\(values.count) values are more than people remember; beyond five: \(extra)",
                        at: FieldPath.philosophy.values.path)]
    }
}
