import EthosModel

/// Reads every contact file once, feeding each accepted contact to the accumulators, and
/// handles duplicates: the later row of an id wins, so the earlier row is taken back out.
///
/// Ids are kept as 128-bit hashes with the file and line of their latest row; the rows a later
/// duplicate replaces are read a second time, and only those, to take them back out.
final class ContactPass {
    private let sources: [ContactSource]
    private let clock: ZoneClock?
    private let dayClock: ZoneClock
    private let matcher: NameMatcher
    private let accumulators: [MeasureAccumulator]
    private let queuedChannels: [Bool]

    private var latest: [ContactID: (file: Int32, line: Int32)] = [:]
    private var superseded: [Int: Set<Int>] = [:]
    /// By file, the lines of rows whose id was read before, and where that earlier row is; the
    /// second pass reads them again for the warning's id.
    private var duplicateRows: [Int: [Int: (file: Int32, line: Int32)]] = [:]
    /// How many timestamps fall on each local day.
    private(set) var dayCounts = DayCounts()
    private(set) var rows = 0
    private(set) var rejected = 0
    private(set) var duplicates = 0
    private(set) var problems: [Diagnostic] = []
    /// The fields each file has a column for.
    private(set) var boundFields: Set<ContactField> = []

    init(sources: [ContactSource], clock: ZoneClock?, dayClock: ZoneClock, matcher: NameMatcher,
         accumulators: [MeasureAccumulator], philosophy: Philosophy) {
        self.sources = sources
        self.clock = clock
        self.dayClock = dayClock
        self.matcher = matcher
        self.accumulators = accumulators
        queuedChannels = philosophy.channels.map { $0.kind == .phone || $0.kind == .chat }
    }

    /// Distinct ids among the accepted rows.
    var contacts: Int { latest.count }

    /// Reads every file; throws the problem that stops the run (a missing column, a file that
    /// is not UTF-8 or not CSV, a zone-less timestamp without a time zone).
    func run() throws(Diagnostic) {
        for (index, source) in sources.enumerated() {
            try read(source, index: index, secondPass: false)
        }
        for (index, source) in sources.enumerated() where superseded[index] != nil || duplicateRows[index] != nil {
            try read(source, index: index, secondPass: true)
        }
    }

    private func read(_ source: ContactSource, index: Int, secondPass: Bool) throws(Diagnostic) {
        let file = source.displayName
        var parser: ContactParser?
        let lines = superseded[index] ?? []
        let laterRows = duplicateRows[index] ?? [:]
        let counting = CountingQueue()
        var batch = ContactBatch()
        defer { counting.finish() }
        do {
            let reader = try CSVReader(path: source.path)
            try reader.forEachRecord { record in
                guard let parser else {
                    let header = (0..<record.count).map(record.string(at:))
                    let binding = try HeaderBinding(map: source.map, header: header, file: file, headerLine: record.line)
                    // About one contact per 100 bytes: room for the ids without growing the table
                    // again and again.
                    if !secondPass { latest.reserveCapacity(latest.count + min(reader.byteCount / 100, 50_000_000)) }
                    if !secondPass { boundFields.formUnion(binding.columns.map(\.field)) }
                    parser = ContactParser(file: file, map: source.map, binding: binding, clock: clock?.copy(), matcher: matcher)
                    return
                }
                if secondPass {
                    if let earlier = laterRows[record.line] { warnDuplicate(record, parser: parser, earlier: earlier, file: index) }
                    guard lines.contains(record.line), try parser.read(record) else { return }
                    count(parser.scratch, sign: -1)
                    return
                }
                rows += 1
                if try parser.read(record) {
                    batch.append(parser.scratch, line: record.line)
                    if batch.isFull {
                        let full = batch
                        batch = ContactBatch()
                        counting.submit { self.accept(full, file: index) }
                    }
                } else if let problem = parser.problem {
                    rejected += 1
                    problems.append(problem)
                }
            }
            let last = batch
            counting.submit { self.accept(last, file: index) }
        } catch let error as CSVReadError {
            throw error.diagnostic(file: file)
        } catch let error as Diagnostic {
            throw error
        } catch let error as ContactParser.Fatal {
            throw error.diagnostic
        } catch {
            throw Diagnostic(.error, .fileUnreadable, "\(error)", location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Counts a batch of accepted contacts of file `file`, on the counting queue. A contact
    /// whose id was read before replaces the earlier row, which the second pass takes back out.
    private func accept(_ batch: ContactBatch, file: Int) {
        for (contact, line) in zip(batch.contacts, batch.lines) {
            if let earlier = latest.updateValue((Int32(file), line), forKey: contact.id) {
                duplicates += 1
                superseded[Int(earlier.file), default: []].insert(Int(earlier.line))
                duplicateRows[file, default: [:]][Int(line)] = earlier
            }
            count(contact, sign: 1)
        }
    }

    /// The `duplicate-id` warning of a later row, with its id as written.
    private func warnDuplicate(_ record: CSVRecord, parser: ContactParser, earlier: (file: Int32, line: Int32), file: Int) {
        let idColumn = parser.binding.columns.first { $0.field == .id }?.index ?? 0
        let place = Int(earlier.file) == file ? "line \(earlier.line)" : "\(sources[Int(earlier.file)].displayName):\(earlier.line)"
        problems.append(Diagnostic(.warning, .duplicateID,
                                   "the id '\(record.string(at: idColumn))' was read before, at \(place); this later row counts instead",
                                   location: SourceLocation(file: sources[file].displayName, line: record.line, column: idColumn + 1)))
    }

    private func count(_ contact: borrowing Contact, sign: Int) {
        let created = dayClock.localDay(ofUTC: contact.created)
        let solved = contact.solved.map(dayClock.localDay(ofUTC:))
        dayCounts.add(created, sign)
        if let solved { dayCounts.add(solved, sign) }
        if let reply = contact.firstReply {
            dayCounts.add(dayClock.localDay(ofUTC: reply), sign)
        } else if let delay = contact.firstReplyDelay {
            dayCounts.add(dayClock.localDay(ofUTC: contact.created + delay), sign)
        }
        let days = ContactDays(created: created, solved: solved)
        let queued = contact.channel.map { queuedChannels[$0] } ?? false
        for accumulator in accumulators {
            accumulator.add(contact, days: days, isQueued: queued, sign: Int64(sign))
        }
    }
}
