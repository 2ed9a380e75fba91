import CYaml
import EthosModel

/// Bounds the aliases inside mapping keys before Yams builds the tree.
///
/// Yams checks each mapping for duplicate keys while it composes, by hashing its keys, and
/// hashing a key walks every alias in it: a "billion laughs" written as a key
/// (`? [*b, *b, …]`) kept `Yams.compose` busy for minutes, so no check on the composed tree
/// (``StructureLimits``) gets a chance to run. Yams' public `Parser` hands out only whole
/// trees (its events are private) and runs none of our code while composing, so this guard
/// reads libyaml's events itself, through the `CYaml` module Yams is built on. It counts the
/// nodes each anchor stands for and stops as soon as the aliases inside keys reach more than
/// the format's 100,000 nodes.
///
/// This is the one place the text is read twice, and only for files that hold both an
/// anchor (`&`) and an alias (`*`); other files are parsed once, by ``YAMLTree``.
enum KeyExpansionLimit {
    /// A node being read: the nodes it stands for, those reached through aliases, and for a
    /// mapping whether its next child is a key.
    private struct Frame {
        var anchor: String?
        var size = 1
        var throughAliases = 0
        let isMapping: Bool
        var children = 0
        let isKey: Bool
        let mark: yaml_mark_t
    }

    /// `text` passed on, or the alias-limit error when the aliases in its keys expand too far.
    /// Text the parser rejects is passed on too: ``YAMLTree`` reports that in its own words.
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

    private static func scan(_ parser: inout yaml_parser_t, file: String) -> Diagnostic? {
        let limit = StructureLimits.maximumAliasNodes
        var anchors: [String: Int] = [:]
        var stack: [Frame] = []
        var inKeys = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let isKey = stack.last.map { $0.isMapping && $0.children % 2 == 0 } ?? false
            var finished: Frame?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = name(mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor, isMapping: mapping, isKey: isKey, mark: event.start_mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                finished = stack.popLast()
            case YAML_SCALAR_EVENT:
                finished = Frame(anchor: name(event.data.scalar.anchor), isMapping: false, isKey: isKey, mark: event.start_mark)
            case YAML_ALIAS_EVENT:
                let size = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
                finished = Frame(size: size, throughAliases: size, isMapping: false, isKey: isKey, mark: event.start_mark)
            default:
                continue
            }
            guard let node = finished else { continue }
            if let anchor = node.anchor { anchors[anchor] = node.size }
            if node.isKey {
                inKeys = min(inKeys + node.throughAliases, limit + 1)
                if inKeys > limit { return diagnostic(at: node.mark, file: file) }
            }
            if var parent = stack.popLast() {
                parent.size = min(parent.size + node.size, limit + 1)
                parent.throughAliases = min(parent.throughAliases + node.throughAliases, limit + 1)
                parent.children += 1
                stack.append(parent)
            }
        }
        return nil
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }

    private static func diagnostic(at mark: yaml_mark_t, file: String) -> Diagnostic {
        Diagnostic(.error, .aliasLimit,
                   "aliases in mapping keys expand to more than \(StructureLimits.maximumAliasNodes.formatted) nodes",
                   fix: "write keys as plain words; the format needs no aliases in keys",
                   location: SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1))
    }
}
