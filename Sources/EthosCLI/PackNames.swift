import EthosModel

/// The file names of a roster's packs: each hire's name as a slug (`ana-novak`), numbered when
/// two hires share one (`ana-novak-2`), and `hire-<line>` for a name with no Latin letters.
struct PackNames {
    private var taken: Set<String> = []

    mutating func claim(for name: String, line: Int) -> String {
        let base = Slug.make(name).isEmpty ? "hire-\(line)" : Slug.make(name)
        var candidate = base
        var number = 1
        while taken.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        taken.insert(candidate)
        return candidate
    }
}
