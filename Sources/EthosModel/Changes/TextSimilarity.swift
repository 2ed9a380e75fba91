/// How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice
/// coefficient of their words, ignoring case and punctuation. Good enough to tell a reworded
/// or renamed item from a different one.
enum TextSimilarity {
    static func of(_ first: String, _ second: String) -> Double {
        let (a, b) = (wordList(first), wordCounts(second))
        if a.isEmpty && b.isEmpty { return 1 }
        var remaining = b
        var shared = 0
        for word in a {
            if let count = remaining[word], count > 0 {
                remaining[word] = count - 1
                shared += 1
            }
        }
        let total = a.count + b.values.reduce(0, +)
        return Double(2 * shared) / Double(total)
    }

    /// How alike two sets of ids are (KPI lists), ignoring case: 1 when both are empty.
    static func of(ids first: [String], _ second: [String]) -> Double {
        let (a, b) = (Set(first.map { $0.lowercased() }), Set(second.map { $0.lowercased() }))
        if a.isEmpty && b.isEmpty { return 1 }
        return Double(2 * a.intersection(b).count) / Double(a.count + b.count)
    }

    private static func wordList(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func wordCounts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in wordList(text) { counts[word, default: 0] += 1 }
        return counts
    }
}
