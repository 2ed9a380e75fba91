import EthosLoader
import EthosModel
import Foundation
import Testing
@testable import EthosRender

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Loads a philosophy file given relative to the repository, failing the test on any error.
func loadPhilosophy(_ relativePath: String) throws -> Philosophy {
    let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent(relativePath).path)
    return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
}

let builtInRenderer = DocumentRenderer(templates: try! TemplateSet.builtIn())

/// Compares `text` with the golden file `Tests/EthosRenderTests/Golden/NAME`; with
/// `ETHOS_RECORD_GOLDEN=1` in the environment, rewrites the golden file instead.
func expectMatchesGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ETHOS_RECORD_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: url)
        return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "\(name) differs from its golden file; re-record with ETHOS_RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
}

/// The Markdown table rows (lines starting with `|`) of `markdown`, split into cells at
/// unescaped pipes.
func tableRows(_ markdown: String) -> [[String]] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.map { line in
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }
}

/// The hostile philosophy with a plain word in place of each paragraph of `text`: the
/// elements its pages must have, whatever `text` holds.
func plainTwin(of text: String) -> Philosophy {
    HostileTextTests.philosophy(Paragraphs.split(text).map { _ in "plain" }.joined(separator: "\n\n"))
}
