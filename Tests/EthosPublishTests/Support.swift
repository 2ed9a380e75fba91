import EthosLoader
import EthosModel
import EthosRender
import Foundation
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Loads a philosophy file given relative to the repository, failing the test on any error.
func loadPhilosophy(_ relativePath: String) throws -> Philosophy {
    let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent(relativePath).path)
    return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
}

/// A new empty folder under the system's temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Every file under `folder` with its bytes, by relative path.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

let templates = try! TemplateSet.builtIn()

/// The philosophy files every site test builds.
let siteSources = ["Examples/nextiva.yml", "Examples/kundenservice-de.yml", "Examples/storitve-sl.yml",
                   "Tests/EthosRenderTests/Fixtures/four-locales.yml", "Tests/EthosRenderTests/Fixtures/hostile.yml"]
