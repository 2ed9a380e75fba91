/// Finds the likely intended word for a misspelt one, for "did you mean" hints.
package enum Suggestion {
    /// The longest word a suggestion is looked for: typos are made in names and keys, and
    /// comparing two long texts costs the product of their lengths.
    static let maximumLength = 100

    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo:
    /// at most a third of the word's length (at least 1, at most 3 edits). Words and candidates
    /// longer than ``maximumLength`` characters get no suggestion.
    package static func closest(to word: String, among candidates: [String], caseInsensitive: Bool = false) -> String? {
        guard word.utf8.count <= maximumLength * 4 else { return nil }
        let normalize: (String) -> [Character] = { Array(caseInsensitive ? $0.lowercased() : $0) }
        let target = normalize(word)
        guard target.count <= maximumLength else { return nil }
        let limit = min(3, max(1, target.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate.utf8.count <= maximumLength * 4 {
            let normalized = normalize(candidate)
            // The distance is at least the difference in length.
            guard abs(normalized.count - target.count) <= limit else { continue }
            let distance = editDistance(target, normalized)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previousPrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[rhs.count]
    }
}
