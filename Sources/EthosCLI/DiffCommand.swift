import ArgumentParser
import EthosLoader
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos diff`: what changed between two versions of a philosophy, in the employees' words.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two versions of a philosophy, per language.",
        discussion: """
            Compares the two philosophies as loaded, not their YAML text: values, standards, \
            teams, channels and tasks are matched by id or name, so reordering them is not a \
            change, and an item renamed with nearly the same content is reported as renamed. \
            Each change is said in every language of the newer file (or --locale), changes \
            of substance first, then those of wording only:

              Changes of substance:
                Standard nps tightened: at least 40 → at least 45, per quarter.
                Team Returns now owns standard csat, instead of team Support.
              Wording only:
                Value Speed: action statement reworded.

            With --git REV the older version is the file as commit REV holds it (read with \
            'git show', so git must be installed and the file inside a repository).

            Exit status, as for diff(1): 0 when nothing changed, 1 when something did, 2 when \
            a file could not be read or has errors.

            As a git diff driver, so 'git diff' shows the philosophy as sorted facts \
            (one per line; reordering and restyling drop out):

              echo 'philosophy.yml diff=ethos' >> .gitattributes
              git config diff.ethos.textconv 'ethos diff --textconv'

            Examples:
              ethos diff old/philosophy.yml philosophy.yml
              ethos diff philosophy.yml --git HEAD~1
              ethos diff philosophy.yml --git v1.0 --locale de --format md
              ethos diff old.yml new.yml --format json > changes.json
            """
    )

    @Argument(help: "OLD NEW, or one FILE with --git or --textconv.", completion: Completions.philosophyFile)
    var files: [String]

    @Option(help: ArgumentHelp("Compare FILE with its version at this git commit, branch or tag.",
                               valueName: "rev"))
    var git: String?

    @Option(help: "text, md or json.")
    var format: DiffFormat = .text

    @Option(help: "One language of the newer file, or all (the default).")
    var locale: String?

    @Flag(help: "Print FILE as sorted facts, one per line, for git's textconv (a file with errors as it is).")
    var textconv = false

    func validate() throws {
        if textconv {
            guard files.count == 1, git == nil else { throw ValidationError("--textconv takes exactly one FILE") }
        } else if git != nil {
            guard files.count == 1 else { throw ValidationError("with --git, name one FILE: ethos diff FILE --git REV") }
        } else if files.count != 2 {
            throw ValidationError("name two files (ethos diff OLD NEW) or one with --git REV")
        }
    }

    func run() async throws {
        if textconv {
            // A version with errors is shown as written, so git diff still works across it.
            let result = PhilosophyLoader.load(path: files[0])
            if let philosophy = result.philosophy {
                FileOutput.standardOutput.write(PhilosophyFacts.listing(of: philosophy))
            } else if let bytes = FileManager.default.contents(atPath: files[0]) {
                FileOutput.standardOutput.write(bytes)
            } else {
                _ = try Self.load(result)
            }
            return
        }
        let (old, oldName) = try await older()
        let newName = files[files.count - 1]
        let new = try Self.load(PhilosophyLoader.load(path: newName))
        let locales = try PhilosophyFileArgument.locales(locale ?? "all", of: new, file: newName)
        let report = ChangeReport(changes: new.changes(since: old), philosophy: new, locales: locales)
        switch format {
        case .text: FileOutput.standardOutput.write(report.text)
        case .md: FileOutput.standardOutput.write(report.markdown)
        case .json: FileOutput.standardOutput.write(report.json(old: oldName, new: newName))
        }
        if report.hasChanges { throw ExitStatus.problems }
    }

    /// The older philosophy and how to name it: the first file, or FILE at REV.
    private func older() async throws -> (Philosophy, String) {
        guard let git else { return (try Self.load(PhilosophyLoader.load(path: files[0])), files[0]) }
        return try await PreviousVersion.fromGit(files[0], at: git, failure: Self.trouble)
    }

    /// The philosophy of a load, printing its findings; errors exit with 2, as diff does
    /// when it cannot compare.
    private static func load(_ result: LoadResult) throws -> Philosophy {
        try PreviousVersion.load(result, failure: trouble)
    }

    /// Exit status 2: the files could not be compared.
    private static let trouble = ExitCode(2)
}

/// How `ethos diff` prints the changes.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    /// Sentences under two headings, per language.
    case text
    /// Markdown, a section per language: for a merge request or a newsletter.
    case md
    /// `{old, new, changed, changes: […]}` with each change's kind, both sides and its sentences.
    case json
}
