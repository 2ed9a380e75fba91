import Foundation
import Testing
@testable import EthosRender

/// cmark-gfm 0.29.0.gfm.6 keeps the special characters of its inline extensions (`~` for
/// strikethrough) in one table for the whole process, and each parser adds and removes them
/// as it finishes; site builds convert pages on every core at once.
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
