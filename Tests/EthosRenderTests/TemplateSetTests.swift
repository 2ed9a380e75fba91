import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

@Suite("Templates")
struct TemplateSetTests {
    @Test("the templates built into the binary are exactly the files in Templates/ (run make templates)")
    func builtInMatchesFolder() throws {
        let folder = repositoryRoot.appendingPathComponent("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(TemplateSet.names))
        for (name, text) in TemplateSet.builtInSources {
            let file = try String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            #expect(file == text, "Templates/\(name).mustache changed; run make templates")
        }
    }

    @Test("an override replaces its template only")
    func override() throws {
        let folder = try temporaryFolder()
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{company}} (ours)\n".write(
            to: folder.appendingPathComponent("philosophy.md.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.withOverrides(in: folder.path)
        #expect(templates.origins["philosophy.md"] == folder.appendingPathComponent("philosophy.md.mustache").path)
        #expect(templates.origins["checklist.md"] == "built-in")
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let renderer = DocumentRenderer(templates: templates)
        #expect(renderer.philosophyMarkdown(philosophy, locale: "en") == "# Nextiva (ours)\n")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en")
        #expect(renderer.checklistMarkdown(checklist) == builtInRenderer.checklistMarkdown(checklist))
    }

    @Test("a misspelt override is an error that names the closest template")
    func unknownOverride() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("philosphy.md.mustache")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: TemplateError.self) { try TemplateSet.withOverrides(in: folder.path) }
        #expect(error.description == "\(file.path): error: Ethos uses no template named 'philosphy.md'; did you mean 'philosophy.md.mustache'?")
    }

    @Test("a template syntax error names the file, line and column")
    func syntaxError() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("checklist.md.mustache")
        try "# {{title}}\n\n{{#sections}}\n## {{phase}}\n".write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: TemplateError.self) { try TemplateSet.withOverrides(in: folder.path) }
        #expect(error.file == file.path)
        #expect(error.line > 0 && error.column > 0)
        #expect(error.description.hasPrefix("\(file.path):\(error.line):\(error.column): error: a section"))
    }

    @Test("user text that looks like a template tag is printed, never evaluated")
    func mustacheInUserText() throws {
        var philosophy = try loadPhilosophy("Examples/nextiva.yml")
        philosophy.vision = "{{company}} {{#values}}x{{/values}} {{> page.html}}"
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: "en")
        #expect(markdown.contains(#"{{company}} {{#values}}x{{/values}} {{\> page.html}}"#))
    }
}
