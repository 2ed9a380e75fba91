import EthosModel

/// A checklist as an iCalendar file (RFC 5545): one all-day event per item on its due date,
/// which Google Calendar, Outlook and Apple Calendar import.
///
/// Everything in it follows from the checklist, so that importing it again updates the events
/// instead of doubling them:
/// - An event's UID is the item's key with the hire's identity (their email, else their name)
///   or, without a hire, the team's slug: the same hire and task give the same UID after any
///   edit, and two hires' calendars never share one.
/// - SEQUENCE counts the days from 2000-01-01 to the philosophy's `updated` date, and DTSTAMP
///   and LAST-MODIFIED are that date at midnight UTC (the start date without `updated`): a
///   revised philosophy gives a higher SEQUENCE, which tells calendar programs to replace
///   the events they have.
/// - With a hire, the summary starts with their name; the description names the owner; the
///   owner with a known email is an ATTENDEE, and the manager with a known email the ORGANIZER.
package enum ChecklistCalendar {
    /// The calendar for `checklist`, or `nil` when it has no start date to count from.
    package static func make(_ checklist: Checklist) -> String? {
        guard let start = checklist.start else { return nil }
        let labels = checklist.labels
        let stamp = "\(compact(checklist.updated ?? start))T000000Z"
        let sequence = max(0, (checklist.updated?.dayNumber ?? epoch) - epoch)
        let hire = checklist.hire
        let owner = hire.map { identifier(of: $0.identity) } ?? checklist.teamSlug
        let title = labels[.checklistTitle, ["team": checklist.team]]
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ethos//Onboarding checklist//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escaped(hire.map { "\($0.person.name): \(title)" } ?? title),
        ]
        for item in checklist.items {
            guard let due = item.dueDate, let next = due.addingDays(1) else { continue }
            var description = item.detail ?? ""
            if let owner = item.ownerWithName { description += (description.isEmpty ? "" : "\n") + "\(labels[.owner]): \(owner)" }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(item.key)-\(owner)@ethos.onboarding",
                "DTSTAMP:\(stamp)",
                "LAST-MODIFIED:\(stamp)",
                "SEQUENCE:\(sequence)",
                "DTSTART;VALUE=DATE:\(compact(due))",
                "DTEND;VALUE=DATE:\(compact(next))",
                "SUMMARY:" + escaped(hire.map { "\($0.person.name): \(item.name)" } ?? item.name),
            ]
            if !description.isEmpty { lines.append("DESCRIPTION:" + escaped(description)) }
            if let organizer = hire?.manager, let email = organizer.email, EmailAddress.isPlausible(email) {
                lines.append("ORGANIZER;CN=\(parameter(organizer.name)):mailto:\(email)")
            }
            if let assignee = item.assignee, let email = assignee.email, EmailAddress.isPlausible(email) {
                lines.append("ATTENDEE;CN=\(parameter(assignee.name));ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:\(email)")
            }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// 2000-01-01, where SEQUENCE starts counting.
    private static let epoch = CalendarDate.dayNumber(year: 2000, month: 1, day: 1)

    /// `20261201`.
    private static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// 16 hex digits that stand for `identity` (64-bit FNV-1a of its UTF-8): stable, and
    /// without the email or name itself in every event id.
    static func identifier(of identity: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A parameter value (RFC 5545, 3.2): quoted, without the quotes and control characters
    /// it cannot hold.
    static func parameter(_ text: String) -> String {
        "\"" + String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F })) + "\""
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
