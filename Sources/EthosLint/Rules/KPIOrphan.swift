import EthosModel

/// `kpi-orphan`: a KPI that standards or teams use but no value names.
struct KPIOrphan: LintCheck {
    let id: RuleID = "kpi-orphan"
    let severity = Severity.warning
    let summary = "a KPI used by standards or teams but tied to no value"
    let explanation = """
        A metric no value asks for is measured for its own sake, and standards and team targets \
        built on it pull attention away from the values. The articles warn that the metrics must \
        really connect to the values: if doing it right the first time is a value, first contact \
        resolution matters more than response time. This rule looks at every KPI a standard or a \
        team uses and reports each one that no value lists, once per KPI, at its first use. A use \
        inside an item whose `lint-ignore` names this rule does not count.
        """
    let fix = "add the KPI to the value it shows, or ask why it is measured"

    /// One place a KPI is used, described for the message.
    private struct Use {
        let id: String
        let path: FieldPath
        let user: String
    }

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let philosophy = subject.philosophy
        let tied = Set(philosophy.values.flatMap(\.kpis).map(KPI.lookupKey))
        var uses: [Use] = []
        for (index, standard) in philosophy.standards.enumerated() {
            uses.append(Use(id: standard.kpi, path: FieldPath.standard(index).kpi,
                            user: "standard '\(standard.effectiveID)'"))
        }
        for (index, team) in philosophy.teams.enumerated() {
            let path = FieldPath.team(index).kpis
            for (position, kpi) in team.kpis.enumerated() {
                uses.append(Use(id: kpi, path: path.index(position), user: "team '\(subject.name(team.name))'"))
            }
        }
        var orphans: [String: (first: Use, count: Int)] = [:]
        var order: [String] = []
        for use in uses where !tied.contains(KPI.lookupKey(use.id)) && !subject.suppressions.silences(self.id, at: use.path) {
            let key = KPI.lookupKey(use.id)
            if let known = orphans[key] {
                orphans[key] = (known.first, known.count + 1)
            } else {
                orphans[key] = (use, 1)
                order.append(key)
            }
        }
        return order.compactMap { key in
            guard let (use, count) = orphans[key] else { return nil }
            let more = count > 1 ? " (and \(count - 1) more use\(count == 2 ? "" : "s"))" : ""
            return finding("KPI '\(use.id)' is used by \(use.user)\(more) but no value names it",
                           fix: "add '\(use.id)' to the kpis of the value it shows, or ask why it is measured",
                           at: use.path)
        }
    }
}
