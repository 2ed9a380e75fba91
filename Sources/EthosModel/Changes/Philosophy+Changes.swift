extension Philosophy {
    /// What changed from `old` to this philosophy, in the order the documents present it:
    /// the philosophy's own texts and languages, then values, KPIs, standards, channels,
    /// journey, expectations, recovery plans, teams, onboarding and calendar.
    ///
    /// Items are matched by id or slug, so reordering is not a change; an item with a new
    /// name but nearly the same content is reported as renamed. Lint settings and
    /// `updated` are not compared: they change nothing employees do.
    public func changes(since old: Philosophy) -> [PhilosophyChange] {
        var comparison = PhilosophyComparison(old: old, new: self)
        comparison.compare()
        return comparison.changes
    }
}
