/// Fields a reader could not read, and so filled with placeholders that the checker must not
/// judge.
///
/// The loader reports a malformed field once, where it reads it (`'up' is not a valid
/// direction`); the model then holds an empty stand-in, and checking that stand-in would say
/// the same thing again in other words (`new KPI needs 'direction'`). The loader hands these
/// paths to ``PhilosophyChecker`` so that no such second finding is made. A model built in
/// Swift has none.
package struct UnreadFields: Sendable {
    private let paths: Set<FieldPath>

    /// No unread fields: every field of the model is what its author wrote.
    package static let none = UnreadFields([])

    package init(_ paths: Set<FieldPath>) {
        self.paths = paths
    }

    /// Whether `path`, or a field enclosing it, could not be read.
    package func contains(_ path: FieldPath) -> Bool {
        var current: FieldPath? = path
        while let candidate = current {
            if paths.contains(candidate) { return true }
            current = candidate.parent
        }
        return false
    }

    /// Whether a field directly inside `path` could not be read: the item may have that key,
    /// written wrongly, so it is not also missing it.
    package func containsField(in path: FieldPath) -> Bool {
        paths.contains { $0.parent == path }
    }
}
