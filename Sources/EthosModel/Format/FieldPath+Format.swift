/// Typed paths to the sections of the file, read from the ``FormatKeys`` declarations.
extension FieldPath {
    /// The top level, with its keys as members: `FieldPath.philosophy.vision`.
    public static var philosophy: FormatPath<PhilosophyKeys> { FormatPath(.root) }

    /// The `index`-th value: `values[2]`.
    public static func value(_ index: Int) -> FormatPath<ValueKeys> { philosophy.values(index) }

    /// The `index`-th KPI definition: `kpis[2]`.
    public static func kpi(_ index: Int) -> FormatPath<KPIKeys> { philosophy.kpis(index) }

    /// The `index`-th standard: `standards[2]`.
    public static func standard(_ index: Int) -> FormatPath<StandardKeys> { philosophy.standards(index) }

    /// The `index`-th channel: `channels[2]`.
    public static func channel(_ index: Int) -> FormatPath<ChannelKeys> { philosophy.channels(index) }

    /// The `index`-th recovery plan: `recovery[2]`.
    public static func recoveryPlan(_ index: Int) -> FormatPath<RecoveryPlanKeys> { philosophy.recovery(index) }

    /// The `index`-th team: `teams[2]`.
    public static func team(_ index: Int) -> FormatPath<TeamKeys> { philosophy.teams(index) }

    /// The `index`-th item of this list, counted from 0: `FieldPath.value(0).kpis(1)`.
    public func callAsFunction(_ index: Int) -> FieldPath {
        self.index(index)
    }
}
