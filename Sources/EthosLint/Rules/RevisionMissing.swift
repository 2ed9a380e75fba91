import EthosModel

/// `revision-missing`: the philosophy changed in substance since an earlier version, but its
/// `revisions` name no new one.
///
/// It needs the earlier version (`ethos lint FILE --git REV` or `--previous FILE`), so it is
/// checked by ``Linter/lint(_:previous:previousName:)`` rather than on the model alone.
struct RevisionMissing: LintRule {
    let id: RuleID = "revision-missing"
    let severity = Severity.warning
    let summary = "a change of substance since --git REV or --previous FILE without a new revision"
    let explanation = """
        Employees look at the current revision to know which promises hold, and the site's \
        What changed page and each new hire's welcome page name it. When a standard, an owner, \
        a KPI or another part people act on changes but `revisions` ends with the same version \
        as before, readers cannot tell the new philosophy from the old. The check runs with \
        `--git REV` or `--previous FILE`: `ethos lint` compares the file with that version as \
        `ethos diff` does, and a change of wording alone needs no revision.
        """
    let fix = "add a revision at the end of 'revisions' with a new version, its date and a summary of what changed"

    /// The finding for `philosophy`, compared with `previous`: `nil` when nothing changed in
    /// substance or the last revision is new.
    func check(_ philosophy: Philosophy, previous: Philosophy, previousName: String) -> Diagnostic? {
        let substance = philosophy.changes(since: previous).filter { !$0.isWordingOnly }
        guard !substance.isEmpty, philosophy.currentRevision?.version == previous.currentRevision?.version else {
            return nil
        }
        let count = substance.count == 1 ? "1 change" : "\(substance.count) changes"
        let revision = philosophy.currentRevision.map { "revision \($0.version) is still the last" } ?? "there are no revisions"
        return Diagnostic(severity, id, "\(count) of substance since \(previousName), but \(revision) (ethos diff lists them)",
                          fix: fix, at: philosophy.revisions.indices.last.map { FieldPath.philosophy.revisions($0).version }
                              ?? FieldPath.philosophy.path)
    }
}
