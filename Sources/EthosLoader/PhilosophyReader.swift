import EthosModel
import Yams

/// Builds a ``Philosophy`` from a composed YAML tree, one section at a time.
///
/// Broken items keep their place as placeholders (their paths are marked failed), so list
/// indices stay aligned with the file and every later problem is still found and located.
struct PhilosophyReader {
    let reader: NodeReader
    /// The sections' keys: what each mapping may and must hold.
    let format: FileFormat
    /// The KPIs in effect, known once the `kpis` section is read; objectives need their units.
    var catalog = KPICatalog.builtIn
    /// The folder of the file read, from which the paths it writes (the logo's) start; `nil`
    /// for the working folder.
    let folder: String?

    init(reader: NodeReader, format: FileFormat = .current, folder: String? = nil, catalog: KPICatalog = .builtIn) {
        self.reader = reader
        self.format = format
        self.folder = folder
        self.catalog = catalog
    }

    mutating func read(_ root: Node) -> Philosophy? {
        let path = FieldPath.root
        guard let fields = reader.mapping(root, at: path, section: format[.philosophy]) else {
            return nil
        }
        let kpis = reader.list(fields["kpis"], at: path.key("kpis"), what: "KPIs", item: kpiDefinition)
        catalog = KPICatalog.builtIn.merging(kpis)
        let version = fields["ethos"].flatMap { node -> Int? in
            guard let number = reader.number(node, at: path.key("ethos"), what: "the format version") else { return nil }
            guard number == number.rounded() else {
                reader.report(.unsupportedVersion, "format version must be a whole number", fix: "write 'ethos: 1'",
                              at: node, path: path.key("ethos"))
                return nil
            }
            return Int(exactly: number)
        }
        let locales = reader.list(fields["locales"], at: path.key("locales"), what: "locales", item: locale)
        return Philosophy(
            formatVersion: version ?? Philosophy.currentFormatVersion,
            company: fields["company"].flatMap { reader.string($0, at: path.key("company"), what: "'company'") } ?? "",
            locales: fields["locales"] == nil ? ["en"] : locales,
            updated: fields["updated"].flatMap {
                reader.parsed($0, at: path.key("updated"), what: "'updated'", rule: .badDate,
                              expected: "a date", fix: "write YYYY-MM-DD, for example 2026-11-01", CalendarDate.init(parsing:))
            },
            purpose: requiredText(fields, "purpose", what: "the purpose"),
            vision: requiredText(fields, "vision", what: "the vision"),
            values: values(fields["values"], at: path.key("values")),
            kpis: kpis,
            standards: reader.list(fields["standards"], at: path.key("standards"), what: "standards", item: standard),
            channels: reader.list(fields["channels"], at: path.key("channels"), what: "channels", item: channel),
            journey: fields["journey"].map { journey($0, at: path.key("journey")) },
            expectations: fields["expectations"].map { expectations($0, at: path.key("expectations")) },
            recovery: reader.list(fields["recovery"], at: path.key("recovery"), what: "recovery plans", item: recoveryPlan),
            // A company's teams, read on all cores.
            teams: reader.concurrentList(fields["teams"], at: path.key("teams"), what: "teams") { [self] reader, node, path in
                PhilosophyReader(reader: reader, format: format, folder: folder, catalog: catalog).team(node, at: path)
            },
            onboarding: fields["onboarding"].map { onboarding($0, at: path.key("onboarding")) },
            calendar: fields["calendar"].map { calendar($0, at: path.key("calendar")) },
            conflicts: optionalText(fields, "conflicts", what: "'conflicts'"),
            lint: fields["lint"].map { lintSettings($0, at: path.key("lint")) },
            labels: fields["labels"].map { labels($0, at: path.key("labels")) } ?? SuppliedLabels(),
            revisions: reader.list(fields["revisions"], at: path.key("revisions"), what: "revisions", item: revision),
            site: fields["site"].map { site($0, at: path.key("site")) }
        )
    }

    /// The values; an empty list is an error, since a philosophy without values is only words.
    private func values(_ node: Node?, at path: FieldPath) -> [ServiceValue] {
        let values = reader.list(node, at: path, what: "values", item: value)
        if let node, values.isEmpty, !reader.hasFailed(path) {
            reader.report(.emptyValue, "a philosophy needs at least one value", fix: "add a value with a name and an action",
                          at: node, path: path)
        }
        return values
    }

    /// One entry of `locales`, in the usual case; another case is read the same but warned
    /// about once here, since every file name and `lang` attribute will use the usual one.
    private func locale(_ node: Node, at path: FieldPath) -> LocaleID {
        let written = reader.string(node, at: path, what: "a locale") ?? ""
        let locale = LocaleID(written)
        if locale.tag != written {
            reader.report(.localeCase, "'\(written)' is read as '\(locale.tag)': locale tags ignore case",
                          fix: "write '\(locale.tag)', as the files and pages will name it", at: node, path: path,
                          severity: .warning)
        }
        return locale
    }

    // MARK: Field helpers shared by the sections

    func requiredText(_ fields: NodeReader.Fields, _ key: String, what: String) -> LocalizedText {
        optionalText(fields, key, what: what) ?? LocalizedText("")
    }

    func optionalText(_ fields: NodeReader.Fields, _ key: String, what: String) -> LocalizedText? {
        fields[key].flatMap { reader.text($0, at: fields.path.key(key), what: what) }
    }

    func requiredString(_ fields: NodeReader.Fields, _ key: String, what: String) -> String {
        optionalString(fields, key, what: what) ?? ""
    }

    func optionalString(_ fields: NodeReader.Fields, _ key: String, what: String) -> String? {
        fields[key].flatMap { reader.string($0, at: fields.path.key(key), what: what) }
    }

    func texts(_ fields: NodeReader.Fields, _ key: String, what: String) -> [LocalizedText] {
        reader.list(fields[key], at: fields.path.key(key), what: what) { node, path in
            reader.text(node, at: path, what: what) ?? LocalizedText("")
        }
    }

    /// A list of lint rule ids under `key`; whether each names a rule is `ethos lint`'s to check.
    func ruleIDs(_ fields: NodeReader.Fields, _ key: String) -> [RuleID] {
        reader.list(fields[key], at: fields.path.key(key), what: "lint rule ids") { node, path in
            RuleID(rawValue: reader.string(node, at: path, what: "a lint rule id") ?? "")
        }
    }

    func kpiIDs(_ fields: NodeReader.Fields) -> [String] {
        reader.list(fields["kpis"], at: fields.path.key("kpis"), what: "KPI ids") { node, path in
            reader.string(node, at: path, what: "a KPI id") ?? ""
        }
    }

    func duration(_ node: Node, at path: FieldPath, what: String) -> ServiceDuration? {
        reader.parsed(node, at: path, what: what, rule: .badDuration, expected: "a duration",
                      fix: "write a number and a unit, at most 100 years: 30s, 2m, 1.5h, 3d or 2w",
                      ServiceDuration.init(parsing:))
    }

    func window(_ node: Node, at path: FieldPath, what: String) -> Window? {
        reader.parsed(node, at: path, what: what, rule: .badWindow, expected: "a window",
                      fix: "write a duration of at most 100 years such as 28d, or day, week, month, quarter or year", Window.init(parsing:))
    }

    func phase(_ node: Node, at path: FieldPath) -> Phase? {
        reader.parsed(node, at: path, what: "a phase", rule: .badPhase, expected: "a phase",
                      fix: "write day-N or week-N, for example day-1 or week-2", Phase.init(parsing:))
    }
}
