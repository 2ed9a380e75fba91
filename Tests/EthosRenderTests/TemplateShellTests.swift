import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

@Suite("Template shells")
struct TemplateShellTests {
    /// The built-in templates loaded as overrides: the same texts, rendered in full each time.
    static func fullRenderTemplates() throws -> TemplateSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-shells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in TemplateSet.builtInSources {
            try text.write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        return try TemplateSet.withOverrides(in: folder.path)
    }

    @Test("every site file rendered through shells is byte for byte the full render", arguments: [
        "Tests/EthosRenderTests/Fixtures/four-locales.yml", "Tests/EthosRenderTests/Fixtures/hostile.yml",
        "Examples/kundenservice-de.yml", "Examples/nextiva.yml",
    ])
    func sameAsFullRender(_ source: String) throws {
        let philosophy = try loadPhilosophy(source)
        let shelled = SiteRenderer(philosophy: philosophy, templates: try TemplateSet.builtIn())
        let full = SiteRenderer(philosophy: philosophy, templates: try Self.fullRenderTemplates())
        for job in shelled.jobs + shelled.jobs {
            let (fast, slow) = (shelled.render(job), full.render(job))
            #expect(fast.map(\.data) == slow.map(\.data), "\(job.paths) differ")
        }
    }

    @Test("a marker the template changed is refused, so the shape renders in full")
    func changedMarker() {
        #expect(TemplateShell(rendered: "a \(TemplateShell.marker(0).uppercased()) b") == nil)
        #expect(TemplateShell(rendered: "a \(TemplateShell.marker(0).lowercased()) b") == nil)
        #expect(TemplateShell(rendered: "a \u{1}<sLOT0 b") == nil)
    }

    @Test("slots are filled as the template escaped their markers")
    func escaping() {
        let marker = TemplateShell.marker
        let rendered = "\(marker(0))|\(marker(1).replacingOccurrences(of: "<", with: "&lt;"))|"
            + MarkdownEscaping.inline(marker(2))
        let shell = TemplateShell(rendered: rendered)
        #expect(shell?.fill(["<b>", "<b>", "*b*"]) == "<b>|&lt;b&gt;|\\*b\\*")
    }

    @Test("the shape key tells lengths, flags and empty texts apart, and leaves the labels alone")
    func shapes() throws {
        let context: [String: Any] = ["a": ["x", "y"], "b": true, "labels": ["k": "v"]]
        let one = try #require(TemplateShell.shape(of: context, constant: ["labels"]))
        let two = try #require(TemplateShell.shape(of: ["a": ["x"], "b": true, "labels": ["k": "v"]], constant: ["labels"]))
        let three = try #require(TemplateShell.shape(of: ["a": ["x", ""], "b": false], constant: ["labels"]))
        #expect(Set([one.key, two.key, three.key]).count == 3)
        #expect(one.texts == ["x", "y"])
        let marked = TemplateShell.marked(context, constant: ["labels"])
        #expect((marked["a"] as? [String]) == [TemplateShell.marker(0), TemplateShell.marker(1)])
        #expect((marked["labels"] as? [String: String]) == ["k": "v"])
        #expect(TemplateShell.shape(of: ["n": 3], constant: []) == nil)
    }
}
