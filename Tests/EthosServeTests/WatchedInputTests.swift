@testable import EthosServe
import EthosTestSupport
import Foundation
import Testing

@Suite("Which changes of the watched files the preview sees")
struct WatchedInputTests {
    @Test("an edit that keeps the size, a file renamed over the old one, and a removed file all change the stamps")
    func fileChanges() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("philosophy.yml")
        try Data("word: one".utf8).write(to: file)
        let inputs: [WatchedInput] = [.file(file.path)]
        let first = inputs.stamps()
        #expect(first.count == 1)
        #expect(inputs.stamps() == first, "nothing changed")
        Thread.sleep(forTimeInterval: 0.01)
        try Data("word: two".utf8).write(to: file)
        let edited = inputs.stamps()
        #expect(edited != first)
        let replacement = folder.appendingPathComponent(".philosophy.yml.new")
        try Data("word: two".utf8).write(to: replacement)
        #expect(rename(replacement.path, file.path) == 0, "saved as editors do: a new file renamed over the old")
        #expect(inputs.stamps() != edited)
        try FileManager.default.removeItem(at: file)
        #expect(inputs.stamps().isEmpty)
    }

    @Test("a folder covers every file under it: a new template, an edited one, a removed one")
    func folderChanges() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("partials/page.html.mustache")
        try Data("<p>{{title}}</p>".utf8).write(to: page)
        let inputs: [WatchedInput] = [.folder(folder.path), .file(folder.appendingPathComponent("missing.yml").path)]
        let first = inputs.stamps()
        #expect(Array(first.keys) == [folder.path + "/partials/page.html.mustache"])
        let added = folder.appendingPathComponent("style.css.mustache")
        try Data("body {}".utf8).write(to: added)
        let withNew = inputs.stamps()
        #expect(withNew.count == 2)
        try Data("<h1>{{title}}</h1>".utf8).write(to: page)
        #expect(inputs.stamps() != withNew)
        try FileManager.default.removeItem(at: added)
        #expect(inputs.stamps().count == 1)
    }
}
