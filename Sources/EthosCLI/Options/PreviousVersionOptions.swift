import ArgumentParser
import EthosLoader
import EthosModel
import EthosPublish
import EthosRender

/// `--previous FILE` and `--git REV`: the earlier version of a philosophy that `build`
/// compares with (the What changed page) and `lint` holds a new revision against.
struct PreviousVersionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The philosophy's previous version, to compare with.", valueName: "file"),
            completion: Completions.philosophyFile)
    var previous: String?

    @Option(help: ArgumentHelp("Compare with the file at this git commit, branch or tag.", valueName: "rev"))
    var git: String?

    func validate() throws {
        if previous != nil, git != nil { throw ValidationError("give either --previous FILE or --git REV, not both") }
    }

    /// Whether either option was given.
    var isGiven: Bool { previous != nil || git != nil }

    /// The previous version of `file` and how to name it (`FILE@REV` from git), or `nil`
    /// when neither option was given. A version that cannot be read or has errors is
    /// reported and ends the command with `failure`.
    func load(comparingWith file: String, failure: ExitCode) async throws -> (philosophy: Philosophy, name: String)? {
        if let previous { return (try PreviousVersion.load(PhilosophyLoader.load(path: previous), failure: failure), previous) }
        guard let git else { return nil }
        return try await PreviousVersion.fromGit(file, at: git, failure: failure)
    }
}

/// Loads an earlier version of a philosophy for a comparison, printing its findings.
enum PreviousVersion {
    /// `file` as git revision `revision` holds it, named `FILE@REV`.
    static func fromGit(_ file: String, at revision: String, failure: ExitCode) async throws -> (philosophy: Philosophy, name: String) {
        let name = "\(file)@\(revision)"
        do {
            let bytes = try await GitRevision.read(file, at: revision)
            return (try load(PhilosophyLoader.load(bytes: bytes, file: name), failure: failure), name)
        } catch let error as GitError {
            FileOutput.standardError.write("error: \(error)\n")
            throw failure
        }
    }

    /// What changed in `philosophy` (read from `file`) since `previous`, for the What changed
    /// page: told in every locale under the current revision. Without a revision there is no
    /// page, which a warning says.
    static func changes(of philosophy: Philosophy, in file: String, since previous: (philosophy: Philosophy, name: String))
        -> RevisionChanges {
        guard let revision = philosophy.currentRevision else {
            FileOutput.standardError.write("\(file): warning: the site has no What changed page to show the changes "
                                           + "since \(previous.name) on; add a 'revisions' entry\n")
            return RevisionChanges()
        }
        let report = ChangeReport(changes: philosophy.changes(since: previous.philosophy), philosophy: philosophy)
        return RevisionChanges(report, version: revision.version)
    }

    /// The philosophy of `result`, its findings printed; errors end the command with `failure`.
    static func load(_ result: LoadResult, failure: ExitCode) throws -> Philosophy {
        if !result.diagnostics.isEmpty {
            FileOutput.standardError.write(result.diagnostics.map { $0.formatted + "\n" }.joined())
        }
        guard let philosophy = result.philosophy else { throw failure }
        return philosophy
    }
}
