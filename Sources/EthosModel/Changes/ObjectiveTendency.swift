/// Whether a changed objective asks more or less of the team.
package enum ObjectiveTendency {
    /// `at-least` rising or `at-most` falling is stricter; a share is stricter when it rises,
    /// or its time shrinks, and neither moves the other way. Objectives of different forms
    /// or units are not comparable.
    package static func between(_ before: Objective, _ after: Objective) -> PhilosophyChange.Tendency {
        switch (before, after) {
        case (.atLeast(let old), .atLeast(let new)) where comparable(old, new):
            tendency(stricter: new.magnitude - old.magnitude)
        case (.atMost(let old), .atMost(let new)) where comparable(old, new):
            tendency(stricter: old.magnitude - new.magnitude)
        case (.share(let oldShare, let oldTime), .share(let newShare, let newTime)):
            combined(tendency(stricter: newShare - oldShare),
                     tendency(stricter: oldTime.totalSeconds - newTime.totalSeconds))
        default:
            .changed
        }
    }

    /// How a deadline's change weighs: shorter is stricter, a deadline set or dropped is
    /// stricter or looser.
    package static func between(_ before: ServiceDuration?, _ after: ServiceDuration?) -> PhilosophyChange.Tendency {
        switch (before, after) {
        case (let old?, let new?): tendency(stricter: old.totalSeconds - new.totalSeconds)
        case (nil, _?): .tightened
        default: .loosened
        }
    }

    private static func comparable(_ first: Measure, _ second: Measure) -> Bool {
        switch (first, second) {
        case (.number, .number), (.percent, .percent), (.duration, .duration): true
        default: false
        }
    }

    private static func tendency(stricter difference: Double) -> PhilosophyChange.Tendency {
        difference > 0 ? .tightened : difference < 0 ? .loosened : .changed
    }

    private static func combined(_ first: PhilosophyChange.Tendency,
                                 _ second: PhilosophyChange.Tendency) -> PhilosophyChange.Tendency {
        switch (first, second) {
        case (.changed, let other), (let other, .changed): other
        case (let a, let b) where a == b: a
        default: .changed
        }
    }
}
