import EthosModel

/// A rule that reports every standard lacking one optional field (`owner`, `source`,
/// `window`): each such rule says which field and how to word the finding; the check itself
/// is written once here.
protocol StandardFieldCheck: LintCheck {
    /// Whether `standard` lacks the field.
    func lacksField(_ standard: ServiceStandard) -> Bool
    /// The finding's message for the standard with id `standardID`.
    func message(standardID: String) -> String
}

extension StandardFieldCheck {
    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.standards.enumerated().compactMap { index, standard in
            guard lacksField(standard) else { return nil }
            return finding(message(standardID: standard.effectiveID), at: FieldPath.standard(index).path)
        }
    }
}
