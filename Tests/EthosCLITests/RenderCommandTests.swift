import ArgumentParser
@testable import EthosCLI
import EthosLoader
import EthosTestSupport
import Foundation
import Testing

@Suite("render, checklist and templates commands")
struct RenderCommandTests {
    @Test("render -o writes the philosophy and every team's checklists for every locale")
    func renderAll() async throws {
        let folder = try temporaryFolder()
        try await run(["render", example("kundenservice-de.yml"), "-o", folder.path])
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.contains(".") }.sorted()
        #expect(files.contains("philosophy.de.md") && files.contains("philosophy.en.html"))
        let checklists = files.filter { $0.hasPrefix("checklists/") }
        let teams = try #require(PhilosophyLoader.load(path: example("kundenservice-de.yml")).philosophy).teams.count
        #expect(checklists.count == teams * 2 * 3)
        #expect(checklists.contains("checklists/kundenservice.de.csv"))
    }

    @Test("render --format and --locale pick what is written")
    func renderSome() async throws {
        let folder = try temporaryFolder()
        try await run(["render", example("storitve-sl.yml"), "-o", folder.path, "--format", "html", "--locale", "sl"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["philosophy.sl.html"])
    }

    @Test("render refuses what cannot go to standard output, and unknown formats or locales")
    func renderUsage() async throws {
        await #expect(throws: ValidationError.self) { try await run(["render", example("nextiva.yml"), "--format", "md,html"]) }
        await #expect(throws: ValidationError.self) { try await run(["render", example("nextiva.yml"), "--format", "checklist"]) }
        await #expect(throws: ValidationError.self) { try await run(["render", example("nextiva.yml"), "--format", "docx"]) }
        await #expect(throws: ValidationError.self) { try await run(["render", example("nextiva.yml"), "--locale", "fr"]) }
        await #expect(throws: (any Error).self) { try await run(["render", example("nextiva.yml"), "--start", "2026-13-01"]) }
    }

    @Test("render stops on a file with errors (exit 1) and writes nothing")
    func renderBroken() async throws {
        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("broken.yml").path
        try "ethos: 1\ncompany: Acme\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out").path
        await #expect(throws: ExitCode(1)) { try await run(["render", broken, "-o", output]) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("a rerun replaces the previous files and leaves no temporary files behind")
    func rerun() async throws {
        let folder = try temporaryFolder()
        try await run(["render", example("nextiva.yml"), "-o", folder.path, "--format", "md"])
        try await run(["render", example("nextiva.yml"), "-o", folder.path, "--format", "md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["philosophy.en.md"])
    }

    @Test("checklist finds a team by name or slug, in any case, and suggests the closest for a typo")
    func checklist() async throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("support.csv").path
        try await run(["checklist", example("nextiva.yml"), "--team", "SUPPORT", "--format", "csv", "-o", output])
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("Name,Description,Section,Assignee"))
        let error = await #expect(throws: ValidationError.self) {
            try await run(["checklist", example("nextiva.yml"), "--team", "Suport"])
        }
        #expect(error?.message.contains("did you mean 'Support'?") == true)
    }

    @Test("templates export writes every built-in template and refuses to overwrite without --force")
    func export() async throws {
        let folder = try temporaryFolder()
        try await run(["templates", "export", folder.path])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.contains("philosophy.md.mustache") && files.contains("page.html.mustache"))
        await #expect(throws: ExitCode(1)) { try await run(["templates", "export", folder.path]) }
        try await run(["templates", "export", folder.path, "--force"])
    }

    @Test("a broken override template stops the render with its file, line and column")
    func brokenTemplate() async throws {
        let folder = try temporaryFolder()
        try "{{#values}}\n".write(to: folder.appendingPathComponent("teams.md.mustache"), atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) {
            try await run(["render", example("nextiva.yml"), "--templates", folder.path])
        }
    }
}
