import EthosLoader
import EthosModel

/// A philosophy as OpenSLO v1 documents (`docs/openslo.md`): one `Service` named after the
/// company, then one `SLO` per standard OpenSLO can express, in the file's order. Every SLO
/// is a ratio of events counted per occurrence (`budgetingMethod: Occurrences`) whose figures
/// are the ones `ethos score` computes; standards OpenSLO cannot express are left out, each
/// with an `openslo-skipped` warning.
///
/// The same philosophy, locale and zone always give the same documents.
public struct OpenSLOExport: Sendable {
    /// `apiVersion` of every document.
    public static let apiVersion = "openslo/v1"
    /// `metricSource.type` of every indicator: the scorecard `ethos score` writes.
    public static let metricSourceType = "ethos-score"
    /// `calendar.startTime` of every calendar window: a Monday that begins a month, a
    /// quarter and a year, so days, ISO weeks, months, quarters and years all start on it.
    public static let calendarStart = "2024-01-01 00:00:00"
    /// The longest `metadata.displayName`.
    private static let displayNameLength = 63
    /// The longest `spec.description`.
    private static let descriptionLength = 1050

    /// The `Service`, then the SLOs.
    public let documents: [OpenSLODocument]
    /// An `openslo-skipped` warning for each standard left out, at its objective; without
    /// file locations (a loaded file's `FieldLocations` add them).
    public let skipped: [Diagnostic]

    /// The documents of `philosophy`, its texts in `locale`, its calendar windows counted in
    /// `timeZone`: an IANA name such as `Europe/Berlin`, written as given (`ethos export
    /// openslo` refuses any other before it gets here).
    public init(_ philosophy: Philosophy, locale: LocaleID, timeZone: String = "UTC") {
        var serviceNames = OpenSLONames()
        var objectiveNames = OpenSLONames()
        let service = OpenSLOService(
            metadata: OpenSLOMetadata(name: serviceNames.name(for: philosophy.company, fallback: "service"),
                                      displayName: Self.cut(philosophy.company, to: Self.displayNameLength), labels: []),
            description: Self.cut(philosophy.text(philosophy.purpose, in: locale), to: Self.descriptionLength))
        var documents = [OpenSLODocument.service(service)]
        var skipped: [Diagnostic] = []
        let catalog = philosophy.kpiCatalog
        for (index, standard) in philosophy.standards.enumerated() {
            do throws(OpenSLOSkip) {
                guard let kpi = catalog.kpi(standard.kpi) else { throw .unknownKPI }
                let (ratio, target) = try Self.ratio(of: standard, kpi: kpi)
                let name = objectiveNames.name(for: standard.effectiveID, fallback: "slo-\(index + 1)")
                let displayName = ([kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale)]
                    + [standard.channel].compactMap { $0 }).joined(separator: ", ")
                let labels = [("kpi", kpi.id), ("channel", standard.channel), ("team", standard.owner)]
                    .compactMap { key, value in value.map { OpenSLOMetadata.Label(key: key, value: $0) } }
                documents.append(.slo(OpenSLOObjective(
                    metadata: OpenSLOMetadata(name: name, displayName: Self.cut(displayName, to: Self.displayNameLength),
                                              labels: labels),
                    description: standard.statement.map { Self.cut(philosophy.text($0, in: locale), to: Self.descriptionLength) },
                    service: service.metadata.name, indicatorName: name, ratio: ratio,
                    window: Self.window(standard.window, timeZone: timeZone), target: target)))
            } catch {
                skipped.append(error.warning(for: standard, at: index))
            }
        }
        self.documents = documents
        self.skipped = skipped
    }

    /// The ratio of `standard` and its target. A share objective, or `at-least` on a percent
    /// KPI, counts the events the scorecard counts as hits as good; `at-most` on a percent
    /// KPI counts them as bad, with the complement as target. KPIs no export gives (CRR,
    /// churn, a custom KPI) are read as the ratio `--actuals` gives, of successes or failures.
    private static func ratio(of standard: ServiceStandard, kpi: KPI) throws(OpenSLOSkip) -> (OpenSLORatioMetric, Double) {
        let objective = standard.objective
        let (share, hitsAreBad): (Double, Bool)
        switch objective {
        case .share(let value, _): (share, hitsAreBad) = (value, false)
        case .atLeast(.percent(let value)): (share, hitsAreBad) = (value, false)
        case .atMost(.percent(let value)): (share, hitsAreBad) = (value, true)
        case .atLeast, .atMost: throw .notAShare(kpi.unit)
        }
        // Rounded as the file writes percentages, so 1 - 0.95 is 0.05 and not 0.050000000000000044.
        let target = ((hitsAreBad ? 1 - share : share) * 1e9).rounded() / 1e9
        guard target >= 0, target < 1 else { throw .noErrorBudget }
        let id = standard.effectiveID
        guard let computation = Computation(kpi: standard.kpi, objective: objective),
              let events = computation.events(of: objective) else {
            let source = metricSource(id: id, kpi: kpi.id, field: "value",
                                      events: "the \(kpi.id) figure of each window, from --actuals")
            return (.raw(source, ofFailures: hitsAreBad), target)
        }
        let hits = metricSource(id: id, kpi: kpi.id, field: "hits", events: events.hits)
        let counted = metricSource(id: id, kpi: kpi.id, field: "counted", events: events.counted)
        return (hitsAreBad ? .bad(hits, total: counted) : .good(hits, total: counted), target)
    }

    /// A source reading `field` of each window of standard `id` in the scorecard's JSON, with
    /// the jq query that reads it.
    private static func metricSource(id: String, kpi: String, field: String, events: String) -> OpenSLOMetricSource {
        let quotedID = JSONValue.string(id).serialized().dropLast()
        return OpenSLOMetricSource(type: metricSourceType, spec: [
            .init(key: "standard", value: id),
            .init(key: "kpi", value: kpi),
            .init(key: "field", value: field),
            .init(key: "query", value: ".standards[] | select(.id == \(quotedID)) | .windows[].\(field)"),
            .init(key: "events", value: events),
        ])
    }

    /// The window a standard is judged over (per month when it names none, as the scorecard
    /// judges it): a calendar period from ``calendarStart``, or a rolling number of whole days.
    private static func window(_ window: Window?, timeZone: String) -> OpenSLOTimeWindow {
        switch Bucketing(window ?? .month) {
        case .days(let days): .rolling(duration: "\(days)d")
        case .calendar(let period):
            .calendar(duration: duration(of: period), startTime: calendarStart, timeZone: timeZone)
        }
    }

    /// One calendar period in OpenSLO's duration shorthand.
    private static func duration(of period: Window.CalendarPeriod) -> String {
        switch period {
        case .day: "1d"
        case .week: "1w"
        case .month: "1M"
        case .quarter: "1Q"
        case .year: "1Y"
        }
    }

    /// `text` cut to `limit` Unicode scalars (OpenSLO counts characters as Go counts runes),
    /// whole characters only, ending in `…` when cut.
    private static func cut(_ text: String, to limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var kept = ""
        var count = 0
        for character in text {
            let size = character.unicodeScalars.count
            guard count + size <= limit - 1 else { break }
            kept.append(character)
            count += size
        }
        return kept + "…"
    }
}
