import EthosLoader
import EthosModel
import EthosScore
import Testing
import Yams

/// A philosophy of the company `company` with `standards` (the YAML list under `standards:`,
/// indented by two spaces), loaded without errors.
func openSLOPhilosophy(standards: String, company: String = "Fjell & Dal") throws -> LoadResult {
    let yaml = """
        ethos: 1
        company: \(company)
        locales: [en, de]
        purpose: Outdoor gear that lasts, and help that keeps it in use.
        vision: Help that gets you back outside.
        values:
          - name: Speed
            action: Answer the first time, completely.
            kpis: [FRT, FCR, AHT]
        standards:
        \(standards)
        channels:
          - name: Phone
            kind: phone
          - name: Chat
            kind: chat
        teams:
          - name: { en: Support, de: Kundendienst }
            activities: Phone and chat.

        """
    let result = PhilosophyLoader.load(yaml: yaml, file: "shop.yml")
    #expect(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
    return result
}

/// The documents of `export` as written and read back by a YAML parser.
func parsedDocuments(_ export: OpenSLOExport) throws -> [[AnyHashable: Any]] {
    try parsedDocuments(OpenSLOYAML.text(of: export.documents))
}

/// The documents of a YAML stream, each a mapping.
func parsedDocuments(_ text: String) throws -> [[AnyHashable: Any]] {
    try Yams.load_all(yaml: text).map { try #require($0 as? [AnyHashable: Any]) }
}

/// The value at a dotted path (`spec.indicator.metadata.name`, `spec.timeWindow.0.duration`).
func value(_ path: String, in document: [AnyHashable: Any]) -> Any? {
    path.split(separator: ".").reduce(document as Any?) { current, key in
        if let list = current as? [Any], let index = Int(key) { return list.indices.contains(index) ? list[index] : nil }
        return (current as? [AnyHashable: Any])?[String(key)]
    }
}

extension OpenSLOExport {
    /// The SLOs, in order.
    var objectives: [OpenSLOObjective] {
        documents.compactMap { if case .slo(let objective) = $0 { objective } else { nil } }
    }
}
