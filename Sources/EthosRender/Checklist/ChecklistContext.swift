import EthosModel

/// The view model the checklist template reads, made from a checklist in its locale.
enum ChecklistContext {
    static func make(_ checklist: Checklist) -> ChecklistViewModel {
        let labels = checklist.labels
        return ChecklistViewModel(
            title: labels[.checklistTitle, ["team": checklist.team]],
            team: checklist.team,
            company: checklist.company,
            labels: labels.text,
            sections: checklist.phases.map { phase, items in
                .init(phase: labels.phase(phase), items: items.map { item(for: $0, checklist: checklist, labels: labels) })
            },
            start: checklist.start.map { DateText.long($0, locale: checklist.locale) },
            hire: checklist.hire?.person.name)
    }

    private static func item(for item: Checklist.Item, checklist: Checklist, labels: Labels) -> ChecklistViewModel.Item {
        var due = labels[.dueDay, ["n": String(item.dueDay)]]
        if let date = item.dueDate { due += ", " + DateText.long(date, locale: checklist.locale) }
        return .init(name: item.name, due: due, detail: item.detail, owner: item.ownerWithName)
    }
}
