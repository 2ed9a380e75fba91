import EthosTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A running `ethos serve` (the built binary) of a copy of a philosophy file, on a port the
/// system picks, with a temporary folder of its own so a test can see it removed.
final class ServedSite {
    /// The test's folder: the philosophy as `philosophy.yml`, and `tmp/` as the server's
    /// temporary folder.
    let folder: URL
    /// The philosophy file the server watches.
    let file: URL
    /// Where the server said it serves.
    let url: URL
    private let process: Process
    private let output: CollectedOutput

    /// What the server's temporary folder holds: its build folder while it runs.
    var temporaryContents: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tmp").path)) ?? []
    }

    /// The port it listens on.
    var port: UInt16 { UInt16(url.port ?? 0) }

    /// Starts `ethos serve` on a copy of `example` (with `appended` at its end) and
    /// `arguments`; waits until it says where it serves.
    init(copying example: String = "Examples/nextiva.yml", appending appended: String = "", arguments: [String] = []) throws {
        folder = try temporaryFolder()
        file = folder.appendingPathComponent("philosophy.yml")
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(example), encoding: .utf8)
        try Data((text + appended).utf8).write(to: file)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        (process, output) = try Self.start(["serve", file.path, "--port", "0"] + arguments, in: folder)
        guard let line = output.waitForLine(containing: "Serving "),
              let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
              let url = URL(string: String(address)) else {
            process.terminate()
            throw ServeTestError("ethos serve did not say where it serves: \(output.text)")
        }
        self.url = url
    }

    /// Runs the binary with its temporary folder in `folder`/tmp, collecting its standard output.
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, CollectedOutput) {
        let process = Process()
        process.executableURL = builtBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.appendingPathComponent("tmp").path
        process.environment = environment
        let pipe = Pipe()
        let output = CollectedOutput()
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    /// Rewrites the philosophy file with `change` applied to its text.
    func edit(_ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(change(text).utf8).write(to: file)
    }

    /// The status, body and Content-Type of the file at `path`.
    func fetch(_ path: String) async throws -> (status: Int, body: String, type: String?) {
        guard let target = path.isEmpty ? url : URL(string: path, relativeTo: url) else { throw ServeTestError("bad path \(path)") }
        let (data, response) = try await URLSession.shared.data(from: target)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, String(decoding: data, as: UTF8.self), http?.value(forHTTPHeaderField: "Content-Type"))
    }

    /// Fetches `path` until its body holds `text` or `seconds` pass; the time it took, or `nil`.
    func waitFor(_ text: String, at path: String, within seconds: Double) async throws -> Duration? {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < .seconds(seconds) {
            if try await fetch(path).body.contains(text) { return clock.now - start }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Sends `signal` and waits for the server to end; its exit status.
    @discardableResult
    func stop(with signal: Int32 = SIGTERM) -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A process's output as it comes, from the pipe's thread.
final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.withLock { data.append(more) }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// The first line holding `text`, waiting up to two minutes (a debug build of a large
    /// site is slow); `nil` if none came.
    func waitForLine(containing text: String) -> String? {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let line = self.text.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
