import EthosModel
import EthosTestSupport
import Testing
@testable import EthosRender

/// A page's key holds its chrome's inputs (``SiteRenderer/inputKeys()``), not the chrome:
/// the philosophy without its teams and the teams' names as its locale reads them, whether
/// any KPI is in use, and the philosophy page's anchors. That is only right while the chrome
/// reads nothing else of the teams, which these tests hold it to.
@Suite("The chrome's inputs")
struct ChromeInputsTests {
    /// The chrome of every page of a locale, by path, as `renderer` makes it.
    private func chromes(_ renderer: SiteRenderer) -> [String: String] {
        var result: [String: String] = [:]
        for job in renderer.jobs {
            guard let context = renderer.context(of: job) else { continue }
            result[job.paths[0]] = DigestEncoder.digest(of: renderer.chrome(for: job.page, context: context)).hex
        }
        return result
    }

    /// `philosophy` with every team's activities and onboarding tasks changed, and each
    /// team's KPIs in another order.
    private func teamsReworded(_ philosophy: Philosophy) -> Philosophy {
        var edited = philosophy
        for index in edited.teams.indices {
            edited.teams[index].activities = ["en": "Something else entirely.", "de": "Etwas ganz anderes."]
            edited.teams[index].onboarding = []
            edited.teams[index].kpis.reverse()
        }
        return edited
    }

    @Test("no page's chrome changes when every team's activities, onboarding and KPI order change",
          arguments: [0, 60])
    func teamBodies(_ extraTeams: Int) throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        // Past 50 teams a team's pages list its neighbours in the sidebar, not every team.
        for number in 0..<extraTeams {
            philosophy.teams.append(Team(name: LocalizedText("Team \(number)"), activities: LocalizedText("Region \(number)."), kpis: ["FRT"]))
        }
        let templates = try TemplateSet.builtIn()
        let before = chromes(SiteRenderer(philosophy: philosophy, templates: templates))
        let after = chromes(SiteRenderer(philosophy: teamsReworded(philosophy), templates: templates))
        #expect(before.count > 20)
        #expect(before == after)
    }

    @Test("a team's name in one locale changes that locale's chromes only")
    func teamName() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        var renamed = philosophy
        renamed.teams[1].name = ["en": "Sales", "de": "Verkauf", "sl": "Sales", "nb": "Sales"]
        let templates = try TemplateSet.builtIn()
        let before = chromes(SiteRenderer(philosophy: philosophy, templates: templates))
        let after = chromes(SiteRenderer(philosophy: renamed, templates: templates))
        let changed = Set(before.keys.filter { before[$0] != after[$0] })
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.hasPrefix("de/") })
    }
}
