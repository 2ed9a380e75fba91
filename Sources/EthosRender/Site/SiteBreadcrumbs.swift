import EthosModel

/// The breadcrumbs of a site page: the way from the site's landing page down to the page,
/// the page itself last (the one entry marked current).
///
/// The company leads to the landing page; the philosophy, and under it the lists (KPIs,
/// standards, teams ...), each value (under the values' section of the philosophy page),
/// each team (under the teams) and its checklist (under the team).
enum SiteBreadcrumbs {
    /// The trail to `page`; empty outside a site and on the landing page, where it starts.
    static func trail(to page: SitePage, context: RenderContext, sections: PhilosophySections) -> [NavigationLink] {
        guard let links = context.links, page != .root else { return [] }
        let labels = context.labels
        let philosophy = context.philosophy
        func link(_ target: SitePage) -> String { links.to(target, slugs: context.slugs) }
        let company = (href: links.toRoot + SitePage.root.path(.html, slugs: context.slugs), text: philosophy.company)
        var steps: [(href: String, text: String)] = [company, (link(.philosophy), labels.marked(.navPhilosophy))]
        switch page {
        case .kpis: steps.append((link(.kpis), labels.marked(.navKPIs)))
        case .standards: steps.append((link(.standards), labels.marked(.navStandards)))
        case .teams: steps.append((link(.teams), labels.marked(.navTeams)))
        case .changes: steps.append((link(.changes), labels.marked(.navChanges)))
        case .scores: steps.append((link(.scores), labels.marked(.scorecardTitle)))
        case .value(let index):
            let values = sections[.values].map { "\(link(.philosophy))#\($0)" } ?? link(.philosophy)
            steps += [(values, labels.marked(.values)), (link(page), context.text(philosophy.values[index].name))]
        case .team(let index), .checklist(let index):
            steps += [(link(.teams), labels.marked(.navTeams)), (link(.team(index)), context.text(philosophy.teams[index].name))]
            if case .checklist = page { steps.append((link(page), labels.marked(.onboardingChecklist))) }
        case .root, .json, .stylesheet, .logo, .philosophy:
            break
        }
        return steps.enumerated().map { index, step in
            NavigationLink(href: step.href, text: step.text, current: index == steps.count - 1)
        }
    }
}
