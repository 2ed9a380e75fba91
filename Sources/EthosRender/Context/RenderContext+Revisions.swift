import EthosModel

/// The revisions as the site and the pack show them.
extension RenderContext {
    /// The "What changed" page: every revision, newest first, with the lines `changes`
    /// supplies for it in this locale.
    func changesPage(_ changes: RevisionChanges) -> ChangesPageViewModel {
        ChangesPageViewModel(labels: labels.text, revisions: philosophy.revisions.reversed().map { revision in
            ChangesPageViewModel.Revision(
                heading: labels.marked(.revisionHeading, ["version": revision.version]),
                date: DateText.long(revision.date, locale: locale),
                effective: revision.effective.map { DateText.long($0, locale: locale) },
                approvedBy: revision.approvedBy.isEmpty ? nil : revision.approvedBy.joined(separator: ", "),
                summary: text(revision.summary),
                changes: changes.lines(of: revision.version, in: locale).map(ChangesPageViewModel.Changes.init))
        })
    }

    /// `Revision 1.2 of 1 May 2026`: the current revision, for the site's footer and the
    /// pack's welcome page (marked as English where the label is); `nil` without revisions.
    var currentRevision: String? {
        philosophy.currentRevision.map { revision in
            labels.marked(.revisionFooter, ["version": revision.version, "date": DateText.long(revision.date, locale: locale)])
        }
    }
}
