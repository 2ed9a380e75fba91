import CEthosSystem
import EthosRender
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a site to a folder so that readers and an interrupted build always find a complete
/// site: the previous one or the new one.
///
/// The site is written into a hidden folder beside the target, flushed to the disk, and
/// swapped in with one rename (an atomic exchange where the system has one), so not even a
/// power cut leaves a half-written site. A lock beside the target keeps two builds from
/// writing at once. A folder Ethos did not make (one without its `.ethos-site` marker)
/// is replaced only when forced. Leftovers of an interrupted build are removed by the next.
public struct SiteBuilder: Sendable {
    /// What a build wrote.
    public struct Summary: Sendable, Equatable {
        /// HTML pages written.
        public let pages: Int
        /// Files written, pages included.
        public let files: Int
        /// Bytes written.
        public let bytes: Int

        /// Creates a summary.
        public init(pages: Int, files: Int, bytes: Int) {
            self.pages = pages
            self.files = files
            self.bytes = bytes
        }
    }

    /// The file that marks a folder as a site Ethos built.
    public static let markerName = ".ethos-site"

    private let renderer: SiteRenderer

    /// A builder for the site `renderer` describes.
    public init(renderer: SiteRenderer) {
        self.renderer = renderer
    }

    /// Builds the site into `directory`, replacing what is there only if Ethos built it or
    /// `force` is set. With `sources`, also writes the Markdown of every HTML page there, by
    /// the page's path with `.md` (for wikis, other site generators, or review). `progress` is
    /// called with files done and files in all, from any thread.
    public func build(into directory: String, force: Bool = false, sources: String? = nil,
                      progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let name = target.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else { throw PublishError.badTarget(directory) }
        let parent = target.deletingLastPathComponent()
        try Self.createFolder(parent)
        let lock = try FolderLock(beside: target)
        defer { lock.release() }
        Self.removeLeftovers(of: name, in: parent)
        try checkTarget(target, force: force)
        let sourcesFolder = sources.map { URL(fileURLWithPath: $0) }
        if let sourcesFolder {
            for path in [""] + renderer.folders { try Self.createFolder(sourcesFolder.appendingPathComponent(path)) }
        }

        let staging = parent.appendingPathComponent(".\(name).ethos-staging-\(getpid())")
        try Self.createFolder(staging)
        var isFolder: ObjCBool = false
        let previous = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) && isFolder.boolValue
            ? target : nil
        do {
            let summary = try write(into: staging, for: target, reusing: previous, sources: sourcesFolder,
                                    progress: progress)
            // One flush of the file system for all files, before they are published: writing
            // each file with fsync cost seconds on large sites.
            guard ethos_sync_file_system(staging.path) == 0 else {
                throw PublishError.system("flush", target.path, errno)
            }
            try swap(staging, into: target)
            guard ethos_sync_folder(parent.path) == 0 else { throw PublishError.notFlushed(target.path, errno) }
            return summary
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    private func checkTarget(_ target: URL, force: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw PublishError.notAFolder(target.path) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        if !contents.isEmpty, !contents.contains(Self.markerName), !force {
            throw PublishError.foreignFolder(target.path)
        }
    }

    /// Renders every file into `folder`, in parallel on all cores. A file whose bytes equal
    /// the same file in `previous` (the site being replaced) is hard-linked to it instead of
    /// written: unchanged pages keep their time stamps, so web caches and syncs skip them,
    /// and a rebuild allocates no new files for them. A file that cannot be written is named
    /// by its place in `target`, where the reader looks for it.
    private func write(into folder: URL, for target: URL, reusing previous: URL?, sources: URL?,
                       progress: @escaping @Sendable (Int, Int) -> Void) throws -> Summary {
        for path in renderer.folders { try Self.createFolder(folder.appendingPathComponent(path)) }
        let jobs = renderer.jobs
        // Plain string paths: Foundation's URL appending costs more than writing a small file.
        let (folderPath, previousPath, sourcesPath) = (folder.path + "/", previous.map { $0.path + "/" },
                                                       sources.map { $0.path + "/" })
        let tally = Tally(total: jobs.reduce(0) { $0 + $1.paths.count }, progress: progress)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            for file in renderer.render(job) {
                let (path, data) = (file.path, file.data)
                let staged = folderPath + path
                do {
                    if let sourcesPath, let markdown = file.markdown {
                        try PlainFile.write(Data(markdown.utf8), to: sourcesPath + path.dropLast(".html".count) + ".md")
                    }
                    if let previousPath, PlainFile.holds(previousPath + path, data), link(previousPath + path, staged) == 0 {
                        tally.add(bytes: data.count, isPage: path.hasSuffix(".html"))
                        continue
                    }
                    try PlainFile.write(data, to: staged)
                    tally.add(bytes: data.count, isPage: path.hasSuffix(".html"))
                } catch let PublishError.system(call, written, code) where written == staged {
                    tally.fail(PublishError.system(call, target.appendingPathComponent(path).path, code))
                } catch {
                    tally.fail(error)
                }
            }
        }
        if let failure = tally.failure { throw failure }
        let marker = Data("Built by ethos. The whole folder is replaced on each build.\n".utf8)
        try PlainFile.write(marker, to: folder.appendingPathComponent(Self.markerName).path)
        return Summary(pages: tally.pages, files: tally.files, bytes: tally.bytes)
    }

    /// Puts `staging` at `target` in one step and removes what was there.
    private func swap(_ staging: URL, into target: URL) throws {
        guard FileManager.default.fileExists(atPath: target.path) else {
            guard rename(staging.path, target.path) == 0 else { throw PublishError.system("rename", target.path, errno) }
            return
        }
        if ethos_exchange_paths(staging.path, target.path) == 0 {
            try? FileManager.default.removeItem(at: staging)
            return
        }
        // No atomic exchange on this file system: move the old site aside, then the new one in.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
        guard rename(target.path, old.path) == 0 else { throw PublishError.system("rename", target.path, errno) }
        guard rename(staging.path, target.path) == 0 else {
            let code = errno
            _ = rename(old.path, target.path)
            throw PublishError.system("rename", target.path, code)
        }
        try? FileManager.default.removeItem(at: old)
    }

    /// Removes the staging folders an interrupted build left beside the target. A build
    /// interrupted inside the fallback swap, after moving the old site aside and before moving
    /// the new one in, leaves no site at the target and the old one in `…-old`: that one is
    /// put back first.
    static func removeLeftovers(of name: String, in parent: URL) {
        let prefix = ".\(name).ethos-staging-"
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(prefix) }
        let target = parent.appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: target.path), let old = entries.first(where: { $0.hasSuffix("-old") }) {
            _ = rename(parent.appendingPathComponent(old).path, target.path)
        }
        for entry in entries where FileManager.default.fileExists(atPath: parent.appendingPathComponent(entry).path) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    private static func createFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw PublishError.cannotWrite(url.path, error)
        }
    }
}

/// Counts what the writers wrote and remembers the first failure, from many threads.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let progress: @Sendable (Int, Int) -> Void
    private(set) var files = 0
    private(set) var pages = 0
    private(set) var bytes = 0
    private(set) var failure: Error?

    init(total: Int, progress: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.progress = progress
    }

    func add(bytes count: Int, isPage: Bool) {
        lock.lock()
        defer { lock.unlock() }
        files += 1
        bytes += count
        if isPage { pages += 1 }
        if files == total || files % 64 == 0 { progress(files, total) }
    }

    func fail(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = error }
    }
}
