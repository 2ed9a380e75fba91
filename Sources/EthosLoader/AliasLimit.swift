import CYaml
import EthosModel

/// The format's bound on aliases: at most 100,000 nodes reached through them, in keys and values
/// alike. This stage is the one owner of `alias-limit`.
///
/// It counts on libyaml's events, before Yams composes the tree, because of keys: Yams checks
/// each mapping for duplicate keys while it composes, by hashing its keys, and hashing a key walks
/// every alias in it. A "billion laughs" written as a key (`? [*b, *b, …]`) kept `Yams.compose`
/// busy for minutes, so no check on the composed tree could run first. Yams' public `Parser`
/// hands out only whole trees (its events are private) and runs none of our code while
/// composing, so this stage reads the events itself, through the `CYaml` module Yams is built on.
///
/// This is the one place the text is read twice, and only for files that hold both an anchor
/// (`&`) and an alias (`*`): a file without both has no alias, and ``YAMLTree`` parses it once.
enum AliasLimit {
    /// More nodes than this reached through aliases are rejected.
    static let maximumAliasNodes = 100_000

    /// What an anchor stands for: its nodes, counting those it reaches through aliases, and where
    /// it is written.
    private struct Anchored {
        let size: Int
        let mark: yaml_mark_t
    }

    /// A node being read: the nodes it stands for and, for a mapping, whether its next child is a key.
    private struct Frame {
        var anchor: String?
        var size = 1
        let isMapping: Bool
        var children = 0
        let mark: yaml_mark_t
    }

    /// `text` passed on, or the alias-limit error when its aliases expand too far. Text the parser
    /// rejects is passed on too: ``YAMLTree`` reports that in its own words.
    static func check(_ text: String, file: String) -> Result<String, Diagnostic> {
        firstExcess(in: text, file: file).map { .failure($0) } ?? .success(text)
    }

    private static func firstExcess(in text: String, file: String) -> Diagnostic? {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")), bytes.contains(UInt8(ascii: "*")) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return scan(&parser, file: file)
        }
    }

    /// Reads the events in file order and adds up, at each alias, the nodes its anchor stands
    /// for: the count a walk of the composed tree would make, stopped where it passes the limit.
    private static func scan(_ parser: inout yaml_parser_t, file: String) -> Diagnostic? {
        let limit = maximumAliasNodes
        var anchors: [String: Anchored] = [:]
        var stack: [Frame] = []
        /// Where the outermost key being read starts, and how deep it is, while inside a key.
        var key: (mark: yaml_mark_t, depth: Int)?
        var expanded = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let isKey = stack.last.map { $0.isMapping && $0.children % 2 == 0 } ?? false
            var finished: Frame
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mapping = event.type == YAML_MAPPING_START_EVENT
                if isKey, key == nil { key = (event.start_mark, stack.count) }
                let anchor = name(mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor, isMapping: mapping, mark: event.start_mark))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let node = stack.popLast() else { continue }
                if key?.depth == stack.count { key = nil }
                finished = node
            case YAML_SCALAR_EVENT:
                finished = Frame(anchor: name(event.data.scalar.anchor), isMapping: false, mark: event.start_mark)
            case YAML_ALIAS_EVENT:
                let target = name(event.data.alias.anchor).flatMap { anchors[$0] }
                let size = target?.size ?? 1
                expanded = min(expanded + size, limit + 1)
                if expanded > limit {
                    if isKey || key != nil { return keyDiagnostic(at: key?.mark ?? event.start_mark, file: file) }
                    return diagnostic(at: target?.mark ?? event.start_mark, file: file)
                }
                finished = Frame(size: size, isMapping: false, mark: event.start_mark)
            default:
                continue
            }
            if let anchor = finished.anchor { anchors[anchor] = Anchored(size: finished.size, mark: finished.mark) }
            if var parent = stack.popLast() {
                parent.size = min(parent.size + finished.size, limit + 1)
                parent.children += 1
                stack.append(parent)
            }
        }
        return nil
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }

    /// Aliases in values: located at the anchor whose alias passed the limit.
    private static func diagnostic(at mark: yaml_mark_t, file: String) -> Diagnostic {
        Diagnostic(.error, .aliasLimit,
                   "aliases expand to more than \(maximumAliasNodes.formatted) nodes; this anchor is repeated too often",
                   fix: "write the repeated content out, or use fewer nested aliases",
                   location: location(mark, file: file))
    }

    /// Aliases in a mapping key: located at the key.
    private static func keyDiagnostic(at mark: yaml_mark_t, file: String) -> Diagnostic {
        Diagnostic(.error, .aliasLimit,
                   "aliases in mapping keys expand to more than \(maximumAliasNodes.formatted) nodes",
                   fix: "write keys as plain words; the format needs no aliases in keys",
                   location: location(mark, file: file))
    }

    private static func location(_ mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }
}
