extension PhilosophyChecker {
    /// Revisions are listed oldest first, each version once, and none takes effect before its
    /// own date. A date that could not be read is passed by.
    mutating func checkRevisions() {
        var firstOfVersion: [String: Int] = [:]
        for (index, revision) in philosophy.revisions.enumerated() {
            let path = FieldPath.philosophy.revisions(index)
            if let first = firstOfVersion[revision.version] {
                report(.duplicateID, "version '\(revision.version)' is listed twice",
                       fix: "give each revision its own version", at: path.version,
                       earlier: FieldPath.philosophy.revisions(first).version)
            } else {
                firstOfVersion[revision.version] = index
            }
            if index > 0 {
                let previous = philosophy.revisions[index - 1]
                let previousDate = FieldPath.philosophy.revisions(index - 1).date
                if revision.date < previous.date, !unread.contains(previousDate) {
                    report(.revisionOrder,
                           "date goes backwards: \(revision.date) is before \(previous.date) of version \(previous.version)",
                           fix: "list the revisions oldest first, the current one last", at: path.date, earlier: previousDate)
                }
            }
            if let effective = revision.effective, effective < revision.date, !unread.contains(path.date) {
                report(.revisionOrder,
                       "version \(revision.version) takes effect on \(effective), before its date \(revision.date)",
                       fix: "write an 'effective' date on or after 'date', or leave it out", at: path.effective)
            }
        }
    }
}
