import EthosModel
import Yams

/// The parse of a philosophy's text: Yams composes it into a tree of nodes with marks, between
/// the two stages that bound what the tree may hold (``read(_:file:)``).
///
/// The parse owns what YAML itself rejects: broken syntax and a key repeated in one mapping
/// (both put in plain words by ``SyntaxError``), and a file that holds no document at all.
///
/// The reader reads every scalar as text and parses numbers, dates and nulls itself, so the
/// tree is composed with no tag rules (`Resolver.basic`): every plain scalar is a string.
/// Yams hashes each mapping's keys with their resolved tags to find repeated ones, and its
/// default rules resolve each key by regular expressions, a third of loading a large file.
/// A key is a key by its text: `1` and `"1"` are the same key.
enum YAMLTree {
    /// The tree of `text` within the format's bounds, or the one error that stops it: the three
    /// stages that turn text into a tree, in order, each the owner of its problems:
    /// ``AliasLimit`` (`alias-limit`), ``compose(_:file:)`` and ``NestingLimit`` (`nesting-limit`).
    static func read(_ text: String, file: String) -> Result<Node, Diagnostic> {
        AliasLimit.check(text, file: file)
            .flatMap { compose($0, file: file) }
            .flatMap { NestingLimit.check($0, file: file) }
    }

    /// The tree of `text`, or the one error that stops it from being read.
    private static func compose(_ text: String, file: String) -> Result<Node, Diagnostic> {
        do {
            guard let root = try Yams.compose(yaml: text, .basic) else {
                return .failure(Diagnostic(.error, .emptyFile, "the file holds no philosophy",
                                           fix: "run 'ethos init' for a starter file",
                                           location: SourceLocation(file: file, line: 1, column: 1)))
            }
            return .success(root)
        } catch {
            return .failure(SyntaxError.diagnostic(for: error, text: text, file: file))
        }
    }
}
