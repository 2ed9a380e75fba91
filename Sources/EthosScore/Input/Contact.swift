/// One contact record as the scorecard counts it: every time in microseconds since
/// 1970-01-01 00:00 UTC, every duration in microseconds or seconds as noted.
struct Contact {
    /// The 128-bit hash of the id's bytes (see ``ContactID``).
    var id = ContactID(low: 0, high: 0)
    var created: Int64 = 0
    var firstReply: Int64?
    /// The first reply as a delay from `created`, for exports without its timestamp.
    var firstReplyDelay: Int64?
    var solved: Int64?
    /// The philosophy channel's index, or `nil` when the contact is in none.
    var channel: Int?
    /// The philosophy team's index, or `nil` when it counts company-wide only.
    var team: Int?
    var replies = 0
    var reopens = 0
    var fcrFlag: Bool?
    var csat: Int?
    var nps: Int?
    var ces: Int?
    /// Time in queue, in microseconds.
    var wait: Int64?
    /// Talk + hold + wrap time, in seconds, when any part is given.
    var handleParts: Double?
    /// The total handle time, in seconds, for exports without the parts.
    var handleTotal: Double?
    var abandoned = false

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

/// A contact's id, as a 128-bit hash of its bytes, so that a million ids fit in a few tens of
/// megabytes. Two different ids get the same hash with a probability of about 10⁻²⁷ in a
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
