import EthosTestSupport
import Foundation
import Testing

/// Runs `shell` with `arguments` in `folder`, with the built `ethos` first on the PATH (the
/// scripts call it back for teams and locales), and returns its status and output.
func runShell(_ shell: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [shell] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = repositoryRoot.appendingPathComponent(".build/debug").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("Shell completion", .needsBuiltBinary)
struct CompletionTests {
    /// Drives bash's completion as TAB does: sources the script ($1), prints `complete -p
    /// ethos`, then for each command line as typed prints `LINE => CANDIDATE|CANDIDATE`.
    static let bashDriver = #"""
        source "$1" || exit 1
        shift
        complete -p ethos
        for line in "$@"; do
            COMP_LINE="$line"
            COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMPREPLY=()
            _ethos ethos "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            (IFS='|'; printf '%s => %s\n' "$line" "${COMPREPLY[*]}")
        done
        """#

    /// A folder with the script for `shell`, a philosophy `dyr.yml` with two teams (one name
    /// with a space) and two locales, a text file and a sub-folder.
    func folder(for shell: String) throws -> URL {
        let folder = try temporaryFolder()
        let script = try runBinary(["--generate-completion-script", shell])
        #expect(script.status == 0)
        try script.output.write(to: folder.appendingPathComponent("ethos.\(shell)"), atomically: true, encoding: .utf8)
        try """
            ethos: 1
            company: Dyreklinikk
            locales: [nb, en]
            purpose: { nb: Vi hjelper dyr., en: We help animals. }
            vision: { nb: Rask hjelp., en: Quick help. }
            values: [{ name: { nb: Omsorg, en: Care }, action: { nb: Lytt først., en: Listen first. } }]
            teams:
              - { name: { nb: Resepsjon, en: Reception }, activities: { nb: Tar imot., en: Welcomes. } }
              - { name: { nb: Team Nord, en: Team North }, activities: { nb: Svarer., en: Answers. } }
            """.write(to: folder.appendingPathComponent("dyr.yml"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("dyr.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dyrs"), withIntermediateDirectories: true)
        return folder
    }

    /// What bash offers for each command line, by command line.
    func bashCandidates(_ lines: [String]) throws -> (complete: String, candidates: [String: [String]]) {
        let folder = try folder(for: "bash")
        let result = try runShell("bash", ["-c", Self.bashDriver, "driver", "ethos.bash"] + lines, in: folder)
        #expect(result.status == 0, "\(result.output)")
        var outputLines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let complete = outputLines.removeFirst()
        var candidates: [String: [String]] = [:]
        for line in outputLines where line.contains(" => ") {
            let parts = line.components(separatedBy: " => ")
            candidates[parts[0]] = parts[1].isEmpty ? [] : parts[1].components(separatedBy: "|").sorted()
        }
        return (complete, candidates)
    }

    @Test("bash completes file names: 'ethos validate dy<TAB>' offers dyr.yml and folders, not other files")
    func bashFiles() throws {
        let (complete, candidates) = try bashCandidates(["ethos validate dy", "ethos pack dyr.yml -o dy",
                                                         "ethos render dyr.yml -o dy", "ethos kpis dy"])
        #expect(complete == "complete -o filenames -F _ethos ethos")
        #expect(candidates["ethos validate dy"] == ["dyr.yml", "dyrs"])
        #expect(candidates["ethos kpis dy"] == ["dyr.yml", "dyrs"])
        #expect(candidates["ethos pack dyr.yml -o dy"] == ["dyr.txt", "dyr.yml", "dyrs"])
        #expect(candidates["ethos render dyr.yml -o dy"] == ["dyrs"])
    }

    @Test("bash completes --team from the file on the line, --locale, rule ids, help's commands and --format values")
    func bashChoices() throws {
        let (_, candidates) = try bashCandidates([
            "ethos checklist dyr.yml --team ", "ethos pack dyr.yml --team T", "ethos pack dyr.yml --locale ",
            "ethos render dyr.yml --locale ", "ethos kpis --locale ", "ethos lint --explain value-c",
            "ethos help va", "ethos help ", "ethos validate --format ", "ethos checklist dyr.yml --format ",
            "ethos render dyr.yml --format ",
        ])
        #expect(candidates["ethos checklist dyr.yml --team "] == ["Resepsjon", "Team Nord"])
        #expect(candidates["ethos pack dyr.yml --team T"] == ["Team Nord"])
        #expect(candidates["ethos pack dyr.yml --locale "] == ["en", "nb"])
        #expect(candidates["ethos render dyr.yml --locale "] == ["all", "en", "nb"])
        #expect(candidates["ethos kpis --locale "] == ["de", "en", "nb", "sl"])
        #expect(candidates["ethos lint --explain value-c"] == ["value-cliche"])
        #expect(candidates["ethos help va"] == ["validate"])
        #expect(candidates["ethos help "]?.contains("pack") == true)
        #expect(candidates["ethos validate --format "] == ["json", "text"])
        #expect(candidates["ethos checklist dyr.yml --format "] == ["csv", "html", "md", "pdf"])
        #expect(candidates["ethos render dyr.yml --format "] == ["checklist", "html", "md", "pdf"])
    }

    @Test("the scripts define argument-parser's own 'help' no more: Ethos's help, which completes, is the only one")
    func oneHelp() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try runBinary(["--generate-completion-script", shell]).output
            #expect(!script.contains("Show subcommand help information."), "\(shell)")
            #expect(script.components(separatedBy: "_ethos_help() {").count <= 2, "\(shell)")
        }
    }

    @Test("zsh loads the script without error; it offers .yml files, --team from the file and the choices")
    func zsh() throws {
        let folder = try folder(for: "zsh")
        let load = try runShell("zsh", ["-f", "-c", """
            autoload -U compinit && compinit -u -D && source ./ethos.zsh && (( $+functions[_ethos_validate] )) \
            && functions _ethos_validate _ethos_checklist _ethos_help
            """], in: folder)
        #expect(load.status == 0, "\(load.output)")
        #expect(load.output.contains(#"'*:files:_files -g '\''*.yml *.yaml'\'''"#))
        #expect(load.output.contains("__ethos_custom_complete"))
        #expect(load.output.contains("'validate' 'lint' 'init'"))
        // What the script's --team completion asks the binary for.
        let teams = try runShell("ethos", ["---completion", "checklist", "--", "--team", "2", "0", "ethos", "checklist",
                                           "dyr.yml", "--team", ""], in: folder)
        #expect(teams.output.split(separator: "\n").sorted() == ["Resepsjon", "Team Nord"], "\(teams.output)")
    }

    @Test("fish loads the script without error and completes .yml files, help's commands and --format values")
    func fish() throws {
        let folder = try folder(for: "fish")
        let result = try runShell("fish", ["--no-config", "-c", """
            source ethos.fish; or exit 1
            complete -C 'ethos validate dy'; echo ---
            complete -C 'ethos help va'; echo ---
            complete -C 'ethos kpis --format '
            """], in: folder)
        #expect(result.status == 0, "\(result.output)")
        let sections = result.output.components(separatedBy: "---\n").map { $0.split(separator: "\n").map { String($0.split(separator: "\t")[0]) } }
        #expect(sections.count == 3)
        #expect(sections.first?.sorted() == ["dyr.yml", "dyrs/"])
        #expect(sections.dropFirst().first == ["validate"])
        #expect(sections.last?.sorted() == ["json", "md", "text"])
    }
}
