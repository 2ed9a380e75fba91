import EthosLoader
import EthosModel

/// Checks a philosophy against the advice of the source articles: few memorable values written
/// as actions, a metric behind every value, measurable standards with percentage floors, honest
/// availability, fast public answers when things go wrong, training with refreshers.
///
/// Findings are `Diagnostic` values like the loader's, so they print and sort the same way. A file
/// switches rules off with `lint: { disable: [...] }` and silences them for one value, standard,
/// channel or team with that item's `lint-ignore: [...]`.
public enum Linter {
    /// Every rule, in the order `ethos lint --rules` lists them.
    public static let rules: [any LintRule] = [
        ValuesTooMany(), ValuesTooFew(), ValueWithoutKPI(), KPIOrphan(), ValueCliche(), ActionNotActionable(),
        VisionTooLong(), ObjectiveWrongDirection(), StandardAbsolute(), StandardNoWindow(), StandardNoSource(), StandardNoOwner(),
        ChannelNoHours(), ChannelNoOffline(), PromiseExceedsCapacity(), SocialWithoutRecovery(),
        OnboardingNoRefresher(), TeamWithoutKPI(), HiringMissing(), RevisionMissing(), TranslationMissing(), UnknownRule(),
    ]

    /// The ids of ``rules``, which are the ids a file may disable or ignore.
    public static let ruleIDs: Set<RuleID> = Set(rules.map(\.id))

    /// The rule with `id`, if there is one.
    public static func rule(_ id: RuleID) -> (any LintRule)? {
        rules.first { $0.id == id }
    }

    /// Everything `ethos lint` reports for a philosophy built in Swift: the model checks of
    /// `PhilosophyChecker`, then the rules' findings, minus what the philosophy silences.
    /// Findings carry paths, not file locations.
    public static func lint(_ philosophy: Philosophy) -> [Diagnostic] {
        let subject = LintSubject(philosophy)
        return unsilenced(PhilosophyChecker.check(philosophy) + findings(in: subject), in: subject)
    }

    /// Everything `ethos lint` reports for a loaded file: the loader's findings and, when the
    /// file loaded without errors, the rules' findings, located in the file, minus what the file
    /// silences, sorted by position. A file with errors gets only the loader's findings.
    ///
    /// With `previous` (an earlier version, named `previousName` in the message), a change of
    /// substance since it without a new revision is a `revision-missing` finding too.
    public static func lint(_ result: LoadResult, previous: Philosophy? = nil, previousName: String = "") -> [Diagnostic] {
        guard let philosophy = result.philosophy else { return result.diagnostics }
        let subject = LintSubject(philosophy)
        let revision = previous.flatMap { RevisionMissing().check(philosophy, previous: $0, previousName: previousName) }
        let advice = (findings(in: subject) + [revision].compactMap { $0 }).map(result.locations.locate)
        return Diagnostic.sortedByPosition(unsilenced(result.diagnostics + advice, in: subject))
    }

    private static let checks: [any LintCheck] = rules.compactMap { $0 as? any LintCheck }

    private static func findings(in subject: LintSubject) -> [Diagnostic] {
        checks.flatMap { $0.check(subject) }
    }

    /// `diagnostics` without those the file silences; only lint rules can be silenced.
    private static func unsilenced(_ diagnostics: [Diagnostic], in subject: LintSubject) -> [Diagnostic] {
        diagnostics.filter { !(ruleIDs.contains($0.rule) && subject.suppressions.silences($0.rule, at: $0.path)) }
    }
}
