import EthosModel
import Yams

/// The format's bounds on a composed document: nesting depth and alias expansion.
///
/// Yams shares an aliased node instead of copying it, so composing a "billion laughs" file is
/// cheap, but walking it is not. This pass walks the tree once, stops as soon as a bound is
/// passed, and so never does more than about 100,000 steps of expansion.
enum StructureLimits {
    /// Deeper nesting than this is rejected.
    static let maximumDepth = 64
    /// More nodes than this reached through aliases are rejected.
    static let maximumAliasNodes = 100_000

    /// `root` passed on, or the first limit it passes as an error.
    static func check(_ root: Node, file: String) -> Result<Node, Diagnostic> {
        firstExcess(in: root, file: file).map { .failure($0) } ?? .success(root)
    }

    /// The first limit `root` passes, as a diagnostic; `nil` when it stays within them.
    private static func firstExcess(in root: Node, file: String) -> Diagnostic? {
        var walk = Walk(file: file)
        return walk.visit(root, depth: 1, expansion: nil)
    }

    /// One walk of a tree, depth first in file order.
    ///
    /// A node reached through an alias carries the mark of its anchor, which lies before the
    /// alias in the file; nodes written in place appear in file order. So a node whose mark is
    /// before the furthest mark seen so far starts an alias expansion.
    private struct Walk {
        let file: String
        /// The furthest mark of a node written in place.
        var furthest = (line: 0, column: 0)
        /// The nodes reached through aliases so far.
        var expandedNodes = 0

        /// Visits `node` and what it holds; `expansion` is where the root of the alias
        /// expansion it lies in is written, if any. The recursion stops past ``maximumDepth``,
        /// so it never goes deeper than that.
        mutating func visit(_ node: Node, depth: Int, expansion enclosing: SourceLocation?) -> Diagnostic? {
            let mark = node.mark.map { (line: $0.line, column: $0.column) } ?? furthest
            let expansion = enclosing ?? (mark < furthest ? location(of: node) : nil)
            if let expansion {
                expandedNodes += 1
                if expandedNodes > maximumAliasNodes {
                    return Diagnostic(.error, .aliasLimit,
                                      "aliases expand to more than \(maximumAliasNodes.formatted) nodes; this anchor is repeated too often",
                                      fix: "write the repeated content out, or use fewer nested aliases",
                                      location: expansion)
                }
            } else if furthest < mark {
                furthest = mark
            }
            if depth > maximumDepth {
                return Diagnostic(.error, .nestingLimit, "nesting is deeper than \(maximumDepth) levels",
                                  fix: "flatten the structure; the format needs at most 6 levels",
                                  location: location(of: node))
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if let excess = visit(key, depth: depth + 1, expansion: expansion) { return excess }
                    if let excess = visit(value, depth: depth + 1, expansion: expansion) { return excess }
                }
            case .sequence(let sequence):
                for item in sequence {
                    if let excess = visit(item, depth: depth + 1, expansion: expansion) { return excess }
                }
            case .scalar, .alias:
                break
            }
            return nil
        }

        private func location(of node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
    }
}

extension Int {
    /// `100,000`: digits grouped for messages, independent of the machine's locale.
    var formatted: String {
        let digits = Array(String(self))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
