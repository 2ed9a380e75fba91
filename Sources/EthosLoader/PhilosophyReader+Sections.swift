import EthosModel
import Yams

extension PhilosophyReader {
    func value(_ node: Node, at path: FieldPath) -> ServiceValue {
        guard let fields = reader.mapping(node, at: path, section: format[.value]) else {
            return ServiceValue(name: "", action: "")
        }
        return ServiceValue(
            name: requiredText(fields, "name", what: "the value's name"),
            action: requiredText(fields, "action", what: "the action statement"),
            description: optionalText(fields, "description", what: "the value's description"),
            behaviors: texts(fields, "behaviors", what: "behaviors"),
            kpis: kpiIDs(fields),
            hiring: texts(fields, "hiring", what: "interview questions"),
            lintIgnore: ruleIDs(fields, "lint-ignore"))
    }

    func channel(_ node: Node, at path: FieldPath) -> Channel {
        guard let fields = reader.mapping(node, at: path, section: format[.channel]) else {
            return Channel(name: "")
        }
        return Channel(
            name: requiredString(fields, "name", what: "the channel's name"),
            kind: fields["kind"].flatMap { reader.choice($0, at: path.key("kind"), what: "channel kind") },
            hours: optionalText(fields, "hours", what: "the opening hours"),
            offline: optionalText(fields, "offline", what: "the offline reply"),
            lintIgnore: ruleIDs(fields, "lint-ignore"))
    }

    func journey(_ node: Node, at path: FieldPath) -> BuyerJourney {
        guard let fields = reader.mapping(node, at: path, section: format[.journey]) else {
            return BuyerJourney()
        }
        return BuyerJourney(
            awareness: optionalText(fields, "awareness", what: "the awareness stage"),
            consideration: optionalText(fields, "consideration", what: "the consideration stage"),
            decision: optionalText(fields, "decision", what: "the decision stage"),
            postPurchase: optionalText(fields, "post-purchase", what: "the post-purchase stage"))
    }

    func expectations(_ node: Node, at path: FieldPath) -> CustomerExpectations {
        guard let fields = reader.mapping(node, at: path, section: format[.expectations]) else {
            return CustomerExpectations()
        }
        return CustomerExpectations(
            mustBe: texts(fields, "must-be", what: "must-be expectations"),
            performance: texts(fields, "performance", what: "performance expectations"),
            delighters: texts(fields, "delighters", what: "delighters"))
    }

    func recoveryPlan(_ node: Node, at path: FieldPath) -> RecoveryPlan {
        guard let fields = reader.mapping(node, at: path, section: format[.recovery]) else {
            return RecoveryPlan(situation: "", response: "")
        }
        return RecoveryPlan(
            situation: requiredText(fields, "situation", what: "the situation"),
            respondWithin: fields["respond-within"].flatMap {
                duration($0, at: path.key("respond-within"), what: "'respond-within'")
            },
            response: requiredText(fields, "response", what: "the response"),
            escalateTo: optionalString(fields, "escalate-to", what: "the team to escalate to"))
    }

    func team(_ node: Node, at path: FieldPath) -> Team {
        guard let fields = reader.mapping(node, at: path, section: format[.team]) else {
            return Team(name: "", activities: "")
        }
        return Team(
            name: requiredText(fields, "name", what: "the team's name"),
            activities: requiredText(fields, "activities", what: "the key activities"),
            kpis: kpiIDs(fields),
            onboarding: reader.list(fields["onboarding"], at: path.key("onboarding"), what: "onboarding tasks", item: task),
            lintIgnore: ruleIDs(fields, "lint-ignore"))
    }

    func lintSettings(_ node: Node, at path: FieldPath) -> LintSettings {
        guard let fields = reader.mapping(node, at: path, section: format[.lint]) else {
            return LintSettings()
        }
        return LintSettings(disable: ruleIDs(fields, "disable"))
    }

