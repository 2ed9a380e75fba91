import Foundation
import EthosLoader
import EthosModel
import Yams

/// Reads a map file: a YAML description of any other tool's export (`docs/scorecard.md`,
/// "Map files"). Every problem is located in the file, and an unknown key gets a did-you-mean.
///
/// ```yaml
/// map: 1
/// fields:
///   id: Ticket ID
///   created: Created at
///   first_reply_minutes: First reply time in minutes
///   csat: { column: Satisfaction Score, good: [Good], bad: [Bad], none: [Offered] }
/// channels: { Voice: Phone }
/// teams: { Team_Alpha: Support }
/// ```
public enum MapFile {
    /// Every problem found in a map file.
    public struct Problems: Error {
        /// The problems, in the order of the file.
        public let diagnostics: [Diagnostic]
    }

    /// The map in the file at `path`; `file` names it in problems (default: `path`).
    public static func load(path: String, file: String? = nil) throws(Problems) -> ColumnMap {
        let name = file ?? path
        switch YAMLDocument.load(path: path, file: name) {
        case .failure(let problem): throw Problems(diagnostics: [problem])
        case .success(let root):
            var reader = Reader(file: name)
            let map = reader.map(root)
            guard reader.problems.isEmpty else { throw Problems(diagnostics: reader.problems) }
            return map
        }
    }

    private static let topKeys = ["map", "fields", "channels", "teams"]
    private static let optionKeys = ["column", "good", "bad", "none", "true", "reverse", "unit", "scale"]
    private static let units = ["seconds": 1.0, "minutes": 60.0, "hours": 3_600.0]

    /// A scale written `1-10` (or `[1, 10]`): two whole numbers, the lower first.
    static func scale(_ node: Node) -> ClosedRange<Int>? {
        let ends: [Int]
        if let items = node.sequence {
            ends = items.compactMap(\.int)
            guard ends.count == items.count else { return nil }
        } else {
            ends = (node.string ?? "").split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard ends.count == 2, ends[0] >= 0, ends[0] < ends[1], ends[1] <= 100 else { return nil }
        return ends[0]...ends[1]
    }

    private struct Reader {
        let file: String
        var problems: [Diagnostic] = []

        mutating func map(_ root: Node) -> ColumnMap {
            var map = ColumnMap(name: file, fields: [:])
            guard let top = mapping(root, what: "a map file") else { return map }
            var sawVersion = false
            for (keyNode, value) in top {
                let key = keyNode.string ?? ""
                switch key {
                case "map":
                    sawVersion = true
                    if value.int != 1 { report(.unsupportedVersion, "this Ethos reads map files of version 1", value, fix: "write map: 1") }
                case "fields": map.fields = fields(value)
                case "channels": map.channels = table(value, what: "channels")
                case "teams": map.teams = table(value, what: "teams")
                default: unknown(key, keyNode, among: MapFile.topKeys)
                }
            }
            if !sawVersion { report(.missingKey, "the file has no 'map: 1' line", root, fix: "start the file with map: 1") }
            for field in ContactField.allCases where field.isRequired && map.fields[field] == nil && top["fields"] != nil {
                report(.missingKey, "the fields have no '\(field.rawValue)'; every contact needs one", top["fields"]!,
                       fix: "add \(field.rawValue): <the column's name>")
            }
            return map
        }

        private mutating func fields(_ node: Node) -> [ContactField: FieldSpec] {
            var fields: [ContactField: FieldSpec] = [:]
            guard let entries = mapping(node, what: "fields") else { return fields }
            for (keyNode, value) in entries {
                guard let field = ContactField(rawValue: keyNode.string ?? "") else {
                    unknown(keyNode.string ?? "", keyNode, among: ContactField.allCases.map(\.rawValue))
                    continue
                }
                if let spec = spec(value, field: field) { fields[field] = spec }
            }
            return fields
        }

        private mutating func spec(_ node: Node, field: ContactField) -> FieldSpec? {
            if let column = node.scalar?.string, !column.isEmpty { return FieldSpec(column) }
            guard let options = mapping(node, what: "the field \(field.rawValue) (a column name, or { column: … })") else { return nil }
            var spec = FieldSpec(columns: [])
            for (keyNode, value) in options {
                let key = keyNode.string ?? ""
                switch (key, field.kind) {
                case ("column", _): spec.columns = [value.string ?? ""]
                case ("good", .answer), ("bad", .answer), ("none", .answer):
                    let spellings = list(value, what: key)
                    if key == "good" { spec.good = spellings } else if key == "bad" { spec.bad = spellings } else { spec.none = spellings }
                case ("true", .boolean): spec.trueValues = list(value, what: key)
                case ("reverse", .answer):
                    guard let reverse = value.bool else { report(.wrongType, "reverse is true or false", value); continue }
                    spec.reverse = reverse
                case ("scale", .answer) where field == .csat:
                    guard let scale = MapFile.scale(value) else {
                        report(.badRange, "'\(value.string ?? "")' is not a scale", value, fix: "write the lowest and highest answer: 1-10")
                        continue
                    }
                    spec.scale = scale
                case ("unit", .duration):
                    guard let seconds = MapFile.units[value.string ?? ""] else {
                        report(.badChoice, "'\(value.string ?? "")' is not a unit", value, fix: "write seconds, minutes or hours")
                        continue
                    }
                    spec.unitSeconds = seconds
                case (_, _) where MapFile.optionKeys.contains(key):
                    report(.unknownKey, "'\(key)' does not apply to \(field.rawValue)", keyNode)
                default: unknown(key, keyNode, among: MapFile.optionKeys)
                }
            }
            if spec.columns.first?.isEmpty ?? true {
                report(.missingKey, "the field \(field.rawValue) names no column", node, fix: "add column: <the column's name>")
                return nil
            }
            return spec
        }

        private mutating func table(_ node: Node, what: String) -> [String: String] {
            var table: [String: String] = [:]
            guard let entries = mapping(node, what: what) else { return table }
            for (keyNode, value) in entries {
                guard let key = keyNode.string, let target = value.string, value.scalar != nil else {
                    report(.wrongType, "each of the \(what) maps an export's value to a name", value)
                    continue
                }
                table[key] = target
            }
            return table
        }

        private mutating func list(_ node: Node, what: String) -> [String] {
            if let single = node.scalar?.string { return [single] }
            guard let items = node.sequence else {
                report(.wrongType, "\(what) is a list of spellings, such as [Good, Great]", node)
                return []
            }
            return items.compactMap(\.string)
        }

        private mutating func mapping(_ node: Node, what: String) -> Node.Mapping? {
            guard let mapping = node.mapping else {
                report(.wrongType, "\(what) must be a mapping of keys to values", node)
                return nil
            }
            return mapping
        }

        private mutating func unknown(_ key: String, _ node: Node, among keys: [String]) {
            let nearest = Suggestion.closest(to: key, among: keys)
            report(.unknownKey, "'\(key)' is not a key here", node,
                   fix: nearest.map { "did you mean '\($0)'?" } ?? "the keys are: \(keys.joined(separator: ", "))")
        }

        private mutating func report(_ rule: RuleID, _ message: String, _ node: Node, fix: String? = nil) {
            problems.append(Diagnostic(.error, rule, message, fix: fix,
                                       location: SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)))
        }
    }
}
