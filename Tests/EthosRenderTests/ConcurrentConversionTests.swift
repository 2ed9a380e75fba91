import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// cmark-gfm 0.29.0.gfm.6 keeps the special characters of its inline extensions (`~` for
/// strikethrough, `:` and `w` for autolinks) in one table for the whole process, which each
/// parser sets and clears as it finishes; site builds convert pages on every core at once.
/// `GFMConverter` sets the table once and keeps every parser from writing it again (see
/// `GFMConverter.convertsInParallel`); these tests hold it to output identical to one thread's.
@Suite("cmark-gfm conversion from many threads")
struct ConcurrentConversionTests {
    @Test("every conversion on many threads at once gets the same HTML")
    func concurrent() {
        let markdown = "~~old~~ and *new*\n\n| A |\n|---|\n| 1 |\n"
        let expected = GFMConverter.convert(markdown).html
        let results = ConversionResults()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<500 { results.record(GFMConverter.convert(markdown).html == expected) }
        }
        #expect(results.mismatches == 0, "\(results.mismatches) of 4,000 conversions differed")
    }

    #if os(Linux)
    @Test("on Linux conversions run on every core at once, without a lock around cmark-gfm")
    func parallelOnLinux() {
        #expect(GFMConverter.convertsInParallel)
    }
    #endif

    @Test("8 threads converting every example's pages and each extension's syntax give the serial HTML, byte for byte")
    func stress() throws {
        let corpus = try Self.corpus()
        let serial = corpus.map { GFMConverter.convert($0) }
        #expect(serial.contains { $0.html.contains("<del>") })
        #expect(serial.contains { $0.html.contains(#"<a href="http://www.example.com">"#) })
        // The short documents, where a lost `~` or `:` shows most often, come up 40 times as
        // often as the long ones; each thread walks the list from its own starting point, so
        // different documents finish at the same moment.
        let schedule = corpus.indices.flatMap { index in
            Array(repeating: index, count: corpus[index].utf8.count < 200 ? 40 : 1)
        }
        let rounds = 3
        let results = ConversionResults()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<rounds {
                for step in schedule.indices {
                    let index = schedule[(step * 7 + thread * 13 + round) % schedule.count]
                    let output = GFMConverter.convert(corpus[index])
                    results.record(output.html == serial[index].html && output.headings == serial[index].headings)
                }
            }
        }
        let total = 8 * rounds * schedule.count
        #expect(results.mismatches == 0, "\(results.mismatches) of \(total) conversions differed from the serial ones")
    }

    /// The Markdown of every example in every one of its languages, and short documents that
    /// lean on each inline extension, with and without the characters it claims.
    static func corpus() throws -> [String] {
        let examples = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".yml") }.sorted()
        var corpus: [String] = []
        for name in examples {
            let philosophy = try loadPhilosophy("Examples/\(name)")
            for locale in philosophy.locales {
                corpus.append(builtInRenderer.philosophyMarkdown(philosophy, locale: locale))
            }
        }
        corpus += [
            "~~old~~ and *new* ~one~ a~~b~~c\n\n| A | ~~B~~ |\n|---|---|\n| 1 | ~~2~~ |\n",
            "See www.example.com, https://example.com/a:b and mail@example.com: w:w www.\n",
            "- [ ] ~~done~~ at www.example.com\n- [x] **bold** _it_ ~~gone~~\n",
            "# Plain heading\n\nNo extension characters here at all, only *emphasis* and `code`.\n",
            "***~~a~~*** __~~b~~__ ~~*c*~~ ~~~d~~~ \\~~e~~\n",
        ]
        return corpus
    }
}

private final class ConversionResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var mismatches = 0

    func record(_ matched: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if !matched { mismatches += 1 }
    }
}
