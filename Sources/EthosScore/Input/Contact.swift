/// One contact record as the scorecard counts it: every time in microseconds since
/// 1970-01-01 00:00 UTC, every duration in microseconds or seconds as noted.
struct Contact {
    /// The 128-bit hash of the id's bytes (see ``ContactID``).
    var id = ContactID(low: 0, high: 0)
    var created: Int64 = 0
    var replies = 0
    var reopens = 0
    var abandoned = false

    // Stored without optionals (a missing value is a sentinel), which keeps a contact at about
    // a hundred bytes instead of two hundred and forty: contacts are copied into batches and
    // handed between threads a million times.
    private var storedFirstReply = Contact.noTime
    private var storedFirstReplyDelay = Contact.noTime
    private var storedSolved = Contact.noTime
    private var storedWait = Contact.noTime
    private var storedHandleParts = Double.nan
    private var storedHandleTotal = Double.nan
    private var storedChannel: Int32 = -1
    private var storedTeam: Int32 = -1
    private var storedFCR: Int8 = -1
    private var storedCSAT: Int8 = -1
    private var storedNPS: Int8 = -1
    private var storedCES: Int8 = -1

    private static let noTime = Int64.min

    var firstReply: Int64? {
        get { storedFirstReply == Self.noTime ? nil : storedFirstReply }
        set { storedFirstReply = newValue ?? Self.noTime }
    }
    /// The first reply as a delay from `created`, for exports without its timestamp.
    var firstReplyDelay: Int64? {
        get { storedFirstReplyDelay == Self.noTime ? nil : storedFirstReplyDelay }
        set { storedFirstReplyDelay = newValue ?? Self.noTime }
    }
    var solved: Int64? {
        get { storedSolved == Self.noTime ? nil : storedSolved }
        set { storedSolved = newValue ?? Self.noTime }
    }
    /// Time in queue, in microseconds.
    var wait: Int64? {
        get { storedWait == Self.noTime ? nil : storedWait }
        set { storedWait = newValue ?? Self.noTime }
    }
    /// Talk + hold + wrap time, in seconds, when any part is given.
    var handleParts: Double? {
        get { storedHandleParts.isNaN ? nil : storedHandleParts }
        set { storedHandleParts = newValue ?? .nan }
    }
    /// The total handle time, in seconds, for exports without the parts.
    var handleTotal: Double? {
        get { storedHandleTotal.isNaN ? nil : storedHandleTotal }
        set { storedHandleTotal = newValue ?? .nan }
    }
    /// The philosophy channel's index, or `nil` when the contact is in none.
    var channel: Int? {
        get { storedChannel < 0 ? nil : Int(storedChannel) }
        set { storedChannel = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// The philosophy team's index, or `nil` when it counts company-wide only.
    var team: Int? {
        get { storedTeam < 0 ? nil : Int(storedTeam) }
        set { storedTeam = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    var fcrFlag: Bool? {
        get { storedFCR < 0 ? nil : storedFCR == 1 }
        set { storedFCR = newValue.map { $0 ? 1 : 0 } ?? -1 }
    }
    var csat: Int? {
        get { storedCSAT < 0 ? nil : Int(storedCSAT) }
        set { storedCSAT = newValue.map { Int8(clamping: $0) } ?? -1 }
    }
    var nps: Int? {
        get { storedNPS < 0 ? nil : Int(storedNPS) }
        set { storedNPS = newValue.map { Int8(clamping: $0) } ?? -1 }
    }
    var ces: Int? {
        get { storedCES < 0 ? nil : Int(storedCES) }
        set { storedCES = newValue.map { Int8(clamping: $0) } ?? -1 }
    }

    /// The handle time in seconds: the parts when there are any, else the total.
    var handle: Double? { handleParts ?? handleTotal }

    /// The delay to the first human answer, in microseconds: the queue wait for phone and chat
    /// contacts that have one, else the first reply's time after `created`. `nil` when the
    /// contact was abandoned or never answered (it is never "within").
    func firstReplyTime(isQueued: Bool) -> Int64? {
        if abandoned { return nil }
        guard firstReply != nil || firstReplyDelay != nil else { return nil }
        if isQueued, let wait { return wait }
        if let firstReply { return firstReply - created }
        return firstReplyDelay
    }
}

/// A contact's id (or another cell's value), as a 128-bit hash of its bytes, so that a
/// million ids fit in a few tens of megabytes. Two different ids get the same hash with a probability of about 10⁻²⁷ in a
/// million rows.
struct ContactID: Hashable {
    let low: UInt64
    let high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Two independent 64-bit FNV-1a style hashes with different bases and a final mix.
    init(hashing bytes: UnsafeBufferPointer<UInt8>) {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x9e37_79b9_7f4a_7c15
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd
            second ^= second >> 29
        }
        low = Self.mix(first ^ UInt64(bytes.count))
        high = Self.mix(second &+ UInt64(bytes.count))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }
}
