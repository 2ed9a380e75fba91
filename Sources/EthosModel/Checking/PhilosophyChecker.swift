/// Checks a philosophy's meaning: references resolve, objectives fit their KPIs, names are
/// unique, texts are translated. Works the same on a model loaded from YAML and one built
/// in Swift; findings carry a ``FieldPath`` that the loader maps to a file location.
public struct PhilosophyChecker {
    let philosophy: Philosophy
    /// Fields the loader could not read: their problem is reported already, so nothing is
    /// reported at or inside them.
    let unread: UnreadFields
    let catalog: KPICatalog
    /// Every team's name in every locale, in file order, and as a set for lookups: references
    /// are checked in constant time, so a file with many teams and standards stays fast.
    let teamNames: [String]
    let teamNameSet: Set<String>
    private(set) var findings: [Diagnostic] = []

    private init(_ philosophy: Philosophy, unread: UnreadFields) {
        self.philosophy = philosophy
        self.unread = unread
        catalog = philosophy.kpiCatalog
        teamNames = philosophy.teams.flatMap(\.name.allStrings)
        teamNameSet = Set(teamNames)
    }

    /// All findings for `philosophy`, in the order the checks visit the fields.
    public static func check(_ philosophy: Philosophy) -> [Diagnostic] {
        check(philosophy, skipping: .none)
    }

    /// All findings for a loaded `philosophy`, except at the fields its reader could not read.
    package static func check(_ philosophy: Philosophy, skipping unread: UnreadFields) -> [Diagnostic] {
        var checker = PhilosophyChecker(philosophy, unread: unread)
        checker.checkTopLevel()
        checker.checkKPIs()
        checker.checkValues()
        checker.checkStandards()
        checker.checkChannels()
        checker.checkRecovery()
        checker.checkTeams()
        checker.checkOnboarding()
        checker.checkTranslations()
        checker.checkLabels()
        checker.checkRevisions()
        return checker.findings
    }

    /// Records a finding at `path`, unless the field is unread (its problem is already known).
    mutating func report(_ rule: RuleID, _ message: String, severity: Severity = .error,
                         fix: String? = nil, at path: FieldPath, earlier: FieldPath? = nil) {
        guard !unread.contains(path) else { return }
        findings.append(Diagnostic(severity, rule, message, fix: fix, at: path, earlier: earlier))
    }

    /// `text` in the default locale, for messages.
    func name(_ text: LocalizedText) -> String {
        philosophy.text(text, in: philosophy.defaultLocale)
    }

    private mutating func checkTopLevel() {
        if philosophy.formatVersion != Philosophy.currentFormatVersion {
            report(.unsupportedVersion, "format version \(philosophy.formatVersion) is not supported",
                   fix: "write 'ethos: 1'", at: FieldPath.philosophy.ethos)
        }
        if philosophy.company.trimmingWhitespace.isEmpty {
            report(.emptyValue, "'company' is empty", at: FieldPath.philosophy.company)
        }
        if philosophy.locales.isEmpty {
            report(.emptyValue, "'locales' lists no locale", fix: "list the languages it is published in, such as [en]",
                   at: FieldPath.philosophy.locales)
        }
        var seen: Set<String> = []
        for (index, locale) in philosophy.locales.enumerated() {
            let path = FieldPath.philosophy.locales(index)
            if !LocaleID.isWellFormed(locale.tag) {
                let tooLong = locale.tag.utf8.count > 35
                report(.badLocale, tooLong ? "'\(locale.tag)' is longer than a locale tag may be (35 characters)"
                                           : "'\(locale.tag)' is not a locale tag",
                       fix: tooLong ? "shorten it: a language and a region are enough, such as 'de-DE'"
                                    : "write a BCP 47 tag such as 'en', 'de-AT' or 'nb'",
                       at: path)
            } else if let intended = locale.likelyIntended, let reason = locale.mistakeReason {
                let nynorsk = locale.language == "no" ? " (or 'nn' for Nynorsk)" : ""
                report(.mistakenLocale, reason, fix: "did you mean '\(intended)'?\(nynorsk)", at: path)
            } else if !seen.insert(locale.tag.lowercased()).inserted {
                report(.duplicateLocale, "locale '\(locale.tag)' is listed twice", at: path)
            }
        }
    }

    /// Reports every id in `ids` that the catalogue lacks, with the nearest id as a fix.
    mutating func checkKPIReferences(_ ids: [String], at path: FieldPath) {
        for (index, id) in ids.enumerated() where catalog.kpi(id) == nil {
            reportUnknownKPI(id, at: path.index(index))
        }
    }

    mutating func reportUnknownKPI(_ id: String, at path: FieldPath) {
        let fix = catalog.suggestion(for: id).map { "did you mean '\($0)'?" }
            ?? "declare it under 'kpis' with a name, unit and direction"
        report(.unknownKPI, "unknown KPI '\(id)'", fix: fix, at: path)
    }

    /// Reports each name whose text (ignoring case) or slug repeats an earlier one, naming both
    /// places. `slugs` are the items' slugs, empty where an item has none; `namePath` gives the
    /// path of the name of the item at an index.
    mutating func checkUnique(_ names: [String], slugs: [String], kind: String, namePath: (Int) -> FieldPath) {
        var byName: [String: Int] = [:]
        var bySlug: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if let first = byName[name.lowercased()] {
                report(.duplicateName, "\(kind) '\(name)' is defined twice",
                       at: namePath(index), earlier: namePath(first))
                continue
            }
            byName[name.lowercased()] = index
            let slug = slugs[index]
            guard !slug.isEmpty else { continue }
            if let first = bySlug[slug] {
                report(.duplicateSlug, "\(kind) '\(name)' has the same slug '\(slug)' as '\(names[first])'",
                       fix: "rename one of them so their pages do not collide", at: namePath(index), earlier: namePath(first))
            } else {
                bySlug[slug] = index
            }
        }
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
