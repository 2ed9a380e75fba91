import EthosModel

/// Turns the records of one contact file into contacts, through the file's column map.
///
/// A cell that does not read rejects its row with a located problem; nothing is guessed.
final class ContactParser {
    let file: String
    let map: ColumnMap
    let binding: HeaderBinding
    let clock: ZoneClock?
    let matcher: NameMatcher
    /// The channel and team each value of this file means, so each value is matched once.
    let names = NameCache()

    /// The contact last read by ``read(_:)``: a property, so that the per-field closures change
    /// it in place instead of copying it in and out of each closure.
    private(set) var scratch = Contact()
    /// Why the last record given to ``read(_:)`` was rejected.
    private(set) var problem: Diagnostic?

    init(file: String, map: ColumnMap, binding: HeaderBinding, clock: ZoneClock?, matcher: NameMatcher) {
        self.file = file
        self.map = map
        self.binding = binding
        self.clock = clock
        self.matcher = matcher
    }

    /// The answers of ``NameMatcher`` for one file's values, by the 128-bit hash of the value's
    /// bytes (as ids are kept), so that a known value is found without making a string.
    final class NameCache {
        var channels: [ContactID: Int?] = [:]
        var teams: [ContactID: Int?] = [:]

        /// The answer for the value `bytes` in the table at `table`; `match` answers a value
        /// not seen before.
        func answer(for bytes: UnsafeBufferPointer<UInt8>, in table: ReferenceWritableKeyPath<NameCache, [ContactID: Int?]>,
                    match: (String) -> Int?) -> Int? {
            let key = ContactID(hashing: bytes)
            if let known = self[keyPath: table][key] { return known }
            let answer = match(String(decoding: bytes, as: UTF8.self))
            self[keyPath: table][key] = answer
            return answer
        }
    }

    /// A problem that stops the whole run: a zone-less timestamp without `--timezone`.
    struct Fatal: Error {
        let diagnostic: Diagnostic
    }

    /// Reads `record` into ``scratch``; `false` when a cell rejects it (the reason is in
    /// ``problem``).
    func read(_ record: CSVRecord) throws(Fatal) -> Bool {
        problem = nil
        guard record.count == binding.width else {
            problem = Diagnostic(.error, .fieldCount, "the record has \(record.count) fields; the header has \(binding.width)",
                                 fix: "a comma or quote in a field that is not quoted moves the fields",
                                 location: location(record, max(1, min(record.count, binding.width))))
            return false
        }
        scratch = Contact()
        var fatal: Fatal?
        for column in binding.columns {
            let (field, index) = (column.field, column.index)
            let accepted = record.withField(index) { bytes -> Bool in
                if bytes.isEmpty {
                    if field.isRequired { problem = missing(field, record, index) }
                    return !field.isRequired
                }
                do throws(Fatal) {
                    guard let rejection = try read(column, bytes: bytes, record: record) else { return true }
                    problem = rejection
                } catch {
                    fatal = error
                }
                return false
            }
            if let fatal { throw fatal }
            if !accepted { return false }
        }
        return true
    }

