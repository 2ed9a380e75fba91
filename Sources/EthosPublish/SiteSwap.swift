import CEthosSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build stages a site and how it puts the site in place.
///
/// - **Beside** the target, when the folder above it may be written and no staging folder is
///   given: the staging folder `.NAME.ethos-staging-PID` and the lock `.NAME.ethos-lock` sit
///   beside the target, and the whole folder is exchanged with the new one in one step.
/// - **Inside** the target otherwise: the site is staged in `NAME/.ethos-staging-PID` (or in
///   `.NAME.ethos-staging-PID` inside the staging folder given, on the same file system), the
///   lock is `NAME/.ethos-lock`, and each top-level entry of the new site (a locale's folder,
///   `index.html`, `style.css` ...) is exchanged with the old one in one step
///   (`renameat2(RENAME_EXCHANGE)`), shared files first and the root page last; entries the
///   new site no longer has go last. Every page a reader gets is whole, old or new; only
///   between the first exchange and the last (microseconds) can a page of one build link
///   a top-level entry of the other (the other locale's folder, the stylesheet). A file
///   system that cannot exchange entries is refused before anything is changed.
struct SiteSwap {
    private let target: URL
    private let parent: URL
    /// The folder the staging folder is made in: the target's parent, the target, or the
    /// staging folder the caller gave.
    private let stagingRoot: URL
    private let inside: Bool
    /// The folder the new site is written into.
    let stagingFolder: URL

    init(target: URL, staging: URL?) throws {
        self.target = target
        parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        inside = staging != nil || access(parent.path, W_OK | X_OK) != 0
        if inside {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
                guard (try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)) != nil
                else { throw PublishError.parentNotWritable(target.path, parent.path) }
            } else if !isFolder.boolValue {
                throw PublishError.notAFolder(target.path)
            }
            guard access(target.path, W_OK | X_OK) == 0 else { throw PublishError.targetNotWritable(target.path) }
        }
        if let staging {
            try SiteBuilder.createFolder(staging)
            var stagingStatus = stat()
            var targetStatus = stat()
            guard stat(staging.path, &stagingStatus) == 0, stat(target.path, &targetStatus) == 0,
                  stagingStatus.st_dev == targetStatus.st_dev else {
                throw PublishError.stagingOnOtherFileSystem(staging.path, target.path)
            }
        }
        stagingRoot = staging ?? (inside ? target : parent)
        stagingFolder = stagingRoot.appendingPathComponent(Self.stagingPrefix(of: name, in: stagingRoot, target: target)
                                                           + "\(getpid())")
    }

    /// `.ethos-staging-` inside the target, `.NAME.ethos-staging-` elsewhere.
    private static func stagingPrefix(of name: String, in root: URL, target: URL) -> String {
        root == target ? ".ethos-staging-" : ".\(name).ethos-staging-"
    }

    /// Whether an entry of a target folder is the build's own (its lock or a staging folder),
    /// never part of the site.
    static func isOwn(_ entry: String) -> Bool {
        entry == FolderLock.insideName || entry.hasPrefix(".ethos-staging-")
    }

    /// Takes the target's lock.
    func lock() throws -> FolderLock {
        inside ? try FolderLock(inside: target) : try FolderLock(beside: target)
    }

    /// Removes the staging folders an interrupted build left. A build interrupted inside the
    /// fallback swap beside the target, after moving the old site aside and before moving the
    /// new one in, leaves no site at the target and the old one in `…-old`: that one is put
    /// back first.
    func removeLeftovers() {
        let name = target.lastPathComponent
        for root in Set([stagingRoot, target, inside ? target : parent]) {
            let prefix = Self.stagingPrefix(of: name, in: root, target: target)
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
                .filter { $0.hasPrefix(prefix) }
            if root == parent, !FileManager.default.fileExists(atPath: target.path),
               let old = entries.first(where: { $0.hasSuffix("-old") }) {
                _ = rename(root.appendingPathComponent(old).path, target.path)
            }
            for entry in entries where FileManager.default.fileExists(atPath: root.appendingPathComponent(entry).path) {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(entry))
            }
        }
    }

    /// Puts the staged site in place, removes what it replaced and flushes the change.
    func publish() throws {
        if inside { try exchangeEntries() } else { try exchangeFolder() }
        let changed = inside ? target : parent
        guard ethos_sync_folder(changed.path) == 0 else { throw PublishError.notFlushed(target.path, errno) }
    }

    /// Puts the staging folder at the target in one step and removes what was there.
    private func exchangeFolder() throws {
        guard FileManager.default.fileExists(atPath: target.path) else {
            guard rename(stagingFolder.path, target.path) == 0 else { throw PublishError.system("rename", target.path, errno) }
            return
        }
        if ethos_exchange_paths(stagingFolder.path, target.path) == 0 {
            FolderRemoval.remove(stagingFolder)
            return
        }
        // No atomic exchange on this file system: move the old site aside, then the new one in.
        let old = parent.appendingPathComponent(stagingFolder.lastPathComponent + "-old")
        guard rename(target.path, old.path) == 0 else { throw PublishError.system("rename", target.path, errno) }
        guard rename(stagingFolder.path, target.path) == 0 else {
            let code = errno
            _ = rename(old.path, target.path)
            throw PublishError.system("rename", target.path, code)
        }
        FolderRemoval.remove(old)
    }

    /// Exchanges each top-level entry of the staged site with the target's, then moves the
    /// target's entries the new site lacks into the staging folder, and removes that.
    private func exchangeEntries() throws {
        let fresh = ((try? FileManager.default.contentsOfDirectory(atPath: stagingFolder.path)) ?? [])
            .sorted(by: Self.publishedBefore)
        var exchanged = 0
        for entry in fresh {
            let (new, old) = (stagingFolder.appendingPathComponent(entry).path, target.appendingPathComponent(entry).path)
            var status = stat()
            if lstat(old, &status) != 0 {
                guard rename(new, old) == 0 else { throw PublishError.swapIncomplete(target.path, errno) }
            } else if ethos_exchange_paths(new, old) != 0 {
                let code = errno
                guard exchanged > 0 else { throw PublishError.noAtomicExchange(target.path, parent.path, code) }
                throw PublishError.swapIncomplete(target.path, code)
            }
            exchanged += 1
        }
        let kept = Set(fresh)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        where !kept.contains(entry) && !Self.isOwn(entry) {
            _ = rename(target.appendingPathComponent(entry).path, stagingFolder.appendingPathComponent(entry).path)
        }
        FolderRemoval.remove(stagingFolder)
    }

    /// The order entries go in: what pages load or link (the stylesheet, the search index,
    /// other files of the whole site) first, the locales' folders next, and the root page,
    /// the manifest and the marker last.
    private static func publishedBefore(_ first: String, _ second: String) -> Bool {
        func rank(_ entry: String) -> Int {
            switch entry {
            case "index.html": 3
            case SiteManifest.name, SiteBuilder.markerName: 4
            default: entry.contains(".") || entry == "pagefind" ? 1 : 2
            }
        }
        return (rank(first), first) < (rank(second), second)
    }
}
