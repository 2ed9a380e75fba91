/// A KPI as the KPI templates read it.
struct KPIItem: Encodable {
    /// The Markdown heading marker its title takes (`###`).
    let heading: String
    let title: String
    /// `Higher is better.`
    let direction: String
    /// The objective sentences of the standards measuring it.
    let targets: [String]
    let definition: String?
    let formula: String?
}
