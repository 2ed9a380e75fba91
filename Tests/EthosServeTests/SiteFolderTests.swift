@testable import EthosServe
import EthosTestSupport
import Foundation
import Testing

@Suite("What a request path names in the site folder")
struct SiteFolderTests {
    /// A site folder with `index.html`, `en/index.html`, `en/kpis.html`, the build's marker,
    /// and a secret file beside the folder.
    private func site() throws -> (SiteFolder, URL) {
        let parent = try temporaryFolder()
        let root = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("en"), withIntermediateDirectories: true)
        for path in ["index.html", "en/index.html", "en/kpis.html", ".ethos-site"] {
            try Data("<p>\(path)</p>".utf8).write(to: root.appendingPathComponent(path))
        }
        try Data("secret".utf8).write(to: parent.appendingPathComponent("secret.txt"))
        return (SiteFolder(root: root.path), root)
    }

    @Test("a file by its path; / and a folder with its final slash by their index.html")
    func files() throws {
        let (folder, root) = try site()
        let real = root.resolvingSymlinksInPath().path
        #expect(folder.lookup("/en/kpis.html") == .file(real + "/en/kpis.html"))
        #expect(folder.lookup("/") == .file(real + "/index.html"))
        #expect(folder.lookup("") == .file(real + "/index.html"))
        #expect(folder.lookup("/en/") == .file(real + "/en/index.html"))
    }

    @Test("a folder without its final slash is sent to it, so its relative links work")
    func folderRedirect() throws {
        #expect(try site().0.lookup("/en") == .folder(redirect: "/en/"))
    }

    @Test("names nothing: .., ., hidden names, missing files", arguments: [
        "/../secret.txt", "/en/../../secret.txt", "/./index.html", "/.ethos-site", "/en/..", "/missing.html",
        "/en/kpis.html/", "/a\\..\\secret.txt",
    ])
    func nothing(path: String) throws {
        #expect(try site().0.lookup(path) == .none)
    }

    @Test("a symbolic link out of the folder names nothing; one inside it names its file")
    func links() throws {
        let (folder, root) = try site()
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("out.txt").path,
                                                   withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("out").path,
                                                   withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("kpis.html").path,
                                                   withDestinationPath: "en/kpis.html")
        #expect(folder.lookup("/out.txt") == .none)
        #expect(folder.lookup("/out/passwd") == .none)
        #expect(folder.lookup("/kpis.html") == .file(root.resolvingSymlinksInPath().path + "/en/kpis.html"))
    }

    @Test("pages are paths ending in .html or / or without an extension; other files are not")
    func pages() {
        for path in ["/", "/en/", "/en/kpis.html", "/en/KPIS.HTML", "/en", ""] { #expect(SiteFolder.isPage(path), "\(path)") }
        for path in ["/style.css", "/philosophy.json", "/en/onboarding/support.csv"] { #expect(!SiteFolder.isPage(path), "\(path)") }
    }
}
