import Foundation
import Testing

/// Compares `text` with the golden file `folder/name` (`folder` relative to the repository);
/// with `ETHOS_RECORD_GOLDEN=1` in the environment, rewrites the golden file instead.
public func expectMatchesGolden(_ text: String, _ name: String, in folder: String,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent(folder).appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ETHOS_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "\(folder)/\(name) differs from its golden file; re-record with ETHOS_RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
}
