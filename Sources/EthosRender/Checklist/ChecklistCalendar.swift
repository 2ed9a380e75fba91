import EthosModel

/// A checklist as an iCalendar file (RFC 5545): one all-day event per item on its due date,
/// which Google Calendar, Outlook and Apple Calendar import.
///
/// Everything in it follows from the checklist: event ids are the team's slug and the item's
/// position, and the time stamp RFC 5545 requires is the start date at midnight UTC.
package enum ChecklistCalendar {
    /// The calendar for `checklist`, or `nil` when it has no start date to count from.
    package static func make(_ checklist: Checklist) -> String? {
        guard let start = checklist.start else { return nil }
        let labels = Labels.for(checklist.locale)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ethos//Onboarding checklist//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escaped(labels[.checklistTitle, ["team": checklist.team]]),
        ]
        for (index, item) in checklist.items.enumerated() {
            guard let due = item.dueDate, let next = due.addingDays(1) else { continue }
            var description = item.detail ?? ""
            if let owner = item.owner { description += (description.isEmpty ? "" : "\n") + "\(labels[.owner]): \(owner)" }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(checklist.teamSlug)-\(checklist.locale.tag)-\(index + 1)@ethos.onboarding",
                "DTSTAMP:\(compact(start))T000000Z",
                "DTSTART;VALUE=DATE:\(compact(due))",
                "DTEND;VALUE=DATE:\(compact(next))",
                "SUMMARY:" + escaped(item.name),
            ]
            if !description.isEmpty { lines.append("DESCRIPTION:" + escaped(description)) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261201`.
    private static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`.
    static func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\n": output += "\\n"
            case "\r": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1).
    static func folded(_ line: String) -> String {
        var output = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > 75 {
                output += "\r\n "
                width = 1
            }
            output.unicodeScalars.append(scalar)
            width += size
        }
        return output
    }
}
