import Foundation

extension Array where Element: Sendable {
    /// `transform` of each element, in the array's order, worked out on all cores.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = ConcurrentArray<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results[index] = transform(self[index])
        }
        return results.values
    }
}

/// An array that many threads fill, each at its own indices.
private final class ConcurrentArray<Element: Sendable>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Element? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// The elements, once every index is set.
    var values: [Element] {
        lock.withLock { storage.compactMap { $0 } }
    }
}
