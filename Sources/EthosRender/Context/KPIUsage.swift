import EthosModel

/// The KPIs a philosophy uses, in the order a reader meets them: the values' KPIs, then those
/// of standards and teams, then any other KPI the file declares. Each KPI appears once.
struct KPIUsage {
    let kpis: [KPI]

    /// The KPIs `philosophy` uses, as `catalog` defines them.
    init(_ philosophy: Philosophy, catalog: KPICatalog) {
        let mentioned = philosophy.values.flatMap(\.kpis) + philosophy.standards.map(\.kpi)
            + philosophy.teams.flatMap(\.kpis) + philosophy.kpis.map(\.id)
        var seen = Set<String>()
        kpis = mentioned.compactMap { id in
            guard let kpi = catalog.kpi(id), seen.insert(KPI.lookupKey(kpi.id)).inserted else { return nil }
            return kpi
        }
    }
}
