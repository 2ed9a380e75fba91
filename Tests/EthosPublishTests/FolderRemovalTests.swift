import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// A replaced site comes down whole, and nothing a link in it points to goes with it.
@Suite("Removing a replaced site")
struct FolderRemovalTests {
    @Test("folders in folders, files and empty folders go; a linked folder outside stays, with its file")
    func removesTreeNotLinks() throws {
        let base = try temporaryFolder()
        let site = base.appendingPathComponent("old-site")
        let outside = base.appendingPathComponent("outside")
        let manager = FileManager.default
        for folder in ["de/teams", "de/onboarding", "en/values", "empty"] {
            try manager.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (index, file) in ["index.html", "de/teams/a.html", "de/onboarding/a.csv", "en/values/b.html"].enumerated() {
            try Data(repeating: UInt8(index), count: 100).write(to: site.appendingPathComponent(file))
        }
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try manager.createSymbolicLink(at: site.appendingPathComponent("de/linked"), withDestinationURL: outside)
        try manager.createSymbolicLink(at: site.appendingPathComponent("en/file-link"),
                                       withDestinationURL: outside.appendingPathComponent("keep.txt"))

        FolderRemoval.remove(site)

        #expect(!manager.fileExists(atPath: site.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        #expect(try manager.contentsOfDirectory(atPath: base.path) == ["outside"])
    }
}
