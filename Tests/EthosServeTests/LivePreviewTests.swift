import EthosServe
import EthosTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("LivePreview, through the library")
struct LivePreviewTests {
    @Test("it serves what its build wrote, rebuilds when a watched file changes, shows problems, and stops when cancelled")
    func buildsServesAndRebuilds() async throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("input.txt")
        let site = folder.appendingPathComponent("site")
        try Data("first".utf8).write(to: input)
        let preview = LivePreview(folder: site.path, port: 0, watching: [.file(input.path)],
                                  pollInterval: .milliseconds(50)) {
            let text = (try? String(contentsOf: input, encoding: .utf8)) ?? ""
            guard !text.hasPrefix("broken") else { return .problems(["input.txt:1:1: error: \(text) [yaml-syntax]"]) }
            try? FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try? Data("<html><body><p>\(text)</p></body></html>".utf8).write(to: site.appendingPathComponent("index.html"))
            return .built
        }
        let (addresses, address) = AsyncStream<URL>.makeStream()
        let serving = Task { try await preview.run { address.yield($0) } }
        var urls = addresses.makeAsyncIterator()
        let url = try #require(await urls.next())
        #expect(url.host == "127.0.0.1" && url.port != 0)

        #expect(try await body(of: url).text.contains("<p>first</p><script>"))
        try Data("second".utf8).write(to: input)
        #expect(try await eventually(url) { $0.text.contains("<p>second</p>") })
        try Data("broken <b>".utf8).write(to: input)
        #expect(try await eventually(url) { $0.status == 500 && $0.text.contains("error: broken &lt;b&gt; [yaml-syntax]") })
        try Data("fixed".utf8).write(to: input)
        #expect(try await eventually(url) { $0.status == 200 && $0.text.contains("<p>fixed</p>") })

        serving.cancel()
        await #expect(throws: CancellationError.self) { try await serving.value }
    }

    private func body(of url: URL) async throws -> (status: Int, text: String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Whether `url` answers as `expected` within 3 s.
    private func eventually(_ url: URL, _ expected: ((status: Int, text: String)) -> Bool) async throws -> Bool {
        for _ in 0..<60 {
            if expected(try await body(of: url)) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
