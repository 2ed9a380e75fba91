extension PhilosophyComparison {
    /// Values, matched by the slug of their name; a value renamed with nearly the same
    /// action, description and KPIs is reported as renamed.
    mutating func compareValues() {
        let matching = ItemMatching(
            old: old.values, oldKeys: old.values.indices.map(old.slug(ofValueAt:)),
            new: new.values, newKeys: new.values.indices.map(new.slug(ofValueAt:)),
            similarity: { first, second in
                let text = TextSimilarity.of(Self.content(of: first, in: old), Self.content(of: second, in: new))
                return Self.similarity(text: text, ids: TextSimilarity.of(ids: first.kpis, second.kpis))
            })
        for (index, pair) in matching.counterparts.enumerated() {
            let value = new.values[index]
            let subject = ChangeSubject(.value, id: new.slug(ofValueAt: index), name: value.name)
            guard let pair else {
                record(subject, .added)
                continue
            }
            if pair.old.name != value.name { record(subject, .renamed(from: pair.old.name)) }
            compareText(pair.old.action, value.action, .action, of: subject)
            compareText(pair.old.description, value.description, .description, of: subject)
            compareTexts(pair.old.behaviors, value.behaviors, .behaviors, of: subject)
            compareTexts(pair.old.hiring, value.hiring, .hiring, of: subject)
            compareKPIList(pair.old.kpis, value.kpis, of: subject)
        }
        for (index, value) in matching.removed {
            record(ChangeSubject(.value, id: old.slug(ofValueAt: index), name: value.name), .removed)
        }
    }

    /// The words that tell a value apart, in its file's default locale.
    private static func content(of value: ServiceValue, in philosophy: Philosophy) -> String {
        ([value.action] + [value.description].compactMap { $0 } + value.behaviors)
            .map { philosophy.text($0, in: philosophy.defaultLocale) }.joined(separator: " ")
    }

    /// KPIs the file declares or changes, matched by id.
    mutating func compareKPIs() {
        let matching = ItemMatching(
            old: old.kpis, oldKeys: old.kpis.map { KPI.lookupKey($0.id) },
            new: new.kpis, newKeys: new.kpis.map { KPI.lookupKey($0.id) }, similarity: { _, _ in 0 })
        for (index, pair) in matching.counterparts.enumerated() {
            let kpi = new.kpis[index]
            let subject = ChangeSubject(.kpi, id: kpi.id, name: kpi.name ?? LocalizedText(kpi.id))
            guard let pair else {
                record(subject, .added)
                continue
            }
            compareText(pair.old.name, kpi.name, .name, of: subject)
            compareText(pair.old.definition, kpi.definition, .definition, of: subject)
            compareText(pair.old.formula, kpi.formula, .formula, of: subject)
            compareSetting(pair.old.unit?.rawValue ?? "", kpi.unit?.rawValue ?? "", .unit, of: subject)
            compareSetting(pair.old.direction?.rawValue ?? "", kpi.direction?.rawValue ?? "", .direction, of: subject)
            compareSetting(pair.old.range?.description ?? "", kpi.range?.description ?? "", .range, of: subject)
        }
        for (_, kpi) in matching.removed {
            record(ChangeSubject(.kpi, id: kpi.id, name: kpi.name ?? LocalizedText(kpi.id)), .removed)
        }
    }

    /// Channels, matched by the slug of their name; a renamed channel of the same kind and
    /// hours is reported as renamed.
    mutating func compareChannels() {
        let matching = ItemMatching(
            old: old.channels, oldKeys: old.channels.map { Slug.make($0.name) },
            new: new.channels, newKeys: new.channels.map { Slug.make($0.name) },
            similarity: { first, second in
                guard first.kind == second.kind else { return 0 }
                let hours = { (channel: Channel, philosophy: Philosophy) in
                    channel.hours.map { philosophy.text($0, in: philosophy.defaultLocale) } ?? ""
                }
                return TextSimilarity.of(hours(first, old), hours(second, new))
            })
        for (index, pair) in matching.counterparts.enumerated() {
            let channel = new.channels[index]
            let subject = ChangeSubject(.channel, id: Slug.make(channel.name), name: LocalizedText(channel.name))
            guard let pair else {
                record(subject, .added)
                continue
            }
            if pair.old.name != channel.name { record(subject, .renamed(from: LocalizedText(pair.old.name))) }
            compareSetting(pair.old.kind?.rawValue ?? "", channel.kind?.rawValue ?? "", .channelKind, of: subject)
            compareText(pair.old.hours, channel.hours, .hours, of: subject)
            compareText(pair.old.offline, channel.offline, .offline, of: subject)
        }
        for (_, channel) in matching.removed {
            record(ChangeSubject(.channel, id: Slug.make(channel.name), name: LocalizedText(channel.name)), .removed)
        }
    }
}
