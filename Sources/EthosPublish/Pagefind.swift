import Foundation

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
    /// same bytes.
    func index(_ folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--site", folder.path, "--silent"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PublishError.searchIndex(executable, "\(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last = message.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " ")
            throw PublishError.searchIndex(executable, "exit \(process.terminationStatus)" + (last.isEmpty ? "" : ": \(last)"))
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
