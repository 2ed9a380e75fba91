import Foundation

/// The repository's root folder, for reading `Examples/`, fixtures and golden files.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The names of the example philosophy files in `Examples/`, sorted: `disney.yml` …
public func exampleFiles() -> [String] {
    let folder = repositoryRoot.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yml") }.sorted()
}

/// The path of the example philosophy file `name`: `example("nextiva.yml")`.
public func example(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Examples/\(name)").path
}
