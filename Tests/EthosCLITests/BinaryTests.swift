import EthosTestSupport
import Foundation
import Testing

/// The `ethos` binary `swift build` makes, which these tests run.
let builtBinary = repositoryRoot.appendingPathComponent(".build/debug/ethos")

/// Whether the binary must be there: `make test` sets `ETHOS_REQUIRE_BINARY=1`, so a binary it
/// failed to build fails these tests instead of skipping them. A bare `swift test` before any
/// `swift build` skips them.
let binaryRequired = ProcessInfo.processInfo.environment["ETHOS_REQUIRE_BINARY"] == "1"

extension Trait where Self == ConditionTrait {
    /// Runs a suite that runs the built binary when the binary is there, and always under
    /// `make test` (see `binaryRequired`).
    static var needsBuiltBinary: Self {
        .enabled(if: binaryRequired || FileManager.default.isExecutableFile(atPath: builtBinary.path))
    }
}

/// Which of a process's streams a test reads.
enum CapturedStream {
    case output, errors
}

/// Runs the built `ethos` binary (or `binary`) in `folder` and returns its exit status and
/// standard output (or standard error).
func runBinary(_ arguments: [String], binary: URL = builtBinary,
               in folder: URL = repositoryRoot, capturing stream: CapturedStream = .output) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = stream == .output ? pipe : FileHandle.nullDevice
    process.standardError = stream == .errors ? pipe : FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("The built binary", .needsBuiltBinary)
struct BinaryTests {
    @Test("the binary is built (under `make test` a missing binary fails here rather than skipping the suite)")
    func built() {
        #expect(FileManager.default.isExecutableFile(atPath: builtBinary.path), "no ethos binary at \(builtBinary.path): run swift build")
    }

