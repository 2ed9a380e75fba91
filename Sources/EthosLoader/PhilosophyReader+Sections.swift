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

    func task(_ node: Node, at path: FieldPath) -> OnboardingTask {
        guard let fields = reader.mapping(node, at: path, section: format[.task]) else {
            return OnboardingTask(phase: .day(1), task: "")
        }
        return OnboardingTask(
            phase: fields["phase"].flatMap { phase($0, at: path.key("phase")) } ?? .day(1),
            task: requiredText(fields, "task", what: "the task"),
            owner: optionalString(fields, "owner", what: "the task's owner"))
    }
}
