import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// A file is written whole or not at all, and a site moved aside by an interrupted swap is put
/// back before the next build goes on.
@Suite("Writing whole files")
struct AtomicFileTests {
    @Test("a write replaces the file whole and leaves no temporary file")
    func replaces() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("pack.zip").path
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try snapshot(folder) == ["pack.zip": Data("new".utf8)])
    }

    @Test("a write that fails names the file and the reason, and leaves the previous file alone")
    func fails() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("missing/pack.zip").path
        let error = try #require(throws: PublishError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        #expect(error.description == "cannot create \(folder.path)/missing/.pack.zip.ethos-\(getpid()).tmp: No such file or directory"
            || error.description == "cannot create \(path): No such file or directory")
        #expect(try snapshot(folder).isEmpty)
    }

    @Test("a site left in the fallback swap's -old folder, with none at the target, is put back")
    func restoresMovedSite() throws {
        let parent = try temporaryFolder()
        let old = parent.appendingPathComponent(".site.ethos-staging-42-old")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: old.appendingPathComponent("index.html"))
        let killed = parent.appendingPathComponent(".site.ethos-staging-43")
        try FileManager.default.createDirectory(at: killed, withIntermediateDirectories: true)
        try SiteSwap(target: parent.appendingPathComponent("site"), staging: nil).removeLeftovers()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        #expect(try snapshot(parent.appendingPathComponent("site")) == ["index.html": Data("previous".utf8)])
    }
}
