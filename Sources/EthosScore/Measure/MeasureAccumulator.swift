/// The running counts of one computation for one standard (or one KPI row), by bucket of days
/// and by team, filled in one pass over the contacts.
///
/// Memory grows with buckets × teams, not with contacts; only an exact median keeps one count
/// per distinct first-reply time in each bucket and team.
final class MeasureAccumulator {
    let computation: Computation
    /// Only this philosophy channel's contacts count; `nil`: every contact.
    let channel: Int?
    let bucketing: Bucketing
    /// Team slots: 0 for contacts in no team, 1… for the philosophy's teams.
    private let slots: Int
    /// Where each bucket's tallies start in ``storage``: `slots` tallies per bucket.
    private(set) var bucketStarts: [Int: Int] = [:]
    /// The tallies of every bucket, one after another (one array, updated in place).
    private(set) var storage: [Tally] = []
    /// For each day seen, its bucket's start in ``storage`` (-1: not seen yet): a day is placed
    /// in its bucket once, then found by index.
    private var startsByDay = DayArray<Int32>(empty: -1)
    /// For medians: bucket → slot → first-reply time (µs; `Int64.max`: never answered) → count.
    private(set) var delays: [Int: [Int: [Int64: Int64]]] = [:]

    init(computation: Computation, channel: Int?, bucketing: Bucketing, teams: Int) {
        self.computation = computation
        self.channel = channel
        self.bucketing = bucketing
        slots = teams + 1
    }

    /// Counts `contact` (`sign` 1) or takes it back (`sign` -1, for a row a later duplicate
    /// replaces). `isQueued`: its channel is phone or chat, where the queue wait is the first
    /// reply time.
    func add(_ contact: Contact, days: ContactDays, isQueued: Bool, sign: Int64) {
        if let channel, contact.channel != channel { return }
        let slot = contact.team.map { $0 + 1 } ?? 0
        switch computation {
        case .shareWithin(.firstReply, let limit):
            let within = contact.firstReplyTime(isQueued: isQueued).map { $0 <= limit } ?? false
            record(days.created, slot) { $0.counted += sign; $0.hits += within ? sign : 0 }
        case .shareWithin(.handleTime, let limit):
            guard let handle = contact.handle else { return }
            let within = Int64((handle * 1_000_000).rounded()) <= limit
            record(days.created, slot) { $0.counted += sign; $0.hits += within ? sign : 0 }
        case .medianFirstReply:
            let delay = contact.firstReplyTime(isQueued: isQueued) ?? .max
            delays[bucketing.bucket(of: days.created), default: [:]][slot, default: [:]][delay, default: 0] += sign
            record(days.created, slot) { $0.counted += sign }
        case .meanHandleTime:
            guard let handle = contact.handle else { return }
            record(days.created, slot) { $0.counted += sign; $0.sum += Double(sign) * handle }
        case .firstContactResolution:
            guard let solved = days.solved else { return }
            let first = contact.fcrFlag ?? (contact.replies <= 1 && contact.reopens == 0)
            record(solved, slot) { $0.counted += sign; $0.hits += first ? sign : 0 }
        case .satisfaction:
            if let answer = contact.csat { addAnswer(answer, day: days.answered, slot: slot, sign: sign) }
        case .netPromoter:
            if let answer = contact.nps { addAnswer(answer, day: days.answered, slot: slot, sign: sign) }
        case .effort:
            if let answer = contact.ces { addAnswer(answer, day: days.answered, slot: slot, sign: sign) }
        }
    }

    /// Counts one survey answer of this computation's kind.
    func addAnswer(_ answer: Int, day: LocalDay, team: Int?, channel: Int?) {
        if let wanted = self.channel, channel != wanted { return }
        addAnswer(answer, day: day, slot: team.map { $0 + 1 } ?? 0, sign: 1)
    }

    private func addAnswer(_ answer: Int, day: LocalDay, slot: Int, sign: Int64) {
        switch computation {
        case .satisfaction: record(day, slot) { $0.counted += sign; $0.hits += answer >= 4 ? sign : 0 }
        case .netPromoter:
            record(day, slot) {
                $0.counted += sign
                $0.hits += answer >= 9 ? sign : 0
                $0.detractors += answer <= 6 ? sign : 0
            }
        case .effort: record(day, slot) { $0.counted += sign; $0.sum += Double(sign) * Double(answer) }
        default: break
        }
    }

    private func record(_ day: LocalDay, _ slot: Int, _ change: (inout Tally) -> Void) {
        change(&storage[start(of: day) + slot])
    }

    /// Where the tallies of `day`'s bucket start in ``storage``, making the bucket when new.
    private func start(of day: LocalDay) -> Int {
        let known = startsByDay[day]
        if known >= 0 { return Int(known) }
        let bucket = bucketing.bucket(of: day)
        let start: Int
        if let existing = bucketStarts[bucket] {
            start = existing
        } else {
            start = storage.count
            bucketStarts[bucket] = start
            storage.append(contentsOf: repeatElement(Tally(), count: slots))
        }
        startsByDay[day] = Int32(start)
        return start
    }

    /// The tallies of the bucket starting at `start` in ``storage``, by slot.
    func tallies(atBucketStart start: Int) -> ArraySlice<Tally> {
        storage[start..<start + slots]
    }
}

/// The local days that date a contact's figures.
struct ContactDays {
    let created: LocalDay
    let solved: LocalDay?
    /// Survey answers are dated by the solution, else by the creation.
    var answered: LocalDay { solved ?? created }
}
