import Foundation

/// Finds the Chromium a ``PDFPrinter`` runs.
enum Chromium {
    /// The names Chromium is installed under, in the order they are looked for on the `PATH`.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The executable at `path`, or the first of ``names`` on `searchPath` (a `PATH` value).
    static func locate(_ path: String?, searchPath: String? = ProcessInfo.processInfo.environment["PATH"])
        throws(PDFError) -> String {
        if let path {
            guard isExecutableFile(path) else { throw .engineNotFound(path: path) }
            return path
        }
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if isExecutableFile(candidate) { return candidate }
            }
        }
        throw .noEngine(searched: names)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
