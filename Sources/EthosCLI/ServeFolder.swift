import Foundation

/// The temporary folder `ethos serve` builds its site in, removed when it stops.
struct ServeFolder {
    /// The folder itself.
    let path: String

    /// Where the site is built inside it (the builder's staging folder and lock go beside it).
    var site: String { path + "/site" }

    /// Makes a new folder under the system's temporary folder; an error names it.
    init() throws(OutputError) {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-serve-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw OutputError(path: template, underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        path = String(cString: made)
    }

    /// Removes the folder and all it holds.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
