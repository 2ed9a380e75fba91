import ArgumentParser
import EthosTestSupport
import Foundation
import Testing

/// Names are not paths: whatever the teams and values are called, render, build and pack
/// write only inside their output, in file names a file system accepts on any system.
@Suite("Hostile names as paths")
struct HostilePathTests {
    static let names = ["../../x", "/etc/passwd", "CON", "nul", "a/b", ".", String(repeating: "Kundenservice ", count: 22),
                        String(repeating: "z", count: 300), "日本", "!!!", "com1.txt"]

    /// A valid philosophy whose every value and team has one of `names`.
    static func yaml(_ names: [String]) -> String {
        func quoted(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }
        let values = names.map { "  - { name: \(quoted($0)), action: Answer today., kpis: [FRT] }" }
        let teams = names.map { "  - { name: \(quoted($0)), activities: Answers., kpis: [FRT] }" }
        return (["ethos: 1", "company: Acme", "locales: [en, de]", "purpose: Help.", "vision: Quick help.", "values:"]
            + values + ["teams:"] + teams).joined(separator: "\n") + "\n"
    }

    /// Every file under `folder`, by path relative to it.
    static func files(under folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }

    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul"] + (0...9).flatMap { ["com\($0)", "lpt\($0)"] })

    @Test("render, build and pack write only inside their output, in short, portable file names")
    func staysInside() async throws {
        // Three folders deep, so a name that climbed out of the output would still land in `root`.
        let root = try temporaryFolder()
        let work = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let file = work.appendingPathComponent("hostile.yml")
        try Self.yaml(Self.names).write(to: file, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out")
        try await run(["render", file.path, "-o", out.appendingPathComponent("render").path])
        try await run(["build", file.path, "-o", out.appendingPathComponent("site").path, "--quiet"])
        try await run(["pack", file.path, "--all-teams", "--start", "2026-12-01", "-o", out.appendingPathComponent("packs").path])
        try await run(["pack", file.path, "--team", "../../x", "-o", out.appendingPathComponent("x.zip").path])

        let written = try Self.files(under: root)
        let outside = written.filter { !$0.hasPrefix("a/b/c/out/") }
        #expect(outside == ["a/b/c/hostile.yml"])
        #expect(written.count > 100)
        for path in written {
            for component in path.split(separator: "/") {
                #expect(component.utf8.count <= 255, "\(component.prefix(40))… is too long for a file name")
                let stem = component.split(separator: ".").first.map { $0.lowercased() } ?? ""
                #expect(!Self.reserved.contains(stem), "\(path) uses a Windows device name")
            }
        }
        let teamPages = written.filter { $0.hasPrefix("a/b/c/out/site/en/teams/") }.map { $0.split(separator: "/").last! }
        #expect(teamPages.count == Self.names.count)
        #expect(teamPages.contains("x.html") && teamPages.contains("etc-passwd.html") && teamPages.contains("con-.html"))
        #expect(teamPages.contains("team-6.html") && teamPages.contains("team-9.html") && teamPages.contains("team-10.html"))
        #expect(teamPages.allSatisfy { $0.utf8.count <= 80 + ".html".count })
    }

    @Test("two names with the same slug stop every command with exit 1, writing nothing", arguments: [
        ["a/b", "a b"], ["CON", "con."], [String(repeating: "y", count: 90) + "1", String(repeating: "y", count: 90) + "2"],
    ])
    func collision(_ names: [String]) async throws {
        let work = try temporaryFolder()
        let file = work.appendingPathComponent("clash.yml")
        try Self.yaml(names).write(to: file, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out").path
        for command in [["render", file.path, "-o", out], ["build", file.path, "-o", out],
                        ["pack", file.path, "--all-teams", "-o", out]] {
            await #expect(throws: ExitCode(1)) { try await run(command) }
        }
        #expect(try Self.files(under: work) == ["clash.yml"])
    }
}
