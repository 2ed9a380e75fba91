import Foundation

/// A folder held open, for system calls by paths relative to it: a rebuild links and checks
/// every file of a site by its path inside the site, looked up from the site's folder rather
/// than from the root of the file system each time.
final class OpenFolder: Sendable {
    /// The folder's descriptor, open while this lives.
    let descriptor: Int32

    /// Opens the folder at `path`; `nil` when it cannot be opened as a folder.
    init?(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    /// Opens the folder `name` in `parent`; `nil` when it cannot be opened as a folder or is a
    /// symbolic link.
    init?(_ name: String, in parent: OpenFolder) {
        descriptor = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
    }

    deinit {
        close(descriptor)
    }
}

/// A site's folder and the folders in it, held open: a file is looked up by its name in its
/// own folder, one step instead of one for each folder on its path.
final class OpenSite: Sendable {
    /// The site's folder, ending in `/`, for the calls that take a whole path (a copy).
    let path: String
    /// Each open folder by its path inside the site; `""` for the site's own.
    private let folders: [String: OpenFolder]

    /// Opens the site at `path` and its `folders` (paths inside it, parents first), each in
    /// its parent; a folder that cannot be opened (a locale the site did not have, or a link
    /// someone put there: Ethos makes none) is left out with what is in it, and `nil` when
    /// the site's own cannot.
    init?(_ path: String, folders: [String]) {
        guard let root = OpenFolder(path) else { return nil }
        self.path = path.hasSuffix("/") ? path : path + "/"
        var open = ["": root]
        for folder in folders {
            let (parent, name) = Self.split(folder)
            open[folder] = open[parent].flatMap { OpenFolder(name, in: $0) }
        }
        self.folders = open
    }

    /// The open folder holding the file at `path` inside the site, that folder's path inside
    /// the site (`""` for the site's own) and the file's name in it; `nil` when that folder
    /// is not open.
    func locate(_ path: String) -> (folder: OpenFolder, path: String, name: String)? {
        let (folder, name) = Self.split(path)
        return folders[folder].map { ($0, folder, name) }
    }

    /// The path of the folder holding `path` (`""` for the site's own) and the name in it.
    private static func split(_ path: String) -> (folder: String, name: String) {
        // By bytes: a search by characters, three times for each of 16,000 files, cost as
        // much as the system calls it serves.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// The open folder at `folder`, a path inside the site (`""` for the site's own).
    subscript(folder folder: String) -> OpenFolder? {
        folders[folder]
    }
}
