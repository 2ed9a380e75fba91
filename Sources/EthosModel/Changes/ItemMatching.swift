/// Pairs the items of two versions of a list (values, standards, teams …): first by key (an
/// id or a slug), then, among the items left over, by similarity, so an item whose name
/// changed but whose content stayed nearly the same is seen as renamed, not as one item
/// removed and another added. Order plays no part.
struct ItemMatching<Item> {
    /// An item of the old list and its counterpart in the new one.
    struct Pair {
        let old: Item
        let new: Item
        let oldIndex: Int
    }

    /// For each new item in order, its old counterpart, or `nil` when it is new.
    let counterparts: [Pair?]
    /// The old items without a counterpart, in their old order, with their old positions.
    let removed: [(index: Int, item: Item)]

    /// The least similarity (0…1) at which two items with different keys count as the same.
    static var renameThreshold: Double { 0.6 }

    /// Matches `old` and `new`, whose keys are `oldKeys` and `newKeys` (each side's keys are
    /// made with its own file's default locale).
    init(old: [Item], oldKeys: [String], new: [Item], newKeys: [String], similarity: (Item, Item) -> Double) {
        var oldIndexByKey: [String: Int] = [:]
        for (index, key) in oldKeys.enumerated() where oldIndexByKey[key] == nil {
            oldIndexByKey[key] = index
        }
        var oldIndexForNew = [Int?](repeating: nil, count: new.count)
        var taken = Set<Int>()
        for (index, key) in newKeys.enumerated() {
            if let oldIndex = oldIndexByKey[key], !taken.contains(oldIndex) {
                oldIndexForNew[index] = oldIndex
                taken.insert(oldIndex)
            }
        }
        // The most similar pairs first; ties by position, so the result never depends on
        // anything but the two lists.
        var candidates: [(score: Double, new: Int, old: Int)] = []
        for newIndex in new.indices where oldIndexForNew[newIndex] == nil {
            for oldIndex in old.indices where !taken.contains(oldIndex) {
                let score = similarity(old[oldIndex], new[newIndex])
                if score >= Self.renameThreshold { candidates.append((score, newIndex, oldIndex)) }
            }
        }
        candidates.sort { ($0.score, -$0.new, -$0.old) > ($1.score, -$1.new, -$1.old) }
        for candidate in candidates where oldIndexForNew[candidate.new] == nil && !taken.contains(candidate.old) {
            oldIndexForNew[candidate.new] = candidate.old
            taken.insert(candidate.old)
        }
        counterparts = oldIndexForNew.enumerated().map { newIndex, oldIndex in
            oldIndex.map { Pair(old: old[$0], new: new[newIndex], oldIndex: $0) }
        }
        removed = old.indices.filter { !taken.contains($0) }.map { ($0, old[$0]) }
    }
}
