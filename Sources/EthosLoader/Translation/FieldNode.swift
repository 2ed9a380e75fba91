import EthosModel
import Yams

/// The node a field path names in a composed tree, with what an edit of its text needs to know.
struct FieldNode {
    let node: Node
    /// The indentation of the block that holds the node (its key's or its dash's column,
    /// less one): a scalar's further lines, and a mapping's new entries, are indented deeper.
    let parentIndent: Int
    /// Whether the node sits inside a flow collection, where `,`, `]` and `}` end a plain scalar.
    let inFlow: Bool
    /// Whether the node is the value of a mapping entry (not a list item or the root).
    var isMappingValue = false

    /// The node at `path` under `root`, whose text is `lines`, or `nil` when the tree has no
    /// such field.
    static func find(_ path: FieldPath, in root: Node, lines: ScalarLines) -> FieldNode? {
        var current = FieldNode(node: root, parentIndent: -1, inFlow: false)
        for component in components(of: path) {
            guard let next = current.child(component, lines: lines) else { return nil }
            current = next
        }
        return current
    }

    /// Whether this collection is written in flow style (`[a, b]`, `{en: a}`). Yams does not
    /// keep the style it read, so the character at the node's mark tells.
    func isFlow(in lines: ScalarLines) -> Bool {
        if inFlow { return true }
        guard let mark = node.mark else { return false }
        let offset = lines.offset(line: mark.line, column: mark.column)
        return offset < lines.scalars.count && (lines.scalars[offset] == "{" || lines.scalars[offset] == "[")
    }

    /// Whether the node starts with an anchor (`&name`, which aliases elsewhere may share, so
    /// that an edit would change other texts too) or a tag (`!!str`). An alias resolves to
    /// the anchored node, so it answers the same. Yams drops neither from the mark.
    func hasAnchorOrTag(in lines: ScalarLines) -> Bool {
        guard let mark = node.mark else { return true }
        let offset = lines.offset(line: mark.line, column: mark.column)
        return offset < lines.scalars.count && (lines.scalars[offset] == "&" || lines.scalars[offset] == "!")
    }

    /// The entry `key` of this mapping node.
    func child(key: String, lines: ScalarLines) -> (key: Node, value: FieldNode)? {
        guard case .mapping(let mapping) = node else { return nil }
        let flow = isFlow(in: lines)
        for (keyNode, value) in mapping where keyNode.scalar?.string == key {
            return (keyNode, FieldNode(node: value, parentIndent: (keyNode.mark?.column ?? 1) - 1, inFlow: flow,
                                       isMappingValue: true))
        }
        return nil
    }

    private func child(_ component: Component, lines: ScalarLines) -> FieldNode? {
        switch component {
        case .key(let key):
            return child(key: key, lines: lines)?.value
        case .index(let index):
            guard case .sequence(let sequence) = node, index < sequence.count else { return nil }
            return FieldNode(node: sequence[index], parentIndent: (node.mark?.column ?? 1) - 1, inFlow: isFlow(in: lines))
        }
    }

    private enum Component {
        case key(String)
        case index(Int)
    }

    /// `values[2].behaviors[0]` as keys and indices.
    private static func components(of path: FieldPath) -> [Component] {
        var components: [Component] = []
        for part in path.text.split(separator: ".") {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                if bracket > rest.startIndex { components.append(.key(String(rest[..<bracket]))) }
                rest = rest[bracket...]
                while rest.first == "[", let close = rest.firstIndex(of: "]") {
                    components.append(.index(Int(rest[rest.index(after: rest.startIndex)..<close]) ?? -1))
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                components.append(.key(String(rest)))
            }
        }
        return components
    }
}
