import EthosTestSupport
import Foundation
import Testing

/// The README's library example is `Examples/LibraryExample/main.swift`, which the package
/// builds: it compiles with one `import Ethos`, and it runs.
@Suite("The README's library example")
struct LibraryExampleTests {
    static let source = repositoryRoot.appendingPathComponent("Examples/LibraryExample/main.swift")

    @Test("The README shows the example file exactly, in one Swift block")
    func readmeShowsTheExample() throws {
        let code = try String(contentsOf: Self.source, encoding: .utf8)
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```swift\n\(code)```\n"))
        #expect(code.hasPrefix("import Ethos\n\n"))
        #expect(code.components(separatedBy: "import ").count == 2, "one import")
    }

    @Test("The built example loads, lints, renders and builds a site")
    func exampleRuns() throws {
        let binary = repositoryRoot.appendingPathComponent(".build/debug/library-example")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "swift build builds library-example")
        let folder = try temporaryFolder()
        let run = try runBinary([repositoryRoot.appendingPathComponent("Examples/nextiva.yml").path],
                                binary: binary, in: folder)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("a site of 24 pages\n"), "\(run.output)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/en/index.html").path))
    }
}
