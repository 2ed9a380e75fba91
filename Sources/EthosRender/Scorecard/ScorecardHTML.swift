import EthosModel
import EthosScore

/// The scorecard as the body of one HTML page: a section a standard with its objective, a
/// trend chart (``TrendChart``) and the numbers in a table, then the teams' status in each
/// standard's last complete window. Every text is escaped (``HTMLEscaping``).
enum ScorecardHTML {
    /// The page's intro (title and data line) and body.
    static func parts(_ view: ScorecardView) -> (intro: String, body: String, contents: [GFMConverter.Heading]) {
        let labels = view.labels
        let h = HTMLEscaping.escape
        let intro = "<h1>\(h(labels[.scorecardTitle])): \(h(view.company))</h1>\n<p>\(h(ScorecardMarkdown.header(view)))</p>\n"
        var body = ""
        var contents: [GFMConverter.Heading] = []
        for standard in view.standards {
            let heading = "\(standard.id): \(standard.measure)"
            contents.append(GFMConverter.Heading(level: 2, text: heading, anchor: standard.anchor))
            body += "<section class=\"standard-score\" aria-labelledby=\"\(standard.anchor)\">\n"
            body += "<h2 id=\"\(standard.anchor)\">\(h(heading))</h2>\n<p>\(h(standard.sentence))</p>\n"
            if let noData = standard.noData {
                body += "<p><em>\(h(noData))</em></p>\n</section>\n"
                continue
            }
            body += TrendChart.svg(standard, labels: labels) + "\n" + table(standard, labels: labels) + "</section>\n"
        }
        if let teams = teams(view) {
            contents.append(GFMConverter.Heading(level: 2, text: labels[.scoreTeamsHeading], anchor: "teams"))
            body += teams
        }
        return (intro, body, contents)
    }

    private static func table(_ standard: ScorecardView.Standard, labels: Labels) -> String {
        let h = HTMLEscaping.escape
        var out = "<table class=\"scores\">\n<thead>\n<tr><th scope=\"col\">\(h(labels[.scoreWindowColumn]))</th>"
            + "<th scope=\"col\">\(h(labels[.scoreCountedColumn]))</th><th scope=\"col\">\(h(labels[.scoreValueColumn]))</th>"
            + "<th scope=\"col\">\(h(labels[.scoreStatusColumn]))</th><th scope=\"col\">\(h(labels[.scoreBudgetColumn]))</th></tr>\n"
            + "</thead>\n<tbody>\n"
        for row in standard.rows {
            let partial = row.partial ? "<br><small>(\(h(labels[.scorePartial])))</small>" : ""
            out += "<tr><td class=\"period\">\(h(row.start)) – \(h(row.last))\(partial)</td><td>\(h(row.counted))</td>"
                + "<td>\(h(row.valueText))</td>\(statusCell(row.status, labels: labels))<td>\(h(row.budget ?? "–"))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A status with its shape and, by its class in the stylesheet, its colour: `● met` in
    /// green. No inline style, so that pages keep to a strict content security policy.
    static func statusCell(_ status: ScoreStatus, labels: Labels) -> String {
        "<td class=\"status \(status.rawValue)\">\(ScorecardMarkdown.symbol(status)) "
            + "\(HTMLEscaping.escape(labels[.status(status)]))</td>"
    }

    /// The teams (the first ``ScorecardView/teamLimit`` by name) against the standards.
    private static func teams(_ view: ScorecardView) -> String? {
        let standards = view.standards.filter { $0.noData == nil }
        guard !view.teamNames.isEmpty, !standards.isEmpty else { return nil }
        let labels = view.labels
        let h = HTMLEscaping.escape
        var out = "<h2 id=\"teams\">\(h(labels[.scoreTeamsHeading]))</h2>\n<table class=\"team-scores\">\n<thead>\n"
            + "<tr><th scope=\"col\">\(h(labels[.scoreTeamColumn]))</th>"
            + standards.map { "<th scope=\"col\"><a href=\"#\($0.anchor)\">\(h($0.id))</a></th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for name in view.teamNames.prefix(ScorecardView.teamLimit) {
            out += "<tr><th scope=\"row\">\(h(name))</th>" + standards.map { standard in
                standard.teams[name].map { statusCell($0, labels: labels) } ?? "<td>–</td>"
            }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let more = view.teamNames.count - ScorecardView.teamLimit
        if more > 0 { out += "<p>\(h(labels[.scoreMoreTeams, ["n": view.format.number(Double(more))]]))</p>\n" }
        return out
    }
}