    func onboarding(_ node: Node, at path: FieldPath) -> Onboarding {
        guard let fields = reader.mapping(node, at: path, section: format[.onboarding]) else {
            return Onboarding()
        }
        let phases = fields["phases"].map { node in
            reader.list(node, at: path.key("phases"), what: "phases") { item, itemPath in
                phase(item, at: itemPath) ?? .day(1)
            }
        }
        return Onboarding(
            phases: phases,
            tasks: reader.list(fields["tasks"], at: path.key("tasks"), what: "onboarding tasks", item: task),
            refresher: fields["refresher"].flatMap { window($0, at: path.key("refresher"), what: "'refresher'") })
    }

    func calendar(_ node: Node, at path: FieldPath) -> WorkCalendar {
        guard let fields = reader.mapping(node, at: path, section: format[.calendar]) else {
            return WorkCalendar()
        }
        let workdays = fields["workdays"].map { node in
            reader.list(node, at: path.key("workdays"), what: "working days", item: weekday).compactMap { $0 }
        }
        if let node = fields["workdays"], workdays?.isEmpty == true, !reader.hasFailed(path.key("workdays")) {
            reader.report(.emptyValue, "the calendar needs at least one working day",
                          fix: "list the days people work, for example [mon, tue, wed, thu, fri]", at: node, path: path.key("workdays"))
        }
        return WorkCalendar(
            workdays: workdays,
            holidays: reader.list(fields["holidays"], at: path.key("holidays"), what: "holidays", item: holiday).compactMap { $0 })
    }

    /// A day of the week as `mon` … `sun`; a day written in full (`Monday`) is pointed at its
    /// three-letter form.
    func weekday(_ node: Node, at path: FieldPath) -> Weekday? {
        guard let text = reader.string(node, at: path, what: "a working day") else { return nil }
        if let day = Weekday(rawValue: text) { return day }
        let options = Weekday.allCases.map(\.rawValue)
        let fix = Weekday(rawValue: String(text.lowercased().prefix(3))).map { "write '\($0.rawValue)'" }
            ?? "use one of: \(options.joined(separator: ", "))"
        reader.report(.badChoice, "'\(text)' is not a day of the week", fix: fix, at: node, path: path)
        return nil
    }

    func holiday(_ node: Node, at path: FieldPath) -> Holiday? {
        guard let fields = reader.mapping(node, at: path, section: format[.holiday]) else { return nil }
        let date = fields["date"].flatMap {
            reader.parsed($0, at: path.key("date"), what: "the holiday's date", rule: .badDate, expected: "a date",
                          fix: "write YYYY-MM-DD, for example 2027-01-01", CalendarDate.init(parsing:))
        }
        return date.map { Holiday(date: $0, name: optionalString(fields, "name", what: "the holiday's name")) }
    }

    func task(_ node: Node, at path: FieldPath) -> OnboardingTask {
        guard let fields = reader.mapping(node, at: path, section: format[.task]) else {
            return OnboardingTask(phase: .day(1), task: "")
        }
        return OnboardingTask(
            phase: fields["phase"].flatMap { phase($0, at: path.key("phase")) } ?? .day(1),
            task: requiredText(fields, "task", what: "the task"),
            owner: optionalString(fields, "owner", what: "the task's owner"))
    }

    /// An item of `revisions`; an unreadable date keeps the item's place as the earliest date,
    /// its path marked failed so that the order check passes it by.
    func revision(_ node: Node, at path: FieldPath) -> Revision {
        guard let fields = reader.mapping(node, at: path, section: format[.revision]) else {
            return Revision(version: "", date: .earliest, summary: "")
        }
        func date(_ key: String, what: String) -> CalendarDate? {
            fields[key].flatMap {
                reader.parsed($0, at: path.key(key), what: what, rule: .badDate, expected: "a date",
                              fix: "write YYYY-MM-DD, for example 2026-05-01", CalendarDate.init(parsing:))
            }
        }
        return Revision(
            version: requiredString(fields, "version", what: "the revision's version"),
            date: date("date", what: "the revision's date") ?? .earliest,
            summary: requiredText(fields, "summary", what: "the revision's summary"),
            approvedBy: reader.list(fields["approved-by"], at: path.key("approved-by"), what: "names") { node, path in
                reader.string(node, at: path, what: "a name") ?? ""
            },
            effective: date("effective", what: "the date it takes effect"))
    }
}
