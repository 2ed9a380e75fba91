import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// A rebuild into an existing site renders only the pages whose inputs changed, and gives
/// the same bytes as a full build into an empty folder.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    static let source = "Examples/kundenservice-de.yml"

    func build(_ philosophy: Philosophy, into site: URL, templates: TemplateSet = templates,
               sources: String? = nil) throws -> SiteBuilder.Summary {
        try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates))
            .build(into: site.path, sources: sources)
    }

    /// The files of a full build of `philosophy` into an empty folder.
    func fullBuild(_ philosophy: Philosophy) throws -> [String: Data] {
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        return try snapshot(site)
    }

    /// The files of a team's pages (its page and its checklist's three files) in every locale.
    func teamFiles(_ philosophy: Philosophy, _ index: Int, in files: [String: Data]) -> Set<String> {
        let slug = philosophy.slug(of: philosophy.teams[index])
        return Set(files.keys.filter { path in
            path.hasSuffix("/teams/\(slug).html") || path.contains("/onboarding/\(slug).")
        })
    }

    @Test("a one-word edit of a team's activities renders that team's pages and the site-wide ones, no other team's")
    func oneTeamEdited() throws {
        var philosophy = try loadPhilosophy(Self.source)
        let site = try temporaryFolder().appendingPathComponent("site")
        let first = try build(philosophy, into: site)
        #expect(first.reused == 0 && first.rendered == first.files)
        philosophy.teams[1].activities = "Reparaturen und Ersatzteile, schnell."
        let second = try build(philosophy, into: site)
        let files = try snapshot(site)
        let otherTeams = philosophy.teams.indices.filter { $0 != 1 }
            .reduce(into: Set<String>()) { $0.formUnion(teamFiles(philosophy, $1, in: files)) }
        #expect(!otherTeams.isEmpty)
        #expect(second.reused == otherTeams.count)
        #expect(second.files == first.files)
        #expect(files == (try fullBuild(philosophy)))
    }

    @Test("an edit of the German text renders German pages and the files of the whole site, and takes every other from the last build")
    func oneLocaleEdited() throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        philosophy.values[1].action = ["en": "Answer the first time, completely.", "de": "Beim ersten Mal, vollständig."]
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        let before = try inodes(site)
        philosophy.values[1].action = ["en": "Answer the first time, completely.", "de": "Gleich richtig."]
        let summary = try build(philosophy, into: site)
        let after = try inodes(site)
        let german = after.keys.filter { $0.hasPrefix("de/") }
        #expect(summary.rendered == german.count + renderedFilesOfWholeSite(after.keys).count)
        // A rendered file whose bytes are the last build's is linked too, so a new file is a changed one.
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(changed.contains("de/index.html"))
        #expect(changed.allSatisfy { $0.hasPrefix("de/") || !$0.contains("/") }, "\(changed.sorted())")
        #expect(try snapshot(site) == (try fullBuild(philosophy)))
    }

    @Test("an edit of one team's German text renders its German pages and the German lists, not its pages in other languages")
    func oneTeamInOneLocale() throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        philosophy.teams[0].activities = ["en": "Phone, e-mail and the repair desk.", "de": "Telefon und E-Mail."]
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        philosophy.teams[0].activities = ["en": "Phone, e-mail and the repair desk.", "de": "Telefon, E-Mail, Werkstatt."]
        let summary = try build(philosophy, into: site)
        let files = try snapshot(site)
        let otherTeam = teamFiles(philosophy, 1, in: files)
        let german = files.keys.filter { $0.hasPrefix("de/") && !otherTeam.contains($0) }
        #expect(summary.rendered == german.count + renderedFilesOfWholeSite(files.keys).count)
        #expect(files == (try fullBuild(philosophy)))
    }

    @Test("a folder of the last site replaced by a link is not read through: its pages are rendered, and what it points to stays")
    func linkedFolder() throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let base = try temporaryFolder()
        let site = base.appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.moveItem(at: site.appendingPathComponent("de/teams"), to: outside)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("de/teams"), withDestinationURL: outside)
        let before = try snapshot(outside)
        let summary = try build(philosophy, into: site)
        #expect(summary.rendered == before.count)
        #expect(try snapshot(site) == (try fullBuild(philosophy)))
        #expect(try snapshot(outside) == before)
        let linked = try inodes(site).filter { $0.key.hasPrefix("de/teams/") }
        #expect(Set(linked.values).isDisjoint(with: try inodes(outside).values))
    }

    /// The files of the whole site among `paths` that a build renders (the landing page,
    /// `philosophy.json`, `style.css`): not the site's own hidden mark and manifest.
    func renderedFilesOfWholeSite(_ paths: some Collection<String>) -> [String] {
        paths.filter { !$0.contains("/") && !$0.hasPrefix(".") }
    }

    /// Each file's inode by path: a file the rebuild took from the last build is the same file.
    func inodes(_ site: URL) throws -> [String: UInt64] {
        let files = try snapshot(site)
        return try files.keys.reduce(into: [:]) { result, path in
            let attributes = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)
            result[path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
    }

    @Test("a rebuild of the same file renders nothing and changes no byte")
    func unchanged() throws {
        let philosophy = try loadPhilosophy(Self.source)
        let site = try temporaryFolder().appendingPathComponent("site")
        let first = try build(philosophy, into: site)
        let before = try snapshot(site)
        let second = try build(philosophy, into: site)
        #expect(second.rendered == 0 && second.reused == first.files)
        #expect(try snapshot(site) == before)
    }

    @Test("renaming, adding and removing teams, editing a value or a KPI, or one locale's text, gives the bytes of a full build",
          arguments: ["rename", "add", "remove", "value", "kpis", "german", "fallback", "owner"])
    func sameAsFullBuild(_ edit: String) throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        philosophy.values[1].action = ["en": "Answer the first time, completely.", "de": "Beim ersten Mal, vollständig."]
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        switch edit {
        case "rename": philosophy.teams[0].name = "Customer care"
        case "add": philosophy.teams.append(Team(name: "Repairs", activities: "Fixing things.", kpis: ["FCR"]))
        case "remove": philosophy.teams.removeLast()
        case "value": philosophy.values[0].action = "Answer within the hour."
        case "german": philosophy.values[1].action = ["en": "Answer the first time, completely.", "de": "Gleich richtig."]
        // The German pages fall back to the English text, marked as English.
        case "fallback": philosophy.values[1].action = ["en": "Answer the first time, completely."]
        // A standard names its owner, Support, in English; the German name must not lose it.
        case "owner": philosophy.teams[0].name = ["en": "Support", "de": "Kundendienst"]
        default: philosophy.teams[1].kpis = ["NPS", "FCR"]
        }
        let summary = try build(philosophy, into: site)
        #expect(try snapshot(site) == (try fullBuild(philosophy)))
        #expect(summary.rendered > 0)
    }

    @Test("a changed template renders every page again")
    func templateChanged() throws {
        let philosophy = try loadPhilosophy(Self.source)
        let site = try temporaryFolder().appendingPathComponent("site")
        let first = try build(philosophy, into: site)
        let overrides = try temporaryFolder()
        let team = TemplateSet.builtInSources.first { $0.name == "team.md" }!.text
        try Data((team + "\n").utf8).write(to: overrides.appendingPathComponent("team.md.mustache"))
        let second = try build(philosophy, into: site, templates: try TemplateSet.withOverrides(in: overrides.path))
        #expect(second.reused == 0 && second.rendered == first.files)
    }

    @Test("turning search on renders every page again, the root page of a one-locale site too", arguments: [false, true])
    func searchTurnedOn(_ on: Bool) throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates, search: !on)).build(into: site.path)
        let renderer = SiteRenderer(philosophy: philosophy, templates: templates, search: on)
        let summary = try SiteBuilder(renderer: renderer).build(into: site.path)
        let full = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: renderer).build(into: full.path)
        #expect(summary.reused == 0)
        #expect(try snapshot(site) == snapshot(full))
        #expect(String(decoding: try Data(contentsOf: site.appendingPathComponent("index.html")), as: UTF8.self)
            .contains("pagefind-searchbox") == on)
    }

    @Test("another release of Ethos or cmark-gfm gives every file another key")
    func releaseChanged() throws {
        let renderer = SiteRenderer(philosophy: try loadPhilosophy(Self.source), templates: templates)
        let now = renderer.inputKeys(release: "0.1.0 0.29.0.gfm.6")
        let next = renderer.inputKeys(release: "0.2.0 0.29.0.gfm.6")
        #expect(renderer.inputKeys() == renderer.inputKeys())
        #expect(Set(now).count == now.count)
        #expect(zip(now, next).allSatisfy { $0 != $1 })
    }

    @Test("a missing, damaged or foreign manifest, or a file edited in the site, makes a full rebuild of what it covers",
          arguments: ["missing", "damaged", "other-version", "edited"])
    func untrustedManifest(_ damage: String) throws {
        let philosophy = try loadPhilosophy(Self.source)
        let site = try temporaryFolder().appendingPathComponent("site")
        let first = try build(philosophy, into: site)
        let manifest = site.appendingPathComponent(SiteBuilder.manifestName)
        let text = try String(contentsOf: manifest, encoding: .utf8)
        switch damage {
        case "missing": try FileManager.default.removeItem(at: manifest)
        case "damaged": try Data(text.utf8.dropLast(20)).write(to: manifest)
        case "other-version": try Data(text.replacingOccurrences(of: "ethos-manifest 1", with: "ethos-manifest 2").utf8)
            .write(to: manifest)
        default: try Data("<p>edited by hand</p>".utf8).write(to: site.appendingPathComponent("de/teams/werkstatt.html"))
        }
        let second = try build(philosophy, into: site)
        #expect(second.reused == (damage == "edited" ? first.files - 1 : 0))
        #expect(try snapshot(site) == (try fullBuild(philosophy)))
    }

    @Test("with --sources every page is rendered, so each one's Markdown is written")
    func sourcesRenderAll() throws {
        let philosophy = try loadPhilosophy(Self.source)
        let parent = try temporaryFolder()
        let site = parent.appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        let second = try build(philosophy, into: site, sources: parent.appendingPathComponent("md").path)
        #expect(second.reused == 0)
        #expect(try snapshot(parent.appendingPathComponent("md")).count == second.pages - 1)
    }

    @Test("the manifest lists every file with its key and size, the same for the same file")
    func manifest() throws {
        let philosophy = try loadPhilosophy(Self.source)
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try build(philosophy, into: site)
        let files = try snapshot(site)
        let lines = String(decoding: try #require(files[SiteBuilder.manifestName]), as: UTF8.self)
            .split(separator: "\n").dropFirst()
        let listed = Dictionary(uniqueKeysWithValues: lines.map { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            return (String(fields[2]), Int(fields[1])!)
        })
        #expect(Set(listed.keys) == Set(files.keys).subtracting([SiteBuilder.manifestName, SiteBuilder.markerName]))
        #expect(listed.allSatisfy { files[$0.key]?.count == $0.value })
        #expect(files[SiteBuilder.manifestName] == (try fullBuild(philosophy))[SiteBuilder.manifestName])
    }
}

