import Dispatch

/// Counts batches of contacts on a second thread while the first reads and parses the next
/// ones: the two halves of the work take about as long, so two cores do the pass in about
/// half the time. Batches are counted in the order given; at most four wait at a time, so
/// memory stays bounded.
final class CountingQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ethos.score.counting")
    private let room = DispatchSemaphore(value: 4)

    /// Runs `work` on the counting thread after the work given before it.
    func submit(_ work: @escaping () -> Void) {
        room.wait()
        let box = UncheckedWork(run: work)
        queue.async { [room] in
            box.run()
            room.signal()
        }
    }

    /// Waits until every batch given is counted.
    func finish() {
        queue.sync {}
    }

    /// Work that touches state only the counting thread uses while it runs.
    private struct UncheckedWork: @unchecked Sendable {
        let run: () -> Void
    }
}

/// Contacts read in a row, handed to the counting thread together.
struct ContactBatch {
    private(set) var contacts: [Contact] = []
    private(set) var lines: [Int32] = []
    static let size = 4_096

    init() {
        contacts.reserveCapacity(Self.size)
        lines.reserveCapacity(Self.size)
    }

    var isFull: Bool { contacts.count >= Self.size }

    mutating func append(_ contact: Contact, line: Int) {
        contacts.append(contact)
        lines.append(Int32(clamping: line))
    }
}
