import EthosModel
import Foundation
import Yams

/// Reads typed values out of a composed YAML tree, recording where each field was written and
/// collecting a diagnostic for each problem instead of stopping at the first.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: FieldLocations
    /// Fields that already have an error: the model holds placeholders there, which the
    /// checker is told to leave alone (see ``unread``).
    private var failedPaths: Set<FieldPath> = []

    init(file: String) {
        self.file = file
        self.locations = FieldLocations(file: file)
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func record(_ path: FieldPath, _ node: Node) {
        locations.record(path, location(of: node))
    }

    /// Records a finding; an error marks `path` failed unless `marksFailed` is false (a mapping
    /// that only lacks keys still has fields worth checking).
    func report(_ rule: RuleID, _ message: String, fix: String? = nil, at node: Node, path: FieldPath,
                severity: Severity = .error, marksFailed: Bool = true) {
        diagnostics.append(Diagnostic(severity, rule, message, fix: fix, at: path, location: location(of: node)))
        if severity == .error, marksFailed { failedPaths.insert(path) }
    }

    func markFailed(_ path: FieldPath) {
        failedPaths.insert(path)
    }

    /// The fields read so far that had an error, for ``PhilosophyChecker`` to skip.
    var unread: UnreadFields {
        UnreadFields(failedPaths)
    }

    /// Whether `path` or a field enclosing it has an error already.
    func hasFailed(_ path: FieldPath) -> Bool {
        unread.contains(path)
    }

    // MARK: Mappings

    /// The keys and values of a mapping described by `section`, after checking its type, its
    /// keys against the section's (with a did-you-mean for a near miss) and that every required
    /// key is present. `nil` when `node` is not a mapping.
    func mapping(_ node: Node, at path: FieldPath, section: FormatSection) -> Fields? {
        let what = section.what
        let allowed = section.allowed
        record(path, node)
        guard case .mapping(let mapping) = node else {
            let glued = node.scalar.flatMap { Self.spacedAfterColon($0.string) }
            reportWrongType(node, expected: "a mapping (\(what))", fix: glued.map { "put a space after ':': '\($0)'" },
                            at: path)
            return nil
        }
        var fields = Fields(node: node, path: path)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, allowed.contains(scalar.string) else {
                let name = key.scalar?.string ?? "?"
                let fix = Suggestion.closest(to: name, among: allowed, caseInsensitive: true).map { "did you mean '\($0)'?" }
                    ?? "allowed keys in \(what): \(allowed.joined(separator: ", "))"
                report(.unknownKey, "unknown key '\(name)' in \(what)", fix: fix, at: key, path: path.key(name))
                continue
            }
            fields.values[scalar.string] = (key, value)
            record(path.key(scalar.string), value)
        }
        let missing = section.required.filter { fields.values[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            report(.missingKey, "\(what) lacks required \(missing.count == 1 ? "key" : "keys") \(names)",
                   fix: "add \(missing.map { "'\($0): ...'" }.joined(separator: ", "))", at: node, path: path,
                   marksFailed: false)
            for key in missing { markFailed(path.key(key)) }
        }
        return fields
    }

    /// The present keys of one mapping with their value nodes.
    struct Fields {
        let node: Node
        let path: FieldPath
        fileprivate(set) var values: [String: (key: Node, value: Node)] = [:]

        subscript(key: String) -> Node? { values[key]?.value }
    }

    // MARK: Lists

    /// The items of a sequence read by `item`, which gets each node and its path. A missing
    /// node gives an empty list; a non-sequence is a `wrong-type` error.
    func list<T>(_ node: Node?, at path: FieldPath, what: String, item: (Node, FieldPath) -> T) -> [T] {
        guard let node else { return [] }
        record(path, node)
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { index, child in
                let childPath = path.index(index)
                record(childPath, child)
                return item(child, childPath)
            }
        case .scalar(let scalar) where isNull(scalar):
            return []
        default:
            let dashed = node.mapping?.keys.first?.scalar.flatMap { key in
                key.string.count > 1 && key.string.hasPrefix("-") ? key.string.dropFirst() : nil
            }
            let fix = dashed.map { "put a space after '-' to start a list item: '- \($0):'" }
                ?? node.scalar.map { "write a list: [\($0.string)]" }
            reportWrongType(node, expected: "a list of \(what)", fix: fix, at: path)
            return []
        }
    }

    /// The fewest items a list must have for ``concurrentList(_:at:what:item:)`` to share
    /// them out: below it, one thread reads them faster than several start.
    static let concurrentListMinimum = 64

    /// The items of a sequence as ``list(_:at:what:item:)`` reads them, read on all cores: each
    /// run of items by a reader of its own, whose findings, locations and failed fields are
    /// then taken in the list's order, so the result is the one reading them in turn gives.
    /// `item` gets the reader to report to. For long lists (a company's teams); `item` must
    /// read nothing but its node and values it does not change.
    func concurrentList<T>(_ node: Node?, at path: FieldPath, what: String,
                           item: (NodeReader, Node, FieldPath) -> T) -> [T] {
        guard case .sequence(let sequence)? = node, sequence.count >= Self.concurrentListMinimum else {
            return list(node, at: path, what: what) { item(self, $0, $1) }
        }
        record(path, .sequence(sequence))
        let items = Array(sequence)
        let runs = min(ProcessInfo.processInfo.activeProcessorCount * 4, items.count)
        let readers = (0..<runs).map { _ in NodeReader(file: file) }
        let results = UncheckedBox(Array(repeating: [T](), count: runs))
        withoutActuallyEscaping(item) { item in
            let shared = UncheckedBox((items, readers, item))
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                let (items, readers, item) = shared.value
                let reader = readers[run]
                let bounds = items.count * run / runs..<items.count * (run + 1) / runs
                let read = bounds.map { index in
                    let childPath = path.index(index)
                    reader.record(childPath, items[index])
                    return item(reader, items[index], childPath)
                }
                results.lock.withLock { results.value[run] = read }
            }
        }
        for reader in readers {
            diagnostics += reader.diagnostics
            locations.append(reader.locations)
            failedPaths.formUnion(reader.failedPaths)
        }
        return results.value.flatMap { $0 }
    }

    /// `key: value` for a scalar written `key:value`, which YAML reads as one text.
    static func spacedAfterColon(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex,
              text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              let after = text[text.index(after: colon)...].first, !after.isWhitespace, after != "/" else { return nil }
        return "\(text[..<colon]): \(text[text.index(after: colon)...])"
    }

    // MARK: Scalars

    /// A non-empty scalar's text; `nil` with a diagnostic for anything else.
    func string(_ node: Node, at path: FieldPath, what: String) -> String? {
        record(path, node)
        guard case .scalar(let scalar) = node else {
            reportWrongType(node, expected: what, at: path)
            return nil
        }
        // Scalar by scalar, stopping at the first that is no space: trimming a copy of every
        // text was a tenth of loading a large file.
        if isNull(scalar) || scalar.string.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) {
            report(.emptyValue, "\(what) is empty", at: node, path: path)
            return nil
        }
        return scalar.string
    }

    /// A text field: a plain string for every locale, or a mapping from locale to string.
    func text(_ node: Node, at path: FieldPath, what: String) -> LocalizedText? {
        record(path, node)
        switch node {
        case .scalar:
            return string(node, at: path, what: what).map { LocalizedText($0) }
        case .mapping(let mapping):
            var translations: [LocaleID: String] = [:]
            for (key, value) in mapping {
                let tag = key.scalar?.string ?? "?"
                let keyPath = path.key(tag)
                record(keyPath, key)
                guard key.scalar != nil, LocaleID.isWellFormed(tag) else {
                    report(.badLocale, "'\(tag)' is not a locale tag; a text maps locales to strings",
                           fix: "write a BCP 47 tag such as 'en', 'de-AT' or 'nb'", at: key, path: keyPath)
                    continue
                }
                let locale = LocaleID(tag)
                if translations[locale] != nil {
                    report(.duplicateKey, "'\(tag)' is the same locale as '\(locale)' in this text",
                           fix: "keep one of the two entries", at: key, path: keyPath)
                } else if let string = string(value, at: keyPath, what: "the '\(tag)' text of \(what)") {
                    translations[locale] = string
                }
            }
            if translations.isEmpty { markFailed(path) }
            return translations.isEmpty ? nil : LocalizedText(translations)
        default:
            reportWrongType(node, expected: "text (a string, or a mapping from locale to string) for \(what)", at: path)
            return nil
        }
    }

    /// A scalar parsed by `parse`; `rule` and `expected` describe a value it rejects.
    func parsed<T>(_ node: Node, at path: FieldPath, what: String, rule: RuleID, expected: String,
                   fix: String? = nil, _ parse: (String) -> T?) -> T? {
        guard let text = string(node, at: path, what: what) else { return nil }
        guard let value = parse(text.trimmingCharacters(in: .whitespaces)) else {
            let pointed = DecimalComma.corrected(text).flatMap { parse($0) == nil ? nil : $0 }
            report(rule, "'\(text)' is not \(expected) (\(what))",
                   fix: pointed.map { "write '\($0)' with a decimal point" } ?? fix, at: node, path: path)
            return nil
        }
        return value
    }

    /// One of the raw values of `T`, with a did-you-mean for a near miss.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, at path: FieldPath, what: String) -> T?
    where T.RawValue == String {
        let options = T.allCases.map(\.rawValue)
        guard let text = string(node, at: path, what: what) else { return nil }
        guard let value = T(rawValue: text) else {
            let fix = Suggestion.closest(to: text, among: options, caseInsensitive: true).map { "did you mean '\($0)'?" }
                ?? "use one of: \(options.joined(separator: ", "))"
            report(.badChoice, "'\(text)' is not a valid \(what)", fix: fix, at: node, path: path)
            return nil
        }
        return value
    }

    /// A plain (unquoted) decimal number.
    func number(_ node: Node, at path: FieldPath, what: String) -> Double? {
        guard let text = string(node, at: path, what: what) else { return nil }
        guard node.scalar?.style == .plain, let value = PlainNumber.parse(text) else {
            let fix = PlainNumber.parse(text).map { _ in "remove the quotes: a number in quotes is text, write \(text)" }
                ?? DecimalComma.corrected(text).map { "write \($0) with a decimal point" }
            report(.badNumber, "'\(text)' is not a number (\(what))", fix: fix, at: node, path: path)
            return nil
        }
        return value
    }

    func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func reportWrongType(_ node: Node, expected: String, fix: String? = nil, at path: FieldPath) {
        report(.wrongType, "expected \(expected), found \(describe(node))", fix: fix, at: node, path: path)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar) where isNull(scalar): "nothing"
        case .scalar(let scalar): "'\(scalar.string.prefix(40))'"
        case .alias: "an alias"
        }
    }
}

/// A value handed to the threads of ``NodeReader/concurrentList(_:at:what:item:)``, each of
/// which reads its own part of it (or writes under the lock).
private final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }
}
