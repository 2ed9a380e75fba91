import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

let builtInRenderer = DocumentRenderer(templates: try! TemplateSet.builtIn())

/// Compares `text` with the golden file `Tests/EthosRenderTests/Golden/NAME`; with
/// `ETHOS_RECORD_GOLDEN=1` in the environment, rewrites the golden file instead.
func expectMatchesGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    try expectMatchesGolden(text, name, in: "Tests/EthosRenderTests/Golden", sourceLocation: sourceLocation)
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
