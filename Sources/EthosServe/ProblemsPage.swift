import EthosRender
import Foundation

/// The page `ethos serve` shows for every page of the site while its inputs have errors: the
/// problems as the command line prints them (`file:line:col: error: message [rule-id]`), each
/// escaped, so text from the file stays text.
enum ProblemsPage {
    /// The page listing `problems`; the reload script is added like on any served page.
    static func html(_ problems: [String]) -> Data {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let items = problems.map { "<li><pre>\(HTMLEscaping.escape($0))</pre></li>\n" }.joined()
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(count) – ethos serve</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
            h1 { color: #a40000; font-size: 1.5rem; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
            li { margin-bottom: 0.75rem; }
            @media (prefers-color-scheme: dark) { body { background: #1b1b1b; color: #eee; } h1 { color: #ff8a80; } }
            </style>
            </head>
            <body>
            <main>
            <h1>The site was not rebuilt: \(count)</h1>
            <p>Fix the file and save it; this page reloads by itself.</p>
            <ol>
            \(items)</ol>
            </main>
            </body>
            </html>

            """
        return ReloadScript.injected(into: Data(page.utf8))
    }
}
