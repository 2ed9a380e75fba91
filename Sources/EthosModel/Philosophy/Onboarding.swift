/// Onboarding settings and the tasks every new hire gets.
public struct Onboarding: Hashable, Sendable, Codable {
    /// The phases as written in the file; `nil` means ``Phase/defaults``.
    public var phases: [Phase]?
    /// Tasks for every team.
    public var tasks: [OnboardingTask]
    /// How often the standards are refreshed in training.
    public var refresher: Window?

    /// Creates onboarding settings.
    public init(phases: [Phase]? = nil, tasks: [OnboardingTask] = [], refresher: Window? = nil) {
        self.phases = phases
        self.tasks = tasks
        self.refresher = refresher
    }

    /// The phases in effect: the file's, or the defaults.
    public var effectivePhases: [Phase] { phases ?? Phase.defaults }
}

/// One thing a new hire does, or has done for them, in a phase.
public struct OnboardingTask: Hashable, Sendable, Codable {
    /// When it is due.
    public var phase: Phase
    /// What to do.
    public var task: LocalizedText
    /// Who makes sure it happens: `manager`, `buddy`, `hr`, `new-hire`.
    public var owner: String?

    /// Creates a task.
    public init(phase: Phase, task: LocalizedText, owner: String? = nil) {
        self.phase = phase
        self.task = task
        self.owner = owner
    }
}
