import EthosModel
import Yams

/// The format's bound on nesting: at most 64 levels, counted on the composed tree, where a node
/// reached through an alias is as deep as the place the alias stands. This stage is the owner of
/// `nesting-limit`; libyaml's own refusal of nesting past 1,000 levels, which comes before any
/// tree, is put in the same words by ``SyntaxError``.
///
/// The walk visits each node written in place once and each node reached through an alias once
/// per alias, which ``AliasLimit`` has bounded to 100,000 before the tree was composed, and it
/// stops at the first node past the limit, so it never recurses deeper than that.
enum NestingLimit {
    /// Deeper nesting than this is rejected.
    static let maximumDepth = 64

    /// `root` passed on, or the nesting-limit error at the first node nested too deep.
    static func check(_ root: Node, file: String) -> Result<Node, Diagnostic> {
        firstTooDeep(root, depth: 1, file: file).map { .failure($0) } ?? .success(root)
    }

    private static func firstTooDeep(_ node: Node, depth: Int, file: String) -> Diagnostic? {
        if depth > maximumDepth {
            return Diagnostic(.error, .nestingLimit, "nesting is deeper than \(maximumDepth) levels",
                              fix: "flatten the structure; the format needs at most 6 levels",
                              location: SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let tooDeep = firstTooDeep(key, depth: depth + 1, file: file) ?? firstTooDeep(value, depth: depth + 1, file: file) {
                    return tooDeep
                }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let tooDeep = firstTooDeep(item, depth: depth + 1, file: file) { return tooDeep }
            }
        case .scalar, .alias:
            break
        }
        return nil
    }
}
