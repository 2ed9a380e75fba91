import EthosModel

/// The KPIs a philosophy uses, in the order a reader meets them: the values' KPIs, then those
/// of standards and teams, then any other KPI the file declares. Each KPI appears once.
struct KPIUsage {
    let kpis: [KPI]

    init(_ philosophy: Philosophy) {
        let catalog = philosophy.kpiCatalog
        let mentioned = philosophy.values.flatMap(\.kpis) + philosophy.standards.map(\.kpi)
            + philosophy.teams.flatMap(\.kpis) + philosophy.kpis.map(\.id)
        var seen = Set<String>()
        kpis = mentioned.compactMap { id in
            guard let kpi = catalog.kpi(id), seen.insert(KPI.lookupKey(kpi.id)).inserted else { return nil }
            return kpi
        }
    }

    /// The objective sentences of every standard that measures `kpi`, in file order.
    static func targets(of kpi: KPI, in philosophy: Philosophy, locale: LocaleID) -> [String] {
        philosophy.standards
            .filter { KPI.lookupKey($0.kpi) == KPI.lookupKey(kpi.id) }
            .map { ObjectiveSentence.make(for: $0, in: philosophy, locale: locale) }
    }
}