/// A site staged inside its folder or in a staging folder of the caller's, and swapped in
/// entry by entry.
@Suite("Staging inside the target")
struct StagingTests {
    func build(_ source: String, into site: URL, staging: URL?) throws -> SiteBuilder.Summary {
        try SiteBuilder(renderer: SiteRenderer(philosophy: try loadPhilosophy(source), templates: templates))
            .build(into: site.path, staging: staging?.path)
    }

    @Test("with --staging the site equals one built beside, entries the new site lacks are gone, and the staging folder is left empty")
    func stagingFolder() throws {
        let folder = try temporaryFolder()
        let (site, staging) = (folder.appendingPathComponent("site"), folder.appendingPathComponent("staging"))
        _ = try build("Examples/kundenservice-de.yml", into: site, staging: staging)
        try Data("left from an old build".utf8).write(to: site.appendingPathComponent("old.html"))
        _ = try build("Examples/storitve-sl.yml", into: site, staging: staging)
        let beside = folder.appendingPathComponent("beside")
        _ = try build("Examples/storitve-sl.yml", into: beside, staging: nil)
        #expect(try snapshot(site) == snapshot(beside))
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty)
    }

    @Test("the leftovers of an interrupted build inside the target and in the staging folder are removed")
    func leftovers() throws {
        let folder = try temporaryFolder()
        let (site, staging) = (folder.appendingPathComponent("site"), folder.appendingPathComponent("staging"))
        _ = try build("Examples/nextiva.yml", into: site, staging: staging)
        for killed in [site.appendingPathComponent(".ethos-staging-999999"), staging.appendingPathComponent(".site.ethos-staging-999999")] {
            try FileManager.default.createDirectory(at: killed.appendingPathComponent("en"), withIntermediateDirectories: true)
            try Data("half".utf8).write(to: killed.appendingPathComponent("en/index.html"))
        }
        _ = try build("Examples/nextiva.yml", into: site, staging: staging)
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).allSatisfy { !$0.hasPrefix(".ethos-staging") })
    }

    @Test("a folder ethos did not build is still refused when staging inside it, and left as it was")
    func foreignFolder() throws {
        let folder = try temporaryFolder()
        let (site, staging) = (folder.appendingPathComponent("site"), folder.appendingPathComponent("staging"))
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        #expect(throws: PublishError.self) { try build("Examples/nextiva.yml", into: site, staging: staging) }
        #expect(try snapshot(site) == ["notes.txt": Data("mine".utf8)])
    }
}
