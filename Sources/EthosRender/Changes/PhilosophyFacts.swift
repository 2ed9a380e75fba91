import EthosModel

/// A philosophy as one fact per line, sorted by section and id instead of file order, for
/// git's `textconv`: `git diff` of two such listings shows what changed in substance and
/// words, and never a reordering or a YAML restyle.
///
///     standard frt-phone: objective: 90 % within 2 minutes, per month
///     value integrity: action [de]: Sag, was du meinst.
public enum PhilosophyFacts {
    /// The listing of `philosophy`, texts in every locale, numbers in English.
    public static func listing(of philosophy: Philosophy) -> String {
        var lines: [String] = ["company: \(philosophy.company)",
                               "locales: \(philosophy.locales.map(\.tag).joined(separator: ", "))"]
        let catalog = philosophy.kpiCatalog
        func kpis(_ ids: [String]) -> String {
            ids.map { catalog.kpi($0)?.id ?? $0 }.sorted { $0.lowercased() < $1.lowercased() }.joined(separator: ", ")
        }
        func team(_ name: String?) -> String {
            name.flatMap(philosophy.teamIndex(named:)).map(philosophy.slug(ofTeamAt:)) ?? name ?? "-"
        }
        func texts(_ prefix: String, _ text: LocalizedText?) {
            guard let text else { return }
            if let universal = text.universal { return lines.append("\(prefix): \(oneLine(universal))") }
            for (locale, words) in text.translations.sorted(by: { $0.key < $1.key }) {
                lines.append("\(prefix) [\(locale.tag)]: \(oneLine(words))")
            }
        }
        texts("purpose", philosophy.purpose)
        texts("vision", philosophy.vision)
        texts("conflicts", philosophy.conflicts)
        for (index, value) in sortedBy(philosophy.values.indices.map { (philosophy.slug(ofValueAt: $0), philosophy.values[$0]) }) {
            let prefix = "value \(index)"
            texts("\(prefix): name", value.name)
            texts("\(prefix): action", value.action)
            texts("\(prefix): description", value.description)
            value.behaviors.forEach { texts("\(prefix): behavior", $0) }
            value.hiring.forEach { texts("\(prefix): hiring", $0) }
            lines.append("\(prefix): kpis: \(kpis(value.kpis))")
        }
        for (id, kpi) in sortedBy(philosophy.kpis.map { (KPI.lookupKey($0.id), $0) }) {
            texts("kpi \(id): name", kpi.name)
            let settings = [kpi.unit?.rawValue, kpi.direction?.rawValue, kpi.range?.description]
            lines.append("kpi \(id): " + settings.map { $0 ?? "-" }.joined(separator: ", "))
            texts("kpi \(id): definition", kpi.definition)
            texts("kpi \(id): formula", kpi.formula)
        }
        for (id, standard) in sortedBy(philosophy.standards.map { ($0.effectiveID.lowercased(), $0) }) {
            lines.append("standard \(id): " + ObjectiveSentence.make(for: standard, in: philosophy, locale: "en", catalog: catalog))
            lines.append("standard \(id): window: \(standard.window?.description ?? "-"), channel: "
                         + "\(standard.channel ?? "-"), owner: \(team(standard.owner))")
            texts("standard \(id): statement", standard.statement)
            texts("standard \(id): source", standard.source)
        }
        for (id, channel) in sortedBy(philosophy.channels.map { (Slug.make($0.name), $0) }) {
            lines.append("channel \(id): \(channel.name), \(channel.kind?.rawValue ?? "-")")
            texts("channel \(id): hours", channel.hours)
            texts("channel \(id): offline", channel.offline)
        }
        if let journey = philosophy.journey {
            for (stage, text) in [("awareness", journey.awareness), ("consideration", journey.consideration),
                                  ("decision", journey.decision), ("post-purchase", journey.postPurchase)] {
                texts("journey: \(stage)", text)
            }
        }
        if let expectations = philosophy.expectations {
            expectations.mustBe.forEach { texts("expectations: must-be", $0) }
            expectations.performance.forEach { texts("expectations: performance", $0) }
            expectations.delighters.forEach { texts("expectations: delighters", $0) }
        }
        let situations = philosophy.recovery.map { (Slug.make(philosophy.text($0.situation, in: philosophy.defaultLocale)), $0) }
        for (id, plan) in sortedBy(situations) {
            texts("recovery \(id): situation", plan.situation)
            lines.append("recovery \(id): within \(plan.respondWithin?.description ?? "-"), "
                         + "escalate to \(team(plan.escalateTo))")
            texts("recovery \(id): response", plan.response)
        }
        for (id, team) in sortedBy(philosophy.teams.indices.map { (philosophy.slug(ofTeamAt: $0), philosophy.teams[$0]) }) {
            texts("team \(id): name", team.name)
            texts("team \(id): activities", team.activities)
            lines.append("team \(id): kpis: \(kpis(team.kpis))")
            lines += taskLines(team.onboarding, prefix: "team \(id): task", philosophy: philosophy)
        }
        if let onboarding = philosophy.onboarding {
            lines.append("onboarding: phases: " + onboarding.effectivePhases.map(\.description).joined(separator: ", "))
            lines.append("onboarding: refresher: \(onboarding.refresher?.description ?? "-")")
            lines += taskLines(onboarding.tasks, prefix: "onboarding: task", philosophy: philosophy)
        }
        if let calendar = philosophy.calendar {
            lines.append("calendar: workdays: " + calendar.effectiveWorkdays.map(\.rawValue).joined(separator: ", "))
            for holiday in calendar.holidays.sorted(by: { $0.date < $1.date }) {
                lines.append("calendar: holiday \(holiday.date): \(holiday.name ?? "")")
            }
        }
        for revision in philosophy.revisions {
            let approved = revision.approvedBy.isEmpty ? "" : ", approved by \(revision.approvedBy.joined(separator: ", "))"
            lines.append("revision \(revision.version): \(revision.date)\(approved)")
            texts("revision \(revision.version): summary", revision.summary)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A team's or the company's tasks, sorted by phase and text.
    private static func taskLines(_ tasks: [OnboardingTask], prefix: String, philosophy: Philosophy) -> [String] {
        tasks.map { task in
            let owner = task.owner.map { " (\($0))" } ?? ""
            let words = philosophy.locales.map { "[\($0.tag)] " + oneLine(philosophy.text(task.task, in: $0)) }
            return "\(prefix) \(task.phase)\(owner): " + words.joined(separator: " ")
        }.sorted()
    }

    private static func sortedBy<Item>(_ items: [(String, Item)]) -> [(String, Item)] {
        items.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
