import EthosModel
import Yams

extension PhilosophyReader {
    func kpiDefinition(_ node: Node, at path: FieldPath) -> KPIDefinition {
        guard let fields = reader.mapping(node, at: path, section: format[.kpi]) else {
            return KPIDefinition(id: "")
        }
        let id = requiredString(fields, "id", what: "the KPI's id")
        let unit: KPIUnit? = fields["unit"].flatMap { reader.choice($0, at: path.key("unit"), what: "KPI unit") }
        return KPIDefinition(
            id: id,
            name: optionalText(fields, "name", what: "the KPI's name"),
            unit: unit,
            direction: fields["direction"].flatMap { reader.choice($0, at: path.key("direction"), what: "direction") },
            range: fields["range"].flatMap {
                range($0, at: path.key("range"), unit: unit ?? KPICatalog.builtIn.kpi(id)?.unit)
            },
            definition: optionalText(fields, "definition", what: "the KPI's definition"),
            formula: optionalText(fields, "formula", what: "the KPI's formula"))
    }

    /// `[min, max]`, each end a value in the KPI's unit or `~` for open.
    private func range(_ node: Node, at path: FieldPath, unit: KPIUnit?) -> KPIRange? {
        guard case .sequence(let bounds) = node, bounds.count == 2 else {
            reader.reportWrongType(node, expected: "a range [min, max]", fix: "write [0, 100]; use ~ for an open end",
                                   at: path)
            return nil
        }
        var ends: [Double?] = []
        for (index, bound) in bounds.enumerated() {
            if let scalar = bound.scalar, reader.isNull(scalar) {
                ends.append(nil)
            } else if let measure = measure(bound, at: path.index(index), unit: unit) {
                ends.append(measure.magnitude)
            } else {
                return nil
            }
        }
        return KPIRange(lower: ends[0], upper: ends[1])
    }

    func standard(_ node: Node, at path: FieldPath) -> ServiceStandard {
        let placeholder = ServiceStandard(kpi: "", objective: .atLeast(0))
        guard let fields = reader.mapping(node, at: path, section: format[.standard]) else {
            return placeholder
        }
        let kpi = requiredString(fields, "kpi", what: "the standard's KPI")
        let parsedObjective = fields["objective"].flatMap {
            objective($0, at: path.key("objective"), kpi: catalog.kpi(kpi))
        }
        if parsedObjective == nil { reader.markFailed(path.key("objective")) }
        return ServiceStandard(
            id: optionalString(fields, "id", what: "the standard's id"),
            kpi: kpi,
            statement: optionalText(fields, "statement", what: "the statement"),
            objective: parsedObjective ?? placeholder.objective,
            window: fields["window"].flatMap { window($0, at: path.key("window"), what: "'window'") },
            channel: optionalString(fields, "channel", what: "the channel's name"),
            owner: optionalString(fields, "owner", what: "the owning team's name"),
            source: optionalText(fields, "source", what: "the source"),
            lintIgnore: ruleIDs(fields, "lint-ignore"))
    }

    private func objective(_ node: Node, at path: FieldPath, kpi: KPI?) -> Objective? {
        if case .mapping(let mapping) = node, let (value, written) = DecimalComma.split(in: mapping) {
            reader.report(.badNumber, "'\(written)' has a decimal comma, which YAML reads as a separator",
                          fix: "write '\(DecimalComma.corrected(written) ?? written)' with a decimal point",
                          at: value, path: path)
            return nil
        }
        guard let fields = reader.mapping(node, at: path, section: format[.objective]) else { return nil }
        let forms = ["at-least", "at-most", "share"].filter { fields[$0] != nil }
        guard forms.count == 1 else {
            let message = forms.isEmpty
                ? "the objective has no form"
                : "the objective has \(forms.count) forms (\(forms.joined(separator: ", "))); it needs exactly one"
            reader.report(.objectiveForm, message,
                          fix: "write one of { at-least: X }, { at-most: X } or { share: 90%, within: 2m }",
                          at: node, path: path)
            return nil
        }
        switch forms[0] {
        case "share":
            guard let withinNode = fields["within"] else {
                reader.report(.objectiveForm, "'share' needs 'within'", fix: "write { share: 90%, within: 2m }",
                              at: node, path: path)
                return nil
            }
            let share = fields["share"].flatMap { percent($0, at: path.key("share")) }
            let within = duration(withinNode, at: path.key("within"), what: "'within'")
            guard let share, let within else { return nil }
            return .share(share, within: within)
        case let form:
            if let within = fields.values["within"] {
                reader.report(.objectiveForm, "'within' belongs only with 'share'", fix: "remove 'within'",
                              at: within.key, path: path.key("within"))
                return nil
            }
            guard let value = fields[form], let measure = measure(value, at: path.key(form), unit: kpi?.unit) else {
                return nil
            }
            return form == "at-least" ? .atLeast(measure) : .atMost(measure)
        }
    }

    /// A share: `90%` or a fraction such as `0.9`.
    private func percent(_ node: Node, at path: FieldPath) -> Double? {
        reader.parsed(node, at: path, what: "the share", rule: .badPercent, expected: "a percentage",
                      fix: "write a percentage such as 90% or a fraction such as 0.9") { text in
            if text.hasSuffix("%") { return PlainNumber.parse(text.dropLast()).map { $0 / 100 } }
            return PlainNumber.parse(text).flatMap { (0...1).contains($0) ? $0 : nil }
        }
    }

    /// A target: `90%`, a duration such as `2m`, or a plain number. For a percent KPI a plain
    /// number is a fraction (`0.9`); a larger one is reported with the likely intended `%`.
    private func measure(_ node: Node, at path: FieldPath, unit: KPIUnit?) -> Measure? {
        guard let text = reader.string(node, at: path, what: "a target value") else { return nil }
        if text.hasSuffix("%"), let number = PlainNumber.parse(text.dropLast()) {
            return .percent(number / 100)
        }
        if let duration = ServiceDuration(parsing: text) {
            return .duration(duration)
        }
        guard let number = PlainNumber.parse(text), node.scalar?.style == .plain else {
            let quoted = PlainNumber.parse(text) != nil
            let tooLong = ServiceDuration.exceedsMaximum(text)
            let fix = quoted ? "remove the quotes" : tooLong ? "a duration is at most 100 years"
                : DecimalComma.corrected(text).map { "write '\($0)' with a decimal point" }
            let message = quoted ? "'\(text)' is quoted, so it is text, not a number"
                : DecimalComma.corrected(text) != nil ? "'\(text)' has a decimal comma; the format writes a decimal point"
                : "'\(text)' is not a number, a percentage or a duration"
            reader.report(.badNumber, message, fix: fix, at: node, path: path)
            return nil
        }
        guard unit == .percent else { return .number(number) }
        guard (0...1).contains(number) else {
            reader.report(.objectiveUnit, "'\(text)' is not a share: a percentage is written with '%'",
                          fix: "write '\(text)%'", at: node, path: path)
            return nil
        }
        return .percent(number)
    }
}
