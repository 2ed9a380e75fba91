import EthosScore

/// The scorecard for a terminal: a short header, then one line a standard with its last
/// complete window, its status, value and error budget, and a sparkline of every window.
enum ScorecardText {
    static func render(_ view: ScorecardView, colour: Bool) -> String {
        let labels = view.labels
        var lines = [
            view.company,
            "\(labels[.scoreData]): \(view.from) – \(view.to) · \(labels[.scoreContacts]): \(view.contacts)"
                + " · \(labels[.scoreRejected]): \(view.rejected)",
            "",
        ]
        let width = view.standards.map(\.id.count).max() ?? 0
        for standard in view.standards {
            lines.append(line(standard, labels: labels, idWidth: width, colour: colour))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `frt-phone  FRT · Phone  90% within 2 minutes  2026-10-01–2026-10-31  met  91.2%  budget 370/421  ▃▅█`
    static func line(_ standard: ScorecardView.Standard, labels: Labels, idWidth: Int, colour: Bool) -> String {
        let id = standard.id.padding(toLength: max(idWidth, standard.id.count), withPad: " ", startingAt: 0)
        var parts = [id, standard.measure, standard.sentence]
        if let noData = standard.noData {
            parts.append(noData)
        } else if let last = standard.lastComplete {
            parts.append("\(last.start)–\(last.last)")
            parts.append(painted(last.statusText, last.status, colour: colour))
            parts.append(last.valueText)
            if let budget = last.budgetShort { parts.append(budget) }
            parts.append(ScorecardView.sparkline(standard.rows.map(\.value)))
        } else {
            parts.append(labels[.scoreNoCompleteWindow])
            parts.append(ScorecardView.sparkline(standard.rows.map(\.value)))
        }
        return parts.joined(separator: "  ")
    }

    /// `text` in the status's colour (green, red, yellow) when `colour` is on.
    private static func painted(_ text: String, _ status: ScoreStatus, colour: Bool) -> String {
        guard colour else { return text }
        let code = switch status {
        case .met: "32"
        case .missed: "31"
        case .notEnoughData: "33"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
