import Foundation

/// The built site's folder, as the preview serves it: only regular files inside it, found by
/// a request path. A path with `..`, `.` or a hidden name (the build's marker and staging
/// folders) names nothing, and neither does a symbolic link that leads out of the folder.
struct SiteFolder: Sendable {
    /// The folder's path.
    let root: String

    /// What a request path names.
    enum Lookup: Equatable {
        /// A file: its path on disk.
        case file(String)
        /// A folder asked for without its final `/`: relative links in its `index.html` need
        /// the slash, so the request is sent there.
        case folder(redirect: String)
        /// Nothing the site holds.
        case none
    }

    /// What `requestPath` (the URL's path, decoded) names: `/` and folders stand for their
    /// `index.html`; a file asked for as a folder (`kpis.html/`) is nothing.
    func lookup(_ requestPath: String) -> Lookup {
        let names = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        guard names.allSatisfy(Self.isPlainName) else { return .none }
        var path = ([root] + names.map(String.init)).joined(separator: "/")
        let asFolder = requestPath.isEmpty || requestPath.hasSuffix("/")
        if isFolder(path) {
            guard asFolder else { return .folder(redirect: requestPath + "/") }
            path += "/index.html"
        } else if asFolder {
            return .none
        }
        guard let resolved = Self.resolved(path), let base = Self.resolved(root), resolved.hasPrefix(base + "/"),
              isRegularFile(resolved) else { return .none }
        return .file(resolved)
    }

    /// Whether the request path `path` names an HTML page rather than another file: pages are
    /// what the problems page stands in for.
    static func isPage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return path.hasSuffix("/") || last.lowercased().hasSuffix(".html") || !last.contains(".")
    }

    private static func isPlainName(_ name: Substring) -> Bool {
        !name.hasPrefix(".") && !name.contains("\0") && !name.contains("\\")
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    private func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }
}
