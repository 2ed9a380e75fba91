import Ethos

let loaded = PhilosophyLoader.load(path: CommandLine.arguments.dropFirst().first ?? "philosophy.yml")
for finding in Linter.lint(loaded) { print(finding.formatted) }
if let philosophy = loaded.philosophy {
    let templates = try TemplateSet.builtIn()
    let html = try DocumentRenderer(templates: templates).render(.philosophy(philosophy, locale: "en"), as: .html)
    let site = try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates)).build(into: "site")
    print("\(html.count) bytes of HTML; a site of \(site.pages) pages")
}
