import EthosTestSupport
import Foundation
import Testing

/// `ethos build -o www/service` by a user who may write `www/service` but not `www/`: the site
/// is staged and locked inside the target. As root, whom permissions do not stop, the binary
/// runs as `nobody` (setpriv), so the folder above is read-only for it for real.
@Suite("Building where the folder above may not be written", .needsBuiltBinary)
struct ReadOnlyParentTests {
    static let source = repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Fixtures/four-locales.yml")

    /// A folder `www` the build may not write, holding `service` (made only when `makeTarget`),
    /// which it may; and a copy of the philosophy the build can read.
    func readOnlyParent(makeTarget: Bool = true) throws -> (www: URL, target: URL, philosophy: URL) {
        let folder = try temporaryFolder()
        let www = folder.appendingPathComponent("www")
        let target = www.appendingPathComponent("service")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let philosophy = folder.appendingPathComponent("philosophy.yml")
        try FileManager.default.copyItem(at: Self.source, to: philosophy)
        if makeTarget {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            if getuid() == 0 { chown(target.path, 65534, 65534) }
        }
        chmod(www.path, 0o555)
        return (www, target, philosophy)
    }

    /// Runs `ethos build` as a user who may not write `www`: `nobody` when the tests run as root.
    func buildAsUser(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        if getuid() == 0 {
            let result = try runBinary(["--reuid=65534", "--regid=65534", "--clear-groups", "--", builtBinary.path, "build"]
                                       + arguments, binary: URL(fileURLWithPath: "/usr/bin/setpriv"), capturing: .errors)
            return (result.status, result.output)
        }
        let result = try runBinary(["build"] + arguments, capturing: .errors)
        return (result.status, result.output)
    }

    @Test("the site is built and rebuilt inside the target, leaving nothing in the read-only folder above or of its own")
    func buildsInside() throws {
        let (www, target, philosophy) = try readOnlyParent()
        let first = try buildAsUser([philosophy.path, "-o", target.path])
        #expect(first.status == 0, "\(first.errors)")
        try Data(try String(contentsOf: philosophy, encoding: .utf8)
            .replacingOccurrences(of: "Advice in the shop.", with: "Advice in the shop and online.").utf8).write(to: philosophy)
        let second = try buildAsUser([philosophy.path, "-o", target.path])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.errors.contains("unchanged"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: www.path) == ["service"])
        let files = try snapshot(target)
        #expect(files.keys.contains("en/teams/sales.html"))
        #expect(String(decoding: files["en/teams/sales.html"]!, as: UTF8.self).contains("Advice in the shop and online."))
        #expect(!files.keys.contains { $0.contains(".ethos-staging") || $0.contains(".ethos-lock") })
    }

    @Test("a target that does not exist under a read-only folder is a clear error saying what to do")
    func missingTarget() throws {
        let (www, target, philosophy) = try readOnlyParent(makeTarget: false)
        let result = try buildAsUser([philosophy.path, "-o", target.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("error: cannot create \(target.path): you may not write to \(www.path)"))
        #expect(result.errors.contains("get write access to \(www.path)"))
    }

    @Test("a staging folder on another file system is refused, naming both")
    func stagingElsewhere() throws {
        var (tmp, shm) = (stat(), stat())
        guard stat(NSTemporaryDirectory(), &tmp) == 0, stat("/dev/shm", &shm) == 0, tmp.st_dev != shm.st_dev else { return }
        let folder = try temporaryFolder()
        let staging = "/dev/shm/ethos-staging-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let target = folder.appendingPathComponent("site").path
        let result = try runBinary(["build", Self.source.path, "-o", target, "--staging", staging], capturing: .errors)
        #expect(result.status == 1)
        #expect(result.output.contains("--staging \(staging) is on another file system than \(target)"))
    }
}

/// `ethos build --search` and `--no-search`, with and without a Pagefind to run.
@Suite("Build options for search", .needsBuiltBinary)
struct SearchOptionTests {
    /// Runs `ethos build` with `ETHOS_PAGEFIND` set to `pagefind`; its exit status and errors.
    func build(_ arguments: [String], pagefind: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = builtBinary
        process.arguments = ["build", "Examples/nextiva.yml"] + arguments
        process.currentDirectoryURL = repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["ETHOS_PAGEFIND": pagefind]) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("--search without a Pagefind is a usage error saying how to get one, and writes nothing")
    func searchWithoutPagefind() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let result = try build(["-o", site.path, "--search"], pagefind: "/nonexistent/pagefind")
        #expect(result.status == 2)
        #expect(result.errors.contains("error: --search needs Pagefind, which was not found"))
        #expect(result.errors.contains("pip install pagefind-bin"))
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test("without Pagefind the site has no search box; --no-search leaves it out even when Pagefind is there")
    func noSearch() throws {
        let folder = try temporaryFolder()
        let failing = folder.appendingPathComponent("pagefind")
        try Data("#!/bin/sh\nexit 1\n".utf8).write(to: failing)
        chmod(failing.path, 0o755)
        for (arguments, pagefind) in [([String](), "/nonexistent/pagefind"), (["--no-search"], failing.path)] {
            let site = folder.appendingPathComponent("site-\(arguments.count)")
            let result = try build(["-o", site.path, "--quiet"] + arguments, pagefind: pagefind)
            #expect(result.status == 0, "\(result.errors)")
            let files = try snapshot(site)
            #expect(!files.keys.contains { $0.hasPrefix("pagefind/") })
            #expect(files.filter { $0.key.hasSuffix(".html") }.allSatisfy { !String(decoding: $0.value, as: UTF8.self).contains("<script") })
        }
    }
}
