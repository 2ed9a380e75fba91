import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The record a build leaves in the site (`.ethos-manifest`) of what each file was made
/// from: one line per file, `KEY SIZE PATH`, in the order of the renderer's jobs, so the same
/// site gives the same bytes. The next build into the same folder takes a file from it
/// unrendered when its key is the same and the file still has its size.
struct SiteManifest {
    /// The file's name inside the site.
    static let name = ".ethos-manifest"
    private static let header = "ethos-manifest 1"

    /// The key and size of each file, by path.
    private(set) var entries: [String: (key: String, size: Int)] = [:]
    private var lines: [String] = []

    /// An empty manifest.
    init() {}

    /// The manifest of the site in `folder`; an empty one when it is missing, of another
    /// version or damaged, so the build renders every page.
    init(readingFrom folder: String) {
        guard let data = FileManager.default.contents(atPath: folder + Self.name),
              let text = String(data: data, encoding: .utf8) else { return }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header), lines.last == "" else { return }
        lines.removeFirst()
        lines.removeLast()
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, fields[0].count == 32, let size = Int(fields[1]), size >= 0 else {
                entries = [:]
                return
            }
            entries[String(fields[2])] = (String(fields[0]), size)
        }
    }

    /// Records that the file at `path` of `size` bytes was made from `key`.
    mutating func add(path: String, key: String, size: Int) {
        lines.append("\(key) \(size) \(path)")
    }

    /// The manifest's bytes.
    var data: Data {
        Data((([Self.header] + lines).joined(separator: "\n") + "\n").utf8)
    }

    /// The sizes of the files at `paths` in the previous site (`folder`, ending in `/`), when
    /// each is recorded with `key`, is still a regular file (not a link someone put there) and
    /// still has the size recorded; else `nil`.
    func unchanged(_ paths: [String], key: String, in folder: String) -> [Int]? {
        var sizes: [Int] = []
        for path in paths {
            var status = stat()
            guard let entry = entries[path], entry.key == key, lstat(folder + path, &status) == 0,
                  (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == entry.size else { return nil }
            sizes.append(entry.size)
        }
        return sizes
    }
}
