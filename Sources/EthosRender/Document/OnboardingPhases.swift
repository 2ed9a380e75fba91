import EthosModel

/// Onboarding phases in the order a new hire meets them.
enum OnboardingPhases {
    /// `phases` by due day, each once.
    static func ordered(_ phases: [Phase]) -> [Phase] {
        var seen = Set<Phase>()
        return phases.filter { seen.insert($0).inserted }.sorted()
    }
}
