import ArgumentParser
import EthosScore
import Foundation

/// `--scores FILE`: a scorecard of `ethos score --format json` that the site publishes.
struct ScoresOption: ParsableArguments {
    @Option(help: ArgumentHelp("A scorecard (ethos score -o scores.json) to publish.",
                               valueName: "json"),
            completion: .file(extensions: ["json"]))
    var scores: String?

    /// Why a scorecard file cannot be published, as the line that says so.
    struct Problem: Error {
        /// `FILE: error: …`.
        let message: String
    }

    /// The scorecard `--scores` names, if any; a file that does not read is a usage error
    /// naming it.
    func load() throws -> Scorecard? {
        do {
            return try Self.scorecard(at: scores)
        } catch {
            FileOutput.standardError.write(error.message + "\n")
            throw ExitStatus.usage
        }
    }

    /// The scorecard in the file at `path`, or `nil` without one.
    static func scorecard(at path: String?) throws(Problem) -> Scorecard? {
        guard let path else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(message: "\(path): error: cannot read the file (--scores)")
        }
        do {
            return try Scorecard(json: data)
        } catch {
            let reason = (error as? DecodingError).map(Self.reason) ?? error.localizedDescription
            throw Problem(message: "\(path): error: not a scorecard of ethos score --format json: \(reason)")
        }
    }

    /// What is wrong with a scorecard's JSON, in one line.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription + path(context.codingPath)
        case .keyNotFound(let key, let context): "key '\(key.stringValue)' missing" + path(context.codingPath)
        case .typeMismatch(_, let context), .valueNotFound(_, let context): context.debugDescription + path(context.codingPath)
        @unknown default: "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
