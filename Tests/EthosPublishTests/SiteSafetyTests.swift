import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

@Suite("Replacing a site safely")
struct SiteSafetyTests {
    let renderer = SiteRenderer(philosophy: try! loadPhilosophy("Examples/nextiva.yml"), templates: templates)

    @Test("a folder ethos did not build is refused unless forced")
    func foreignFolder() throws {
        let folder = try temporaryFolder()
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: PublishError.self) { try SiteBuilder(renderer: renderer).build(into: folder.path) }
        #expect(try snapshot(folder) == ["notes.txt": Data("mine".utf8)])
        _ = try SiteBuilder(renderer: renderer).build(into: folder.path, force: true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("en/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }

    @Test("an empty folder, a new folder and an earlier site are fine; a file is refused")
    func targets() throws {
        let parent = try temporaryFolder()
        _ = try SiteBuilder(renderer: renderer).build(into: parent.path)
        _ = try SiteBuilder(renderer: renderer).build(into: parent.path)
        _ = try SiteBuilder(renderer: renderer).build(into: parent.appendingPathComponent("new/site").path)
        let file = parent.appendingPathComponent("file.html")
        try Data().write(to: file)
        #expect(throws: PublishError.self) { try SiteBuilder(renderer: renderer).build(into: file.path) }
    }

    @Test("a rebuild replaces the site whole and removes what an interrupted build left")
    func leftovers() throws {
        let parent = try temporaryFolder()
        let site = parent.appendingPathComponent("site")
        _ = try SiteBuilder(renderer: renderer).build(into: site.path)
        try Data("stale".utf8).write(to: site.appendingPathComponent("en/stale.html"))
        let leftover = parent.appendingPathComponent(".site.ethos-staging-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        let summary = try SiteBuilder(renderer: renderer).build(into: site.path)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("en/stale.html").path))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(try snapshot(site).count == summary.files + 2)  // the marker and the manifest
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["site"])
    }

    @Test("a second build into the same folder at the same time is refused with a clear message")
    func locked() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let lock = try FolderLock(beside: site)
        defer { lock.release() }
        let error = try #require(throws: PublishError.self) { try SiteBuilder(renderer: renderer).build(into: site.path) }
        #expect(error.description == "another ethos build is writing \(site.path); wait for it to finish")
    }

    @Test("the summary counts pages, files and bytes")
    func summary() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let summary = try SiteBuilder(renderer: renderer).build(into: site.path)
        let files = try snapshot(site).filter { $0.key != SiteBuilder.markerName && $0.key != SiteBuilder.manifestName }
        #expect(summary.files == files.count)
        #expect(summary.pages == files.keys.filter { $0.hasSuffix(".html") }.count)
        #expect(summary.bytes == files.values.reduce(0) { $0 + $1.count })
    }

    @Test("a rebuild keeps unchanged files as they were (same file, same time stamp) and writes changed ones anew")
    func unchangedFilesKept() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: renderer).build(into: site.path)
        func inode(_ path: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.systemFileNumber]
                as? NSNumber)?.intValue ?? -1
        }
        let before = (try inode("en/teams/support.html"), try inode("en/index.html"))
        var changed = try loadPhilosophy("Examples/nextiva.yml")
        changed.vision = "Amazing Service, every day"
        _ = try SiteBuilder(renderer: SiteRenderer(philosophy: changed, templates: templates)).build(into: site.path)
        #expect(try inode("en/teams/support.html") == before.0)
        #expect(try inode("en/index.html") != before.1)
        let index = try String(contentsOf: site.appendingPathComponent("en/index.html"), encoding: .utf8)
        #expect(index.contains("Amazing Service, every day"))
    }
}
