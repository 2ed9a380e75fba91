/// One difference between two versions of a philosophy, as employees would want to hear
/// about it: what it concerns (``subject``) and what happened to it (``kind``).
///
/// Changes come from ``Philosophy/changes(since:)``, which compares the loaded models, so
/// reordering items or restyling the YAML is not a change.
public struct PhilosophyChange: Hashable, Sendable {
    /// What the change concerns: a value, a standard, a team, the purpose …
    public var subject: ChangeSubject
    /// What happened.
    public var kind: Kind

    /// A change of `subject`.
    public init(_ subject: ChangeSubject, _ kind: Kind) {
        self.subject = subject
        self.kind = kind
    }

    /// Whether only words changed (a rename or a reworded text), not what anyone must do
    /// or measure.
    public var isWordingOnly: Bool {
        switch kind {
        case .renamed, .reworded: true
        default: false
        }
    }

    /// What happened to a subject. Old values come first, new ones second.
    public enum Kind: Hashable, Sendable {
        /// The subject is new.
        case added
        /// The subject is gone.
        case removed
        /// The subject's name (or a standard's id) changed; ``ChangeSubject/name`` is the new one.
        case renamed(from: LocalizedText)
        /// A text of the subject reads differently in `locales` (the locales whose
        /// published text changed).
        case reworded(TextPart, locales: [LocaleID])
        /// A standard's objective changed; `tendency` says whether it asks more or less, and
        /// `window` is the period the new objective is judged over.
        case objective(from: Objective, to: Objective, tendency: Tendency, window: Window?)
        /// A standard's window, or the onboarding refresher's interval, changed.
        case window(from: Window?, to: Window?)
        /// A standard passed to another team (the team's names; `nil` for none).
        case owner(from: LocalizedText?, to: LocalizedText?)
        /// A standard now counts contacts of another channel (`nil` for every channel).
        case channel(from: String?, to: String?)
        /// A value or team shows other KPIs.
        case kpis(added: [String], removed: [String])
        /// A recovery plan's deadline for the first answer changed.
        case deadline(from: ServiceDuration?, to: ServiceDuration?, tendency: Tendency)
        /// A recovery plan now escalates to another team (the team's names).
        case escalation(from: LocalizedText?, to: LocalizedText?)
        /// An onboarding task moved to another phase.
        case phase(from: Phase, to: Phase)
        /// Someone else does an onboarding task (the owner as written: a role or a team).
        case taskOwner(from: String?, to: String?)
        /// A setting without words of its own changed: a standard's KPI, a KPI's unit, direction or range, a
        /// channel's kind, the working days, the onboarding phases. Both sides as the file
        /// writes them.
        case setting(Setting, from: String, to: String)
    }

    /// Whether a changed target asks more of the team, less, or something not comparable.
    public enum Tendency: String, Hashable, Sendable {
        /// The promise is stricter: a higher share, a shorter time, a better target.
        case tightened
        /// The promise is looser.
        case loosened
        /// The promise changed in a way that is neither (another kind of objective, or a
        /// higher share in more time).
        case changed
    }

    /// A text of a subject that can be reworded, named by its key in the file
    /// (`post-purchase` under `journey`, `must-be` under `expectations`).
    public enum TextPart: String, Hashable, Sendable, CaseIterable {
        case name, action, description, behaviors, hiring, statement, source, activities, hours, offline
        case definition, formula, situation, response, task, purpose, vision, conflicts
        case awareness, consideration, decision, postPurchase = "post-purchase"
        case mustBe = "must-be", performance, delighters
    }

    /// A setting that has no words of its own, named by its key in the file (`kind` for a
    /// channel's kind).
    public enum Setting: String, Hashable, Sendable, CaseIterable {
        case kpi, unit, direction, range, channelKind = "kind", workdays, holidays, phases
    }
}
