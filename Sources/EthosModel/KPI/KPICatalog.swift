/// A set of KPIs looked up by case-insensitive id: the built-ins, merged with a file's definitions.
public struct KPICatalog: Sendable {
    /// The KPIs: built-ins first in catalogue order, then the file's new ones in file order.
    public let kpis: [KPI]
    private let positions: [String: Int]

    /// The 14 built-in KPIs.
    public static let builtIn = KPICatalog(KPI.builtIns)

    /// Creates a catalogue; a later KPI with the same id replaces an earlier one in place.
    public init(_ kpis: [KPI]) {
        var ordered: [KPI] = []
        var positions: [String: Int] = [:]
        for kpi in kpis {
            let key = KPI.lookupKey(kpi.id)
            if let position = positions[key] {
                ordered[position] = kpi
            } else {
                positions[key] = ordered.count
                ordered.append(kpi)
            }
        }
        self.kpis = ordered
        self.positions = positions
    }

    /// The KPI with `id`, compared case-insensitively.
    public func kpi(_ id: String) -> KPI? {
        positions[KPI.lookupKey(id)].map { kpis[$0] }
    }

    /// The catalogue with `definitions` applied: overrides replace the fields they set, new ids
    /// are added. A new id lacking a name, unit or direction is left out (the checker reports it).
    public func merging(_ definitions: [KPIDefinition]) -> KPICatalog {
        guard !definitions.isEmpty else { return self }
        var merged = kpis
        for definition in definitions {
            if let base = kpi(definition.id) {
                merged.append(KPI(
                    id: base.id, name: definition.name ?? base.name, unit: definition.unit ?? base.unit,
                    direction: definition.direction ?? base.direction, range: definition.range ?? base.range,
                    definition: definition.definition ?? base.definition, formula: definition.formula ?? base.formula,
                    isBuiltIn: base.isBuiltIn))
            } else if let name = definition.name, let unit = definition.unit, let direction = definition.direction {
                merged.append(KPI(
                    id: definition.id, name: name, unit: unit, direction: direction,
                    range: definition.range ?? KPICatalog.defaultRange(for: unit),
                    definition: definition.definition, formula: definition.formula, isBuiltIn: false))
            }
        }
        return KPICatalog(merged)
    }

    /// The catalogue id closest to `id`, for a "did you mean" hint.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, among: kpis.map(\.id), caseInsensitive: true)
    }

    /// The range a new KPI gets when the file gives none: shares lie in 0...100 %, durations,
    /// counts and money are never negative, scores are unbounded.
    static func defaultRange(for unit: KPIUnit) -> KPIRange? {
        switch unit {
        case .percent: .share
        case .duration, .count, .currency: .nonNegative
        case .score: nil
        }
    }
}
