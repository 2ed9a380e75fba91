import EthosModel

/// The sidebar of a site page: the philosophy's parts in a fixed order (the values and each
/// value, the teams and each team, onboarding, the KPIs, the standards, the channels,
/// recovery and the scorecard), each part shown only when the philosophy has it.
///
/// A company with hundreds of teams must not put hundreds of links on every page: past
/// ``teamLimit`` teams the sidebar links the teams' index and, on a team's own pages, that
/// team and its ``neighbours`` before and after it.
struct SiteSidebar: Sendable {
    /// The most teams the sidebar lists one by one.
    static let teamLimit = 50
    /// How many teams before and after the current one a long list of teams shows.
    static let neighbours = 2

    let philosophy: Philosophy
    let hasScores: Bool
    /// Each value's and each team's name in each locale, resolved once rather than on every page.
    private let valueNames: [LocaleID: [String]]
    private let teamNames: [LocaleID: [String]]

    /// The sidebar of `philosophy`'s pages in each locale of `contexts`; `hasScores` adds
    /// the scorecard.
    init(philosophy: Philosophy, contexts: RenderContexts, hasScores: Bool) {
        self.philosophy = philosophy
        self.hasScores = hasScores
        valueNames = Dictionary(uniqueKeysWithValues: philosophy.locales.map { locale in
            (locale, philosophy.values.map { contexts[locale].text($0.name) })
        })
        teamNames = Dictionary(uniqueKeysWithValues: philosophy.locales.map { locale in
            (locale, philosophy.teams.map { contexts[locale].text($0.name) })
        })
    }

    /// The sections of `page`'s sidebar; `sections` holds the philosophy page's anchors in
    /// the page's locale.
    func sections(for page: SitePage, context: RenderContext, sections: PhilosophySections) -> [SidebarSection] {
        guard let links = context.links else { return [] }
        let labels = context.labels
        func link(_ target: SitePage) -> String { links.to(target, slugs: context.slugs) }
        func onPhilosophyPage(_ key: LabelKey) -> SidebarSection? {
            sections[key].map { SidebarSection(href: "\(link(.philosophy))#\($0)", text: labels.marked(key), current: false, children: []) }
        }
        func entry(_ target: SitePage, _ key: LabelKey, children: [NavigationLink] = []) -> SidebarSection {
            SidebarSection(href: link(target), text: labels.marked(key), current: target == page, children: children)
        }
        var result: [SidebarSection] = []
        if !philosophy.values.isEmpty {
            let names = valueNames[context.locale]
            let values = philosophy.values.indices.map { index in
                NavigationLink(href: link(.value(index)), text: names?[index] ?? context.text(philosophy.values[index].name),
                               current: page == .value(index))
            }
            let href = sections[.values].map { "\(link(.philosophy))#\($0)" } ?? link(.philosophy)
            result.append(SidebarSection(href: href, text: labels.marked(.values), current: false, children: values))
        }
        if !philosophy.teams.isEmpty {
            let names = teamNames[context.locale]
            let teams = teamIndices(around: page).map { index in
                NavigationLink(href: link(.team(index)), text: names?[index] ?? context.text(philosophy.teams[index].name),
                               current: page == .team(index))
            }
            result.append(entry(.teams, .navTeams, children: teams))
        }
        result += [onPhilosophyPage(.onboarding)].compactMap { $0 }
        if !context.kpisInUse.isEmpty { result.append(entry(.kpis, .navKPIs)) }
        if !philosophy.standards.isEmpty { result.append(entry(.standards, .navStandards)) }
        result += [onPhilosophyPage(.channels), onPhilosophyPage(.recovery)].compactMap { $0 }
        if hasScores { result.append(entry(.scores, .scorecardTitle)) }
        return result
    }

    /// The teams listed under the teams' entry: all of them up to ``teamLimit``; past it, on
    /// a team's page or checklist, that team and its neighbours, and on other pages none.
    func teamIndices(around page: SitePage) -> Range<Int> {
        let count = philosophy.teams.count
        guard count > Self.teamLimit else { return 0..<count }
        switch page {
        case .team(let index), .checklist(let index):
            return max(0, index - Self.neighbours)..<min(count, index + Self.neighbours + 1)
        default:
            return 0..<0
        }
    }
}
