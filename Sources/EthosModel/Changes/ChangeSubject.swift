/// What a ``PhilosophyChange`` concerns, named the way the documents name it.
public struct ChangeSubject: Hashable, Sendable {
    /// The part of the philosophy the subject belongs to.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The philosophy as a whole: its company name, purpose, vision, journey,
        /// expectations, conflicts guidance, calendar and onboarding settings.
        case philosophy
        /// A language under `locales`.
        case locale
        /// A support value under `values`.
        case value
        /// A KPI the file declares or changes under `kpis`.
        case kpi
        /// A service standard under `standards`.
        case standard
        /// A channel under `channels`.
        case channel
        /// A recovery plan under `recovery`.
        case recoveryPlan = "recovery"
        /// A team under `teams`.
        case team
        /// An onboarding task, of the whole company or of one team (``ChangeSubject/team``).
        case task
    }

    /// The kind of subject.
    public var kind: Kind
    /// What the subject is matched by: a standard's or KPI's id, the slug of a value's or
    /// team's name, a locale tag, or the section's key for ``Kind/philosophy``.
    public var id: String
    /// The name employees know it by (for a task, the task; for a recovery plan, its
    /// situation); the new name when it changed.
    public var name: LocalizedText
    /// The team whose onboarding task it is; `nil` for company-wide tasks and other subjects.
    public var team: LocalizedText?

    /// A subject of `kind`.
    public init(_ kind: Kind, id: String, name: LocalizedText, team: LocalizedText? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
        self.team = team
    }
}
