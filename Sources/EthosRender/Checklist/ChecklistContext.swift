import EthosModel

/// The values the checklist template sees: title, company, start date and the items grouped
/// by phase, each with its owner and due day (and date, when the start is known).
enum ChecklistContext {
    static func make(_ checklist: Checklist) -> [String: Any] {
        let labels = Labels.for(checklist.locale)
        var context: [String: Any] = [
            "title": labels[.checklistTitle, ["team": checklist.team]],
            "team": checklist.team,
            "company": checklist.company,
            "labels": labels.text,
            "sections": checklist.phases.map { phase, items in
                ["phase": labels.phase(phase), "items": items.map { item(for: $0, checklist: checklist, labels: labels) }]
                    as [String: Any]
            },
        ]
        context["start"] = checklist.start.map { DateText.long($0, locale: checklist.locale) }
        return context
    }

    private static func item(for item: Checklist.Item, checklist: Checklist, labels: Labels) -> [String: Any] {
        var due = labels[.dueDay, ["n": String(item.dueDay)]]
        if let date = item.dueDate { due += ", " + DateText.long(date, locale: checklist.locale) }
        var context: [String: Any] = ["name": item.name, "due": due]
        context["detail"] = item.detail
        context["owner"] = item.owner
        return context
    }
}
