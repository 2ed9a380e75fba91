import CEthosSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pagefind, the static search indexer (`pip install pagefind-bin`), which `ethos build` runs
/// on the staged site before it is swapped in, so the index and the pages always match.
public struct Pagefind: Sendable {
    /// The executable.
    public let executable: String

    /// Pagefind at `executable`.
    public init(executable: String) {
        self.executable = executable
    }

    /// Pagefind where it is found first: `ETHOS_PAGEFIND`; `pagefind` in a folder of `PATH`;
    /// then the `pagefind_bin/pagefind` of the `pagefind-bin` wheel in a Python
    /// `site-packages` folder beside a folder of `PATH` (`DIR/../lib/python3.*/site-packages`,
    /// as in a virtual environment), in pyenv's versions, the user's
    /// (`~/.local/lib/python3.*`) and the system's (`/usr/local/lib/python3.*`,
    /// `/usr/lib/python3/dist-packages`). Python itself is not run. `nil` when none is found.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pagefind? {
        if let path = environment["ETHOS_PAGEFIND"], !path.isEmpty {
            return isExecutable(path) ? Pagefind(executable: path) : nil
        }
        return candidates(environment: environment).first(where: isExecutable).map(Pagefind.init)
    }

    /// The places ``locate(environment:)`` looks, in order, after `ETHOS_PAGEFIND`.
    static func candidates(environment: [String: String]) -> [String] {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let pyenv = environment["PYENV_ROOT"] ?? home + "/.pyenv"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: pyenv + "/versions")) ?? []).sorted()
        let prefixes = folders.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            + versions.map { "\(pyenv)/versions/\($0)" } + [home + "/.local", "/usr/local", "/usr"]
        let wheel = "pagefind_bin/pagefind"
        return folders.map { $0 + "/pagefind" }
            + prefixes.flatMap { prefix in
                let lib = prefix + "/lib"
                return ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []).sorted()
                    .filter { $0.hasPrefix("python3") }
                    .flatMap { ["\(lib)/\($0)/site-packages/\(wheel)", "\(lib)/\($0)/dist-packages/\(wheel)"] }
            }
            + ["/usr/lib/python3/dist-packages/\(wheel)"]
    }

    /// Indexes the HTML pages of the site in `folder` into `folder/pagefind/`: the parts of
    /// each page marked `data-pagefind-body`, each language (the page's `lang`) apart. The
    /// index's entry file lists the languages sorted, so two builds of one site give the
    /// same bytes. Pagefind dies with the build: a build killed while it indexes leaves no
    /// Pagefind writing into the staging folder the next build removes.
    func index(_ folder: URL) throws {
        // Standard error into a temporary file, read when Pagefind has ended: a pipe it could
        // fill would block it while this waits for it. A file of its own for each run (mkstemp):
        // two builds in one process (the tests, a server) must not read or remove each other's.
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("ethos-pagefind-XXXXXX").path.utf8CString)
        let descriptor = mkstemp(&template)
        let log = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw PublishError.system("create", log, errno) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        defer {
            close(descriptor)
            unlink(log)
        }
        let arguments = [executable, "--site", folder.path, "--silent"]
        var pointers = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        let status = ethos_run_tied(executable, &pointers, descriptor)
        guard status >= 0 else { throw PublishError.searchIndex(executable, String(cString: strerror(errno))) }
        guard status == 0 else {
            let message = String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
            let last = message.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " ")
            throw PublishError.searchIndex(executable, (status == 127 ? "not started" : "exit \(status)")
                                           + (last.isEmpty ? "" : ": \(last)"))
        }
        try sortEntry(folder.appendingPathComponent("pagefind/pagefind-entry.json"))
    }

    /// Rewrites Pagefind's entry file with its keys sorted: Pagefind lists the languages in
    /// the order of a hash map, which changes from run to run.
    private func sortEntry(_ entry: URL) throws {
        guard let data = FileManager.default.contents(atPath: entry.path),
              let json = try? JSONSerialization.jsonObject(with: data),
              let sorted = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])
        else { throw PublishError.searchIndex(executable, "no readable \(entry.lastPathComponent) was written") }
        try PlainFile.write(sorted, to: entry.path)
    }

    private static func isExecutable(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
