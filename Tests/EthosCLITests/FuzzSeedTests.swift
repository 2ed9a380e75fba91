import EthosLint
import EthosLoader
import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing

/// Every input in `Fuzz/seeds` once broke something (a hang, a quadratic path, an unsafe
/// name); each goes through what the fuzz target does and must load, lint and render safely.
@Suite("Fuzz seeds")
struct FuzzSeedTests {
    static let seeds: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Fuzz/seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test("each seed loads, lints and renders (documents, checklists, the whole site), and its pages hold no script",
          arguments: seeds)
    func seed(_ name: String) throws {
        let path = repositoryRoot.appendingPathComponent("Fuzz/seeds/\(name)").path
        let result = PhilosophyLoader.load(path: path)
        let findings = Linter.lint(result)
        #expect(result.philosophy != nil || findings.contains { $0.severity == .error })
        guard let philosophy = result.philosophy else { return }
        let renderer = DocumentRenderer(templates: try TemplateSet.builtIn())
        var pages = philosophy.locales.map { renderer.philosophyHTML(philosophy, locale: $0) }
        pages += ChecklistBuilder.makeAll(in: philosophy, locale: philosophy.defaultLocale).map(renderer.checklistHTML)
        let site = SiteRenderer(philosophy: philosophy, templates: renderer.templates)
        pages += site.jobs.flatMap(site.render).filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.data, as: UTF8.self) }
        for page in pages { #expect(!page.lowercased().contains("<script")) }
        for index in philosophy.teams.indices {
            #expect(philosophy.slug(ofTeamAt: index).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        }
    }
}
