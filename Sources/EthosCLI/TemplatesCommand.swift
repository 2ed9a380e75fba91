import ArgumentParser
import EthosRender
import Foundation

/// `ethos templates`: the built-in templates, to list or to copy as a starting point.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the built-in templates or export them for a company's own look.",
        discussion: """
            Ethos renders with Mustache templates built into the binary. Export them, edit \
            any, delete the ones you keep as they are, and pass the folder to render:

              ethos templates export my-templates
              ethos render philosophy.yml -o out --templates my-templates

            Markdown templates start with {{% CONTENT_TYPE: MARKDOWN}}: every {{name}} is \
            then escaped so the company's text can never become markup. docs/templates.md \
            lists the values each template sees.
            """,
        subcommands: [List.self, Export.self],
        defaultSubcommand: List.self
    )

    /// `ethos templates list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the templates Ethos uses.")

        func run() throws {
            let lines = TemplateSet.names.map { "\($0).mustache" }
            FileOutput.standardOutput.write(lines.joined(separator: "\n") + "\n")
        }
    }

    /// `ethos templates export DIR`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates into a folder.",
            discussion: "Existing files are never overwritten without --force."
        )

        @Argument(help: "The folder to write into (created when missing).", completion: .directory)
        var directory: String

        @Flag(help: "Overwrite templates that already exist in the folder.")
        var force = false

        func run() throws {
            let root = URL(fileURLWithPath: directory)
            let files = TemplateSet.builtInSources.map { (root.appendingPathComponent("\($0.name).mustache").path, $0.text) }
            let existing = files.map(\.0).filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty, !force {
                FileOutput.standardError.write(
                    "error: \(existing.joined(separator: ", ")) already exist; use --force to overwrite them\n")
                throw ExitStatus.problems
            }
            for (path, text) in files {
                try FileOutput.writeAtomically(text, to: path)
            }
            FileOutput.standardOutput.write("Wrote \(DiagnosticReport.plural(files.count, "template")) to \(directory)\n")
        }
    }
}
