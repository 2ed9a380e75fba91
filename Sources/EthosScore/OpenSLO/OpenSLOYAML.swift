import Foundation
import Yams

/// Writes OpenSLO documents as one YAML stream, each document after a `---`, keys in the
/// order the OpenSLO specification lists them. Every text that comes from the philosophy
/// (names, display names, descriptions, labels, metric source specs) is double-quoted, so a
/// `: `, a `#`, a line break or a word such as `yes` reads back as the same text.
public enum OpenSLOYAML {
    /// The YAML text of `documents`.
    public static func text(of documents: [OpenSLODocument]) throws -> String {
        try Yams.serialize(nodes: documents.map(node), indent: 2, width: -1, allowUnicode: true,
                           explicitStart: true)
    }

    private static func node(_ document: OpenSLODocument) -> Node {
        let spec: Node
        switch document {
        case .service(let service):
            spec = mapping([("description", service.description.map(quoted))])
        case .slo(let objective):
            spec = mapping([
                ("description", objective.description.map(quoted)),
                ("service", quoted(objective.service)),
                ("indicator", mapping([
                    ("metadata", mapping([("name", quoted(objective.indicatorName))])),
                    ("spec", mapping([("ratioMetric", node(objective.ratio))])),
                ])),
                ("timeWindow", Node.sequence(.init([node(objective.window)]))),
                ("budgetingMethod", plain("Occurrences")),
                ("objectives", Node.sequence(.init([mapping([("target", plain(decimal(objective.target)))])]))),
            ])
        }
        return mapping([
            ("apiVersion", plain(OpenSLOExport.apiVersion)),
            ("kind", plain(document.kind)),
            ("metadata", node(document.metadata)),
            ("spec", spec),
        ])
    }

    private static func node(_ metadata: OpenSLOMetadata) -> Node {
        let labels = metadata.labels.map { label in
            (label.key, Node.sequence(.init([quoted(label.value)])))
        }
        return mapping([
            ("name", quoted(metadata.name)),
            ("displayName", metadata.displayName.map(quoted)),
            ("labels", labels.isEmpty ? nil : mapping(labels)),
        ])
    }

    private static func node(_ ratio: OpenSLORatioMetric) -> Node {
        switch ratio {
        case .good(let good, let total):
            mapping([("counter", plain("false")), ("good", node(good)), ("total", node(total))])
        case .bad(let bad, let total):
            mapping([("counter", plain("false")), ("bad", node(bad)), ("total", node(total))])
        case .raw(let source, let ofFailures):
            mapping([("counter", plain("false")), ("rawType", plain(ofFailures ? "failure" : "success")),
                     ("raw", node(source))])
        }
    }

    private static func node(_ source: OpenSLOMetricSource) -> Node {
        mapping([("metricSource", mapping([
            ("type", quoted(source.type)),
            ("spec", mapping(source.spec.map { ($0.key, quoted($0.value)) })),
        ]))])
    }

    private static func node(_ window: OpenSLOTimeWindow) -> Node {
        switch window {
        case .calendar(let duration, let startTime, let timeZone):
            mapping([
                ("duration", plain(duration)),
                ("isRolling", plain("false")),
                ("calendar", mapping([("startTime", quoted(startTime)), ("timeZone", quoted(timeZone))])),
            ])
        case .rolling(let duration):
            mapping([("duration", plain(duration)), ("isRolling", plain("true"))])
        }
    }

    /// A mapping of the keys whose value is there, in the order given.
    private static func mapping(_ pairs: [(String, Node?)]) -> Node {
        Node.mapping(.init(pairs.compactMap { key, value in value.map { (plain(key), $0) } }))
    }

    private static func plain(_ text: String) -> Node {
        Node.scalar(.init(text, .implicit, .plain))
    }

    private static func quoted(_ text: String) -> Node {
        Node.scalar(.init(text, .implicit, .doubleQuoted))
    }

    /// A target (rounded to nine decimals) in plain decimals: `0.9`, `0.000000001`. Never an
    /// exponent, which YAML 1.1 readers take for text without a `.` before it (`1e-09`).
    private static func decimal(_ value: Double) -> String {
        var text = String(format: "%.9f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
