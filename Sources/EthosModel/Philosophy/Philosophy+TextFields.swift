extension Philosophy {
    /// Every text field with its path, in file order: for translation checks and for rules
    /// that read what the philosophy promises.
    public var textFields: [(path: FieldPath, text: LocalizedText)] {
        var fields: [(FieldPath, LocalizedText)] = []
        let root = FieldPath.root
        func add(_ text: LocalizedText?, _ path: FieldPath) {
            if let text { fields.append((path, text)) }
        }
        func addList(_ texts: [LocalizedText], _ path: FieldPath) {
            for (index, text) in texts.enumerated() { add(text, path.index(index)) }
        }
        func addTasks(_ tasks: [OnboardingTask], _ path: FieldPath) {
            for (index, task) in tasks.enumerated() { add(task.task, path.index(index).key("task")) }
        }
        add(purpose, root.key("purpose"))
        add(vision, root.key("vision"))
        for (index, value) in values.enumerated() {
            let path = root.key("values").index(index)
            add(value.name, path.key("name"))
            add(value.action, path.key("action"))
            add(value.description, path.key("description"))
            addList(value.behaviors, path.key("behaviors"))
            addList(value.hiring, path.key("hiring"))
        }
        for (index, kpi) in kpis.enumerated() {
            let path = root.key("kpis").index(index)
            add(kpi.name, path.key("name"))
            add(kpi.definition, path.key("definition"))
            add(kpi.formula, path.key("formula"))
        }
        for (index, standard) in standards.enumerated() {
            let path = root.key("standards").index(index)
            add(standard.statement, path.key("statement"))
            add(standard.source, path.key("source"))
        }
        for (index, channel) in channels.enumerated() {
            let path = root.key("channels").index(index)
            add(channel.hours, path.key("hours"))
            add(channel.offline, path.key("offline"))
        }
        if let journey {
            let path = root.key("journey")
            add(journey.awareness, path.key("awareness"))
            add(journey.consideration, path.key("consideration"))
            add(journey.decision, path.key("decision"))
            add(journey.postPurchase, path.key("post-purchase"))
        }
        if let expectations {
            let path = root.key("expectations")
            addList(expectations.mustBe, path.key("must-be"))
            addList(expectations.performance, path.key("performance"))
            addList(expectations.delighters, path.key("delighters"))
        }
        for (index, plan) in recovery.enumerated() {
            let path = root.key("recovery").index(index)
            add(plan.situation, path.key("situation"))
            add(plan.response, path.key("response"))
        }
        for (index, team) in teams.enumerated() {
            let path = root.key("teams").index(index)
            add(team.name, path.key("name"))
            add(team.activities, path.key("activities"))
            addTasks(team.onboarding, path.key("onboarding"))
        }
        if let onboarding { addTasks(onboarding.tasks, root.key("onboarding").key("tasks")) }
        add(conflicts, root.key("conflicts"))
        return fields
    }
}