    @Test("two processes build byte-identical sites and packs (each process seeds its hashing afresh, so dictionary order differs between them)")
    func deterministicAcrossProcesses() throws {
        #expect(ProcessInfo.processInfo.environment["SWIFT_DETERMINISTIC_HASHING"] == nil,
                "with deterministic hashing every process orders dictionaries alike and this test proves nothing")
        let builds = try [temporaryFolder(), temporaryFolder()]
        for folder in builds {
            for source in ["Examples/nextiva.yml", "Tests/EthosRenderTests/Fixtures/four-locales.yml"] {
                let site = folder.appendingPathComponent("site-" + URL(fileURLWithPath: source).lastPathComponent).path
                #expect(try runBinary(["build", source, "-o", site, "--quiet"]).status == 0)
            }
            let packs = folder.appendingPathComponent("packs").path
            #expect(try runBinary(["pack", "Examples/kundenservice-de.yml", "--all-teams", "--start", "2026-12-01", "-o", packs]).status == 0)
        }
        let first = try snapshot(builds[0])
        let second = try snapshot(builds[1])
        #expect(first.keys.contains { $0.hasPrefix("packs/") && $0.hasSuffix(".zip") })
        #expect(first.keys.contains { $0.hasPrefix("site-four-locales.yml/nb/") })
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, data) in first.sorted(by: { $0.key < $1.key }) {
            #expect(second[path] == data, "\(path) differs between the two processes")
        }
    }

    @Test("exit codes: 0 clean, 1 problems, 2 usage")
    func exitCodes() throws {
        #expect(try runBinary(["validate", "Examples/nextiva.yml"]).status == 0)
        #expect(try runBinary(["validate", "Tests/schema/invalid/wrong-version.yml"]).status == 1)
        #expect(try runBinary(["validate"]).status == 2)
        #expect(try runBinary(["frobnicate"]).status == 2)
        #expect(try runBinary(["--help"]).status == 0)
    }

    @Test("errors after parsing read 'error: …': an option the file rules out (exit 2, with the way to help), a file that cannot be written (exit 1)")
    func errorLines() throws {
        let team = try runBinary(["checklist", "Examples/nextiva.yml", "--team", "Suport"], capturing: .errors)
        #expect(team.status == 2)
        #expect(team.output.hasPrefix("error: Examples/nextiva.yml has no team 'Suport'; did you mean 'Support'?"))
        #expect(team.output.hasSuffix("\nSee 'ethos checklist --help'.\n"))
        // A folder that cannot be made is named itself, not the first file meant for it.
        let unwritable = try runBinary(["render", "Examples/nextiva.yml", "--format", "md", "-o", "/proc/ethos"],
                                       capturing: .errors)
        #expect(unwritable.status == 1)
        #expect(unwritable.output.hasPrefix("error: cannot write /proc/ethos: "), "\(unwritable.output)")
        #expect(unwritable.output.split(separator: "\n").count == 1)
    }

    @Test("validate --format json prints one object per finding with the documented fields")
    func json() throws {
        let (status, output) = try runBinary(["validate", "--format", "json", "Tests/schema/invalid/unknown-key-in-standard.yml"])
        #expect(status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(Set(finding.keys) == ["file", "line", "column", "severity", "rule", "message", "fix"])
        #expect(finding["rule"] as? String == "unknown-key")
        #expect(finding["line"] as? Int == 11)
        #expect(finding["column"] as? Int == 5)
        #expect(finding["fix"] as? String == "did you mean 'window'?")
    }

    @Test("text output: file:line:col: severity: message [rule], then a summary")
    func text() throws {
        let (_, output) = try runBinary(["validate", "Tests/schema/invalid/bad-duration.yml"])
        #expect(output.hasPrefix("Tests/schema/invalid/bad-duration.yml:10:38: error: '2x' is not a duration"))
        #expect(output.contains("[bad-duration]\n    fix: write a number and a unit"))
        #expect(output.hasSuffix("Checked 1 file: 1 error, 0 warnings.\n"))
    }

    @Test("kpis --format json lists the 14 built-ins; --version names cmark-gfm")
    func kpisAndVersion() throws {
        let (_, output) = try runBinary(["kpis", "--format", "json", "--locale", "sl"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(entries.count == 14)
        #expect(entries.first?["name"] as? String == "Net Promoter Score")
        #expect(try runBinary(["--version"]).output.contains("cmark-gfm 0.29"))
    }
}

@Suite("The binary on its own", .needsBuiltBinary)
struct StandaloneBinaryTests {
    /// Copies the built binary alone into a new folder and runs it there.
    func runCopied(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let binary = folder.appendingPathComponent("ethos")
        if !FileManager.default.fileExists(atPath: binary.path) {
            try FileManager.default.copyItem(at: builtBinary, to: binary)
        }
        return try runBinary(arguments, binary: binary, in: folder)
    }

    @Test("copied alone to another folder, ethos renders with its built-in templates")
    func copiedAlone() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: example("nextiva.yml"), toPath: folder.appendingPathComponent("n.yml").path)
        let result = try runCopied(["render", "n.yml", "-o", "out"], in: folder)
        #expect(result.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/philosophy.en.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>") && html.contains("<h1 id=\"nextiva\">Nextiva</h1>"))
    }

    @Test("an override folder with one changed template changes only that output")
    func override() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: example("nextiva.yml"), toPath: folder.appendingPathComponent("n.yml").path)
        #expect(try runCopied(["render", "n.yml", "-o", "before"], in: folder).status == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}} (Nextiva)\n".write(
            to: folder.appendingPathComponent("mine/checklist.md.mustache"), atomically: true, encoding: .utf8)
        #expect(try runCopied(["render", "n.yml", "-o", "after", "--templates", "mine"], in: folder).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("before").path)
            .filter { $0.contains(".") }
        var changed: [String] = []
        for file in files {
            let before = try Data(contentsOf: folder.appendingPathComponent("before/\(file)"))
            let after = try Data(contentsOf: folder.appendingPathComponent("after/\(file)"))
            if before != after { changed.append(file) }
        }
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.hasPrefix("checklists/") && ($0.hasSuffix(".md") || $0.hasSuffix(".html")) })
        #expect(!changed.contains { $0.hasPrefix("philosophy.") || $0.hasSuffix(".csv") })
    }
}

@Suite("An interrupted build", .needsBuiltBinary)
struct InterruptedBuildTests {
    /// A valid philosophy with `teams` teams, big enough that a build takes a while.
    func largePhilosophy(teams: Int) -> String {
        var yaml = """
            ethos: 1
            company: Large
            locales: [en, de]
            purpose: Help.
            vision: Quick help.
            values:
              - { name: Speed, action: Answer today., kpis: [FRT] }
              - { name: Care, action: Listen first., kpis: [CSAT] }
            teams:

            """
        for index in 0..<teams {
            yaml += "  - { name: Team \(index), activities: Answers customers in region \(index)., kpis: [FRT, CSAT] }\n"
        }
        return yaml
    }

    func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("killed at any moment, a build leaves the previous site complete; the next build cleans up")
    func killed() throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site")
        let large = folder.appendingPathComponent("large.yml")
        try largePhilosophy(teams: 800).write(to: large, atomically: true, encoding: .utf8)
        #expect(try runBinary(["build", example("nextiva.yml"), "-o", site.path, "--quiet"]).status == 0)
        let before = try files(site)
        for delay in [0.05, 0.15, 0.3] {
            let process = Process()
            process.executableURL = builtBinary
            process.arguments = ["build", large.path, "-o", site.path, "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try files(site)
            #expect(after == before || after.keys.contains("de/teams/team-799.html"),
                    "killed after \(delay) s, the site is neither the old one nor the new one")
        }
        #expect(try runBinary(["build", large.path, "-o", site.path, "--quiet"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["large.yml", "site"], "the last build removes the lock file the killed ones left")
        #expect(try files(site).keys.contains("de/teams/team-799.html"))
    }
}
