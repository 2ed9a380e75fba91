/// Compares two loaded philosophies section by section into ``PhilosophyChange``s; see
/// `Philosophy.changes(since:)`.
struct PhilosophyComparison {
    let old: Philosophy
    let new: Philosophy
    private(set) var changes: [PhilosophyChange] = []
    /// Old and new teams paired, for the teams section and for owners and escalations.
    let teams: ItemMatching<Team>

    init(old: Philosophy, new: Philosophy) {
        self.old = old
        self.new = new
        teams = ItemMatching(
            old: old.teams, oldKeys: old.teams.indices.map(old.slug(ofTeamAt:)),
            new: new.teams, newKeys: new.teams.indices.map(new.slug(ofTeamAt:)),
            similarity: { first, second in
                let text = TextSimilarity.of(old.text(first.activities, in: old.defaultLocale),
                                             new.text(second.activities, in: new.defaultLocale))
                return Self.similarity(text: text, ids: TextSimilarity.of(ids: first.kpis, second.kpis))
            })
    }

    mutating func compare() {
        comparePhilosophy()
        compareValues()
        compareKPIs()
        compareStandards()
        compareChannels()
        compareJourneyAndExpectations()
        compareRecoveryPlans()
        compareTeams()
        compareOnboarding()
        compareCalendar()
        compareText(old.conflicts, new.conflicts, .conflicts, of: philosophy("conflicts"))
    }

    mutating func record(_ subject: ChangeSubject, _ kind: PhilosophyChange.Kind) {
        changes.append(PhilosophyChange(subject, kind))
    }

    /// A subject for a part of the philosophy itself.
    func philosophy(_ key: String) -> ChangeSubject {
        ChangeSubject(.philosophy, id: key, name: LocalizedText(new.company))
    }

    /// Records `part` of `subject` as reworded when its published text differs in any of the
    /// new file's locales. A text that appears or disappears counts as reworded too.
    mutating func compareText(_ before: LocalizedText?, _ after: LocalizedText?, _ part: PhilosophyChange.TextPart,
                              of subject: ChangeSubject) {
        compareTexts(before.map { [$0] } ?? [], after.map { [$0] } ?? [], part, of: subject)
    }

    /// As `compareText`, for a list of texts (behaviours, hiring questions, expectations).
    mutating func compareTexts(_ before: [LocalizedText], _ after: [LocalizedText], _ part: PhilosophyChange.TextPart,
                               of subject: ChangeSubject) {
        guard before != after else { return }
        let locales = new.locales.filter { locale in
            before.map { old.text($0, in: locale) } != after.map { new.text($0, in: locale) }
        }
        if !locales.isEmpty { record(subject, .reworded(part, locales: locales)) }
    }

    /// Records KPIs added to and removed from a list, in the new file's spelling.
    mutating func compareKPIList(_ before: [String], _ after: [String], of subject: ChangeSubject) {
        let (oldKeys, newKeys) = (Set(before.map(KPI.lookupKey)), Set(after.map(KPI.lookupKey)))
        let added = after.filter { !oldKeys.contains(KPI.lookupKey($0)) }
        let removed = before.filter { !newKeys.contains(KPI.lookupKey($0)) }
        if !added.isEmpty || !removed.isEmpty { record(subject, .kpis(added: added, removed: removed)) }
    }

    /// Records a setting written as `before` and `after` when they differ.
    mutating func compareSetting(_ before: String, _ after: String, _ setting: PhilosophyChange.Setting,
                                 of subject: ChangeSubject) {
        if before != after { record(subject, .setting(setting, from: before, to: after)) }
    }

    /// The similarity of two items from the similarity of their texts and of their KPI
    /// lists: both must be close for a rename.
    static func similarity(text: Double, ids: Double) -> Double {
        ids < 0.5 ? 0 : (text * 2 + ids) / 3
    }

    /// The team of `name` in `philosophy`, as owners and escalations name it.
    static func team(named name: String?, in philosophy: Philosophy) -> Int? {
        name.flatMap(philosophy.teamIndex(named:))
    }

    /// Whether an owner or escalation named `before` in the old file and `after` in the new
    /// one is the same team: the same name, or teams the matching paired.
    func sameTeam(_ before: String?, _ after: String?) -> Bool {
        switch (Self.team(named: before, in: old), Self.team(named: after, in: new)) {
        case (nil, nil): before?.lowercased() == after?.lowercased()
        case (let oldIndex?, let newIndex?): teams.counterparts[newIndex]?.oldIndex == oldIndex
        default: false
        }
    }

    /// How a team named `name` is shown: its names, or the name as written when no team has it.
    static func teamName(_ name: String?, in philosophy: Philosophy) -> LocalizedText? {
        guard let name else { return nil }
        return team(named: name, in: philosophy).map { philosophy.teams[$0].name } ?? LocalizedText(name)
    }
}
