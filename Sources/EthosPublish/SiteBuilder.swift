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
/// The site is written into a hidden staging folder beside the target, flushed to the disk,
/// and swapped in with one rename (an atomic exchange where the system has one), so not even
/// a power cut leaves a half-written site. When the folder above the target may not be
/// written, or with a staging folder of the caller's, the site is staged inside the target
/// (or there) and swapped in entry by entry, each top-level file and folder in one step (see
/// `SiteSwap`). A lock keeps two builds from writing at once. A folder Ethos did not make
/// (one without its `.ethos-site` marker) is replaced only when forced. Leftovers of an
/// interrupted build are removed by the next.
///
/// A rebuild renders only the pages whose inputs changed: the site records each file's
/// input key (`SiteRenderer.inputKeys()`) in `.ethos-manifest`, and a file whose key is
/// unchanged is hard-linked from the previous site (copied where that is refused) instead of
/// rendered.
public struct SiteBuilder: Sendable {
    /// What a build wrote.
    public struct Summary: Sendable, Equatable {
        /// HTML pages written.
        public let pages: Int
        /// Files written, pages included.
        public let files: Int
        /// Bytes written.
        public let bytes: Int
        /// Files taken from the previous build unrendered, their inputs unchanged.
        public let reused: Int

        /// Files rendered: those not reused.
        public var rendered: Int { files - reused }

        /// Creates a summary.
        public init(pages: Int, files: Int, bytes: Int, reused: Int = 0) {
            self.pages = pages
            self.files = files
            self.bytes = bytes
            self.reused = reused
        }
    }

    /// The file that marks a folder as a site Ethos built.
    public static let markerName = ".ethos-site"

    /// The file that records what each file of the site was made from.
    public static let manifestName = SiteManifest.name

    private let renderer: SiteRenderer

    /// A builder for the site `renderer` describes.
    public init(renderer: SiteRenderer) {
        self.renderer = renderer
    }

    /// Builds the site into `directory`, replacing what is there only if Ethos built it or
    /// `force` is set. With `sources`, also writes the Markdown of every HTML page there, by
    /// the page's path with `.md` (for wikis, other site generators, or review), and renders
    /// every page. With `staging`, a folder on the same file system as `directory`, the site
    /// is staged there and swapped into `directory` entry by entry. With `search`, Pagefind
    /// indexes the staged site before it is swapped in (the renderer must have been made with
    /// `search`, so the pages have a search box). `progress` is called with files done and
    /// files in all, from any thread.
    public func build(into directory: String, force: Bool = false, sources: String? = nil, staging: String? = nil,
                      search: Pagefind? = nil, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let name = target.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else { throw PublishError.badTarget(directory) }
        let parent = target.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: parent.path) { try Self.createFolder(parent) }
        let swap = try SiteSwap(target: target, staging: staging.map { URL(fileURLWithPath: $0).standardizedFileURL })
        let lock = try swap.lock()
        defer { lock.release() }
        try checkTarget(target, force: force)
        swap.removeLeftovers()
        let sourcesFolder = sources.map { URL(fileURLWithPath: $0) }
        if let sourcesFolder {
            for path in [""] + renderer.folders { try Self.createFolder(sourcesFolder.appendingPathComponent(path)) }
        }

