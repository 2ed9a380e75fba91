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
    /// The lines written so far, header first, as bytes: a site has a line for each of
    /// thousands of files, and joining that many strings took longer than writing them.
    private var written = Array("\(SiteManifest.header)\n".utf8)

    /// An empty manifest.
    init() {}

    /// The manifest of the site in `folder`; an empty one when it is missing, of another
    /// version or damaged, so the build renders every page.
    init(readingFrom folder: String) {
        // Split as bytes: splitting 16,000 lines of text by characters took longer than
        // linking the files they list.
        guard let data = FileManager.default.contents(atPath: folder + Self.name) else { return }
        var lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.first.map({ String(decoding: $0, as: UTF8.self) }) == Self.header, lines.last?.isEmpty == true
        else { return }
        lines.removeFirst()
        lines.removeLast()
        var entries: [String: (key: String, size: Int)] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            guard fields.count == 3, fields[0].count == 32,
                  let size = Int(String(decoding: fields[1], as: UTF8.self)), size >= 0 else { return }
            entries[String(decoding: fields[2], as: UTF8.self)] = (String(decoding: fields[0], as: UTF8.self), size)
        }
        self.entries = entries
    }

    /// Records that the file at `path` of `size` bytes was made from `key`.
    mutating func add(path: String, key: String, size: Int) {
        written += key.utf8
        written.append(UInt8(ascii: " "))
        written += String(size).utf8
        written.append(UInt8(ascii: " "))
        written += path.utf8
        written.append(UInt8(ascii: "\n"))
    }

    /// The manifest's bytes.
    var data: Data {
        Data(written)
    }

    /// The sizes of the files at `paths` in the previous site (`site`), when each is
    /// recorded with `key`, is still a regular file (not a link someone put there) and still
    /// has the size recorded; else `nil`.
    func unchanged(_ paths: [String], key: String, in site: OpenSite) -> [Int]? {
        var sizes: [Int] = []
        for path in paths {
            var status = stat()
            guard let entry = entries[path], entry.key == key, let (folder, _, name) = site.locate(path),
                  fstatat(folder.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0,
                  (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == entry.size else { return nil }
            sizes.append(entry.size)
        }
        return sizes
    }
}
