import EthosLoader
import EthosModel
import Testing

/// Loads a philosophy file given relative to the repository, failing the test on any error.
public func loadPhilosophy(_ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Philosophy {
    let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent(relativePath).path)
    return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
}