        let staged = swap.stagingFolder
        try Self.createFolder(staged)
        var isFolder: ObjCBool = false
        let previous = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) && isFolder.boolValue
            ? target : nil
        do {
            let summary = try write(into: staged, for: target, reusing: previous, sources: sourcesFolder,
                                    progress: progress)
            try search?.index(staged)
            // One flush of the file system for all files, before they are published: writing
            // each file with fsync cost seconds on large sites.
            guard ethos_sync_file_system(staged.path) == 0 else {
                throw PublishError.system("flush", target.path, errno)
            }
            try swap.publish()
            return summary
        } catch {
            try? FileManager.default.removeItem(at: staged)
            throw error
        }
    }

    private func checkTarget(_ target: URL, force: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw PublishError.notAFolder(target.path) }
        let contents = ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? [])
            .filter { !SiteSwap.isOwn($0) }
        if !contents.isEmpty, !contents.contains(Self.markerName), !force {
            throw PublishError.foreignFolder(target.path)
        }
    }

    /// Renders every file into `folder`, in parallel on all cores. A file whose inputs are
    /// those the previous site (`previous`, the site being replaced) recorded for it in its
    /// manifest is hard-linked to it without rendering; so is a rendered file whose bytes
    /// equal the previous one's. Unchanged pages keep their time stamps, so web caches and
    /// syncs skip them, and a rebuild allocates no new files for them. A file that cannot be
    /// written is named by its place in `target`, where the reader looks for it.
    private func write(into folder: URL, for target: URL, reusing previous: URL?, sources: URL?,
                       progress: @escaping @Sendable (Int, Int) -> Void) throws -> Summary {
        for path in renderer.folders { try Self.createFolder(folder.appendingPathComponent(path)) }
        let jobs = renderer.jobs
        let keys = renderer.inputKeys()
        // Plain string paths: Foundation's URL appending costs more than writing a small file.
        let (folderPath, previousPath, sourcesPath) = (folder.path + "/", previous.map { $0.path + "/" },
                                                       sources.map { $0.path + "/" })
        // With --sources every page is rendered: its Markdown is written only then.
        let manifest = previousPath.flatMap { sources == nil ? SiteManifest(readingFrom: $0) : nil }
        let previousSite = previousPath.flatMap { OpenSite($0, folders: renderer.folders) }
        let stagedSite = OpenSite(folderPath, folders: renderer.folders)
        let tally = Tally(jobs: jobs.count, total: jobs.reduce(0) { $0 + $1.paths.count }, progress: progress)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            if let previousSite, let stagedSite, let sizes = manifest?.unchanged(job.paths, key: keys[index], in: previousSite),
               Self.reuse(job.paths, from: previousSite, into: stagedSite) {
                for (path, size) in zip(job.paths, sizes) { tally.add(bytes: size, isPage: path.hasSuffix(".html"), reused: true) }
                tally.record(sizes, of: index)
                return
            }
            var sizes: [Int] = []
            for file in renderer.render(job) {
                let (path, data) = (file.path, file.data)
                let staged = folderPath + path
                sizes.append(data.count)
                do {
                    if let sourcesPath, let markdown = file.markdown {
                        try PlainFile.write(Data(markdown.utf8), to: sourcesPath + path.dropLast(".html".count) + ".md")
                    }
                    // Only from a folder of the last site itself, never through a link put there.
                    if let previousSite, let stagedSite, previousSite.locate(path) != nil,
                       PlainFile.holds(previousSite.path + path, data), Self.hardLink(path, from: previousSite, into: stagedSite) {
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
            tally.record(sizes, of: index)
        }
        if let failure = tally.failure { throw failure }
        var record = SiteManifest()
        for (index, job) in jobs.enumerated() {
            for (path, size) in zip(job.paths, tally.sizes[index]) { record.add(path: path, key: keys[index], size: size) }
        }
        try PlainFile.write(record.data, to: folderPath + SiteManifest.name)
        let marker = Data("Built by ethos. The whole folder is replaced on each build.\n".utf8)
        try PlainFile.write(marker, to: folder.appendingPathComponent(Self.markerName).path)
        return Summary(pages: tally.pages, files: tally.files, bytes: tally.bytes, reused: tally.reused)
    }

    /// Puts the previous site's files at `paths` into the staging folder unrendered: a hard
    /// link, or a copy where the system refuses one (another owner's file under
    /// `fs.protected_hardlinks`). `false` when a file could be neither, so the job is rendered.
    private static func reuse(_ paths: [String], from previous: OpenSite, into site: OpenSite) -> Bool {
        for path in paths where !hardLink(path, from: previous, into: site) {
            guard let data = FileManager.default.contents(atPath: previous.path + path),
                  (try? PlainFile.write(data, to: site.path + path)) != nil else {
                for path in paths { unlink(site.path + path) }
                return false
            }
        }
        return true
    }

    /// Links the file at `path` in `previous` to the same path in `site`; `false` when it
    /// could not.
    private static func hardLink(_ path: String, from previous: OpenSite, into site: OpenSite) -> Bool {
        guard let (from, folder, name) = previous.locate(path), let into = site[folder: folder] else { return false }
        return linkat(from.descriptor, name, into.descriptor, name, 0) == 0
    }

    static func createFolder(_ url: URL) throws {
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
    private(set) var reused = 0
    /// The sizes of each job's files, by the job's index, for the manifest.
    private(set) var sizes: [[Int]]
    private(set) var failure: Error?

    init(jobs: Int, total: Int, progress: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.progress = progress
        sizes = Array(repeating: [], count: jobs)
    }

    func add(bytes count: Int, isPage: Bool, reused isReused: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        files += 1
        bytes += count
        if isPage { pages += 1 }
        if isReused { reused += 1 }
        if files == total || files % 64 == 0 { progress(files, total) }
    }

    func record(_ sizes: [Int], of job: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.sizes[job] = sizes
    }

    func fail(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = error }
    }
}