    /// Reads one cell into ``scratch``; returns the problem that rejects the row, if any.
    private func read(_ column: HeaderBinding.Column, bytes: UnsafeBufferPointer<UInt8>,
                      record: CSVRecord) throws(Fatal) -> Diagnostic? {
        let (field, index) = (column.field, column.index)
        switch field.kind {
        case .text:
            switch field {
            case .id: scratch.id = ContactID(hashing: bytes)
            case .channel:
                scratch.channel = names.answer(for: bytes, in: \.channels) { matcher.channel($0, map: map, at: location(record, index + 1)) }
            default:
                scratch.team = names.answer(for: bytes, in: \.teams) { matcher.team($0, map: map, at: location(record, index + 1)) }
            }
        case .timestamp:
            guard let cell = TimestampCell.parse(bytes) else {
                return Diagnostic(.error, .badTimestamp, "'\(text(bytes))' is not a timestamp",
                                  fix: "write ISO 8601, such as 2026-03-29T14:05:00+02:00 or 2026-03-29 14:05",
                                  location: location(record, index + 1))
            }
            let instant = try self.instant(cell, record: record, index: index)
            switch field {
            case .created: scratch.created = instant
            case .firstReply: scratch.firstReply = instant
            default: scratch.solved = instant
            }
        case .duration:
            guard let value = NumberCell.number(bytes), value >= 0 else { return badValue(bytes, "a duration of 0 or more", record, index) }
            let inSeconds = value * column.unitSeconds
            switch field {
            case .firstReplySeconds, .firstReplyMinutes: scratch.firstReplyDelay = Int64((inSeconds * 1_000_000).rounded())
            case .waitSeconds: scratch.wait = Int64((inSeconds * 1_000_000).rounded())
            case .handleSeconds, .handleMinutes: scratch.handleTotal = inSeconds
            default: scratch.handleParts = (scratch.handleParts ?? 0) + inSeconds
            }
        case .count:
            guard let value = NumberCell.integer(bytes), value >= 0 else { return badValue(bytes, "a whole number of 0 or more", record, index) }
            if field == .replies { scratch.replies = value } else { scratch.reopens = value }
        case .boolean:
            let value: Bool
            if !column.hasSpellings {
                guard let read = NumberCell.boolean(bytes) else { return badValue(bytes, "true or false (yes/no, 1/0)", record, index) }
                value = read
            } else {
                let cell = text(bytes)
                value = binding.specs[column.spec].trueValues.contains { $0.caseInsensitiveCompare(cell) == .orderedSame }
            }
            if field == .fcr { scratch.fcrFlag = value } else { scratch.abandoned = value }
        case .answer(let scale):
            guard let answer = self.answer(bytes, column: column, scale: scale) else {
                let spec = binding.specs[column.spec]
                let asked = column.scale ?? scale
                let spelled = (spec.good + spec.bad).map { "'\($0)'" }.joined(separator: ", ")
                return badValue(bytes, "an answer \(asked.lowerBound)–\(asked.upperBound)" + (spelled.isEmpty ? "" : " or \(spelled)"), record, index)
            }
            guard let answer else { return nil }
            switch field {
            case .csat: scratch.csat = answer
            case .nps: scratch.nps = answer
            default: scratch.ces = answer
            }
        }
        return nil
    }

    /// An answer on `scale`, or one of the map's spellings; `.some(nil)` is a spelling of no answer.
    private func answer(_ bytes: UnsafeBufferPointer<UInt8>, column: HeaderBinding.Column, scale: ClosedRange<Int>) -> Int?? {
        if column.hasSpellings {
            let spec = binding.specs[column.spec]
            let cell = text(bytes)
            let matches: ([String]) -> Bool = { $0.contains { $0.caseInsensitiveCompare(cell) == .orderedSame } }
            if matches(spec.good) { return .some(scale.upperBound) }
            if matches(spec.bad) { return .some(scale.lowerBound) }
            if matches(spec.none) { return .some(nil) }
        }
        let asked = column.scale ?? scale
        guard let value = NumberCell.integer(bytes), asked.contains(value) else { return nil }
        let answer = column.reverse ? asked.upperBound + asked.lowerBound - value : value
        guard column.scale != nil else { return .some(answer) }
        // Another scale for csat: the top quarter is good (4 and 5 of 1–5, 8 to 10 of 1–10).
        let good = 4 * (answer - asked.lowerBound) >= 3 * (asked.upperBound - asked.lowerBound)
        return .some(good ? scale.upperBound : scale.lowerBound)
    }

    private func instant(_ cell: TimestampCell, record: CSVRecord, index: Int) throws(Fatal) -> Int64 {
        guard let instant = cell.instant(in: clock) else {
            throw Fatal(diagnostic: Diagnostic(
                .error, .missingTimezone,
                "'\(record.string(at: index))' has no time zone, and no --timezone was given",
                fix: map.zoneAdvice ?? "pass the zone the export's times are in, such as --timezone Europe/Berlin",
                location: location(record, index + 1)))
        }
        return instant
    }

    private func missing(_ field: ContactField, _ record: CSVRecord, _ index: Int) -> Diagnostic {
        Diagnostic(.error, field == .id ? .badValue : .badTimestamp, "the \(field.rawValue) cell is empty; every contact needs one",
                   location: location(record, index + 1))
    }

    private func badValue(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: String, _ record: CSVRecord, _ index: Int) -> Diagnostic {
        Diagnostic(.error, .badValue, "'\(text(bytes))' is not \(expected)", location: location(record, index + 1))
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let value = String(decoding: bytes, as: UTF8.self)
        return value.count > 60 ? String(value.prefix(60)) + "…" : value
    }

    private func location(_ record: CSVRecord, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: column)
    }
}
