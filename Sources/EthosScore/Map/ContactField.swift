/// A field of a contact record, named as in the generic layout's columns.
public enum ContactField: String, CaseIterable, Sendable {
    case id, created
    case firstReply = "first_reply"
    case firstReplySeconds = "first_reply_seconds"
    case firstReplyMinutes = "first_reply_minutes"
    case solved, channel, team, replies, reopens, fcr, csat, nps, ces
    case waitSeconds = "wait_seconds"
    case talkSeconds = "talk_seconds"
    case holdSeconds = "hold_seconds"
    case wrapSeconds = "wrap_seconds"
    case handleSeconds = "handle_seconds"
    case handleMinutes = "handle_minutes"
    case abandoned

    /// How a cell of the field is read.
    enum Kind {
        case text, timestamp, duration(seconds: Double), count, boolean, answer(ClosedRange<Int>)
    }

    var kind: Kind {
        switch self {
        case .id, .channel, .team: .text
        case .created, .firstReply, .solved: .timestamp
        case .firstReplySeconds, .waitSeconds, .talkSeconds, .holdSeconds, .wrapSeconds, .handleSeconds: .duration(seconds: 1)
        case .firstReplyMinutes, .handleMinutes: .duration(seconds: 60)
        case .replies, .reopens: .count
        case .fcr, .abandoned: .boolean
        case .csat: .answer(1...5)
        case .nps: .answer(0...10)
        case .ces: .answer(1...7)
        }
    }

    /// Whether every map must name the field.
    var isRequired: Bool { self == .id || self == .created }
}
