import Foundation

/// Removes a replaced site's folder, its top-level entries on all cores at once: a site of
/// thousands of pages in a few locale folders comes down in a fraction of the time one
/// thread takes. What cannot be removed is left; the next build removes leftovers.
enum FolderRemoval {
    static func remove(_ folder: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entries[index]))
        }
        try? FileManager.default.removeItem(at: folder)
    }
}
