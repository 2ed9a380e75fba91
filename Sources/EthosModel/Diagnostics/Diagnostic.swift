/// How serious a finding is.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One problem found in a philosophy: where, how serious, which rule, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    /// How serious it is.
    public var severity: Severity
    /// The stable id of the rule that found it.
    public var rule: RuleID
    /// One line naming the problem.
    public var message: String
    /// A likely fix, when there is one: `did you mean 'action'?`.
    public var fix: String?
    /// The field the finding is about, in model terms (`values[2].kpis[0]`).
    public var path: FieldPath
    /// Where in the file; `nil` for a model built in Swift.
    public var location: SourceLocation?
    /// For a repeat (a duplicate name, slug or id), the field that came first.
    public var earlier: FieldPath?
    /// Where ``earlier`` is in the file; `nil` for a model built in Swift.
    public var earlierLocation: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ rule: RuleID, _ message: String, fix: String? = nil,
                at path: FieldPath = .root, location: SourceLocation? = nil, earlier: FieldPath? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.fix = fix
        self.path = path
        self.location = location
        self.earlier = earlier
    }

    /// The message with the place of the ``earlier`` field, when there is one:
    /// `team 'Nord' is already defined (first at philosophy.yml:12:11)`.
    public var fullMessage: String {
        guard let earlier else { return message }
        return "\(message) (first at \(earlierLocation?.description ?? earlier.description))"
    }

    /// The compiler-style text: `file:line:col: error: message [rule]`, then the fix on its own
    /// indented line. Without a location the path stands in for it.
    public var formatted: String {
        let place = location?.description ?? (path == .root ? "<philosophy>" : "<philosophy> \(path)")
        var text = "\(place): \(severity.rawValue): \(fullMessage) [\(rule.rawValue)]"
        if let fix { text += "\n    fix: \(fix)" }
        return text
    }

    /// Orders findings by file position, then severity (errors first), then rule.
    public static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            switch (left.location, right.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default:
                if left.severity != right.severity { return left.severity > right.severity }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
