import ArgumentParser
import EthosLoader
import EthosScore

/// `ethos schema`: prints the format as a JSON Schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the philosophy format as a JSON Schema (draft 2020-12) for editors.",
        discussion: """
            Editors with yaml-language-server (VS Code's YAML extension, Neovim, Helix ...) use \
            it for completion, hover text and checks while you type. Save it beside your file and \
            point the first line of the file at it:

              ethos schema -o ethos.schema.json
              # yaml-language-server: $schema=./ethos.schema.json

            The schema checks shapes and scalar syntax; 'ethos validate' also checks meaning: \
            references, units against KPIs, ranges and translations.

            With --scorecard it prints instead the schema of the JSON 'ethos score --format \
            json' writes, which 'ethos build --scores' reads.
            """
    )

    @Flag(help: "Print the schema of the scorecard's JSON (ethos score) instead of the philosophy format's.")
    var scorecard = false

    @Option(name: .shortAndLong, help: "Write the schema to this file (atomically) instead of standard output.",
            completion: Completions.outputFile)
    var output: String?

    func run() throws {
        let schema = (scorecard ? ScorecardSchema.document : FormatSchema.document).serialized()
        if let output {
            try FileOutput.writeAtomically(schema, to: output)
        } else {
            FileOutput.standardOutput.write(schema)
        }
    }
}
