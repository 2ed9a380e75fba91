import EthosScore

/// The scorecard as one GFM page: a section a standard with its objective and a table of
/// its windows, then the teams' status in each standard's last complete window. Every text
/// from the scorecard or the philosophy is escaped (``MarkdownEscaping``).
enum ScorecardMarkdown {
    static func render(_ view: ScorecardView) -> String {
        let labels = view.labels
        let e = MarkdownEscaping.inline
        var out = "# \(e(labels[.scorecardTitle])): \(e(view.company))\n\n"
        out += "\(e(header(view)))\n"
        for standard in view.standards {
            out += "\n## \(e(standard.id)): \(e(standard.measure))\n\n\(e(standard.sentence))\n\n"
            if let noData = standard.noData {
                out += "*\(e(noData))*\n"
                continue
            }
            out += "| \(labels[.scoreWindowColumn]) | \(labels[.scoreCountedColumn]) | \(labels[.scoreValueColumn]) "
                + "| \(labels[.scoreStatusColumn]) | \(labels[.scoreBudgetColumn]) |\n|---|--:|--:|---|--:|\n"
            for row in standard.rows {
                let period = "\(row.start) – \(row.last)" + (row.partial ? " (\(labels[.scorePartial]))" : "")
                // Dates and locale-formatted figures hold no Markdown; escaping them would only
                // write `90\.5%` into the source.
                out += "| \(period) | \(row.counted) | \(row.valueText) | \(symbol(row.status)) \(e(row.statusText)) "
                    + "| \(row.budget ?? "–") |\n"
            }
        }
        out += teams(view)
        return out
    }

    /// `Data: 2026-01-01 – 2026-11-30 · Contacts: 51,234 · Rejected rows: 3`.
    static func header(_ view: ScorecardView) -> String {
        let labels = view.labels
        return "\(labels[.scoreData]): \(view.from) – \(view.to) · \(labels[.scoreContacts]): \(view.contacts) · "
            + "\(labels[.scoreRejected]): \(view.rejected)"
    }

    /// The shape that tells a status apart without colour: `●` met, `✕` missed, `○` too little data.
    static func symbol(_ status: ScoreStatus) -> String {
        switch status {
        case .met: "●"
        case .missed: "✕"
        case .notEnoughData: "○"
        }
    }

    private static func teams(_ view: ScorecardView) -> String {
        let standards = view.standards.filter { $0.noData == nil }
        guard !view.teamNames.isEmpty, !standards.isEmpty else { return "" }
        let labels = view.labels
        let e = MarkdownEscaping.inline
        var out = "\n## \(e(labels[.scoreTeamsHeading]))\n\n| \(e(labels[.scoreTeamColumn])) |"
        out += standards.map { " \(e($0.id)) |" }.joined() + "\n|---|" + String(repeating: "---|", count: standards.count) + "\n"
        for name in view.teamNames.prefix(ScorecardView.teamLimit) {
            out += "| \(e(name)) |" + standards.map { standard in
                standard.teams[name].map { " \(symbol($0)) \(e(labels[.status($0)])) |" } ?? " – |"
            }.joined() + "\n"
        }
        let more = view.teamNames.count - ScorecardView.teamLimit
        if more > 0 { out += "\n\(e(labels[.scoreMoreTeams, ["n": view.format.number(Double(more))]]))\n" }
        return out
    }
}
