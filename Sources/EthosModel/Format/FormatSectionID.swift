/// The sections of the philosophy file; the raw value names a section's schema definition.
public enum FormatSectionID: String, CaseIterable, Hashable, Sendable {
    /// The top level.
    case philosophy
    /// An item of `values`.
    case value
    /// An item of `kpis`.
    case kpi
    /// An item of `standards`.
    case standard
    /// A standard's `objective`.
    case objective
    /// An item of `channels`.
    case channel
    /// `journey`.
    case journey
    /// `expectations`.
    case expectations
    /// An item of `recovery`.
    case recovery
    /// An item of `teams`.
    case team
    /// `onboarding`.
    case onboarding
    /// An onboarding task, under `onboarding.tasks` or a team's `onboarding`.
    case task
    /// `calendar`.
    case calendar
    /// An item of `calendar.holidays`.
    case holiday
    /// `lint`.
    case lint
    /// An item of `revisions`.
    case revision
    /// `site`, or a `--theme` file.
    case site
    /// `site.colors`: the light scheme's colours, with `dark` beside them.
    case colors
    /// `site.colors.dark`.
    case darkColors = "dark-colors"
    /// An item of `site.footer-links`.
    case footerLink = "footer-link"
}
