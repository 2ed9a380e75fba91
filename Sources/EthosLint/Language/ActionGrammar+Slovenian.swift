extension ActionGrammar {
    /// How Slovenian action statements are read; see ``heuristic``.
    static let slovenian = ActionGrammar(
        heuristic: """
            a sentence names an action when any of its words, wherever it stands, is an imperative from a list \
            (Naredi, Povej, Bodi ...) or has an imperative ending (-aj, -ej, -uj: Svetuj, Pomagaj), since \
            Slovenian word order is free ("Vsako vprašanje obravnavaj nujno."); when it starts with such a word, \
            with a word ending in -ij, or with "jaz", "mi" or "vi" followed by a word that is not a form of \
            "biti"; or when any word has a first-person-plural or plural-imperative ending (-imo, -amo, -emo, \
            -jmo, -ite, -ajte, -ujte: Odgovorimo, Pomagajte), since Slovenian usually leaves the subject out. \
            Imperatives that are also nouns (odgovori, misli, skrbi, pozdravi ...) count only first, and so does \
            -ij, which also ends plural nouns (reklamacij); words that merely end like imperatives (nekaj, zdaj, \
            naprej ...) never count.
            """,
        adverbs: ["vedno", "nikoli", "takoj", "najprej", "skupaj", "vselej", "vsakič", "prosim", "zmeraj", "tudi"],
        subjects: ["jaz", "mi", "vi"],
        copulas: ["sem", "si", "je", "sva", "sta", "smo", "ste", "so", "bo", "bomo", "bodo"],
        verbs: imperatives,
        pattern: { _, lowercased, start in
            let first = lowercased[start]
            if first.ends(withAnyOf: ["aj", "ej", "uj", "ij"], minimumLength: 4), !nonVerbsEndingLikeImperatives.contains(first) {
                return true
            }
            return lowercased[start...].contains { word in
                readsAsImperative(word)
                    || word.ends(withAnyOf: ["imo", "amo", "emo", "jmo", "ite", "ajte", "ejte", "ujte", "ijte"], minimumLength: 5)
            }
        })

    private static let imperatives: Set<String> = [
        "bodi", "daj", "dostavi", "drži", "govori", "izpolni", "misli", "najdi", "naredi", "nasmehni", "nauči",
        "obljubi", "obvesti", "odgovori", "opraviči", "ostani", "piši", "pojasni", "pojdi", "pokaži",
        "pokliči", "pomisli", "ponudi", "povej", "povrni", "pozdravi", "poenostavi", "pripravi", "pridi",
        "prisluhni", "preveri", "razloži", "reci", "reši", "skrbi", "sledi", "spremeni", "sprejmi", "stoj",
        "stori", "uči", "uredi", "vodi", "vrni", "vzemi", "zagotovi", "zapiši", "zaključi",
    ]

    /// Imperatives that are also nouns or noun forms ("hitri odgovori", "lepi pozdravi", "pri dostavi"),
    /// so they name an action only first in the sentence.
    private static let nounLikeImperatives: Set<String> = [
        "dostavi", "govori", "misli", "obljubi", "odgovori", "pozdravi", "pripravi", "skrbi", "sledi", "vodi",
    ]

    /// Adverbs and nouns that end like an imperative in -aj, -ej or -uj.
    private static let nonVerbsEndingLikeImperatives: Set<String> = [
        "dokaj", "doslej", "dotlej", "idej", "kdaj", "kraj", "nazaj", "najprej", "naprej", "nekaj", "nekdaj",
        "odslej", "okraj", "poprej", "poslej", "precej", "prej", "sedaj", "sijaj", "skupaj", "spodaj",
        "spredaj", "tukaj", "vsaj", "vselej", "zadaj", "zdaj", "zgoraj", "zmeraj", "znotraj", "zunaj",
    ]

    /// Whether `word` reads as an imperative wherever it stands in the sentence.
    private static func readsAsImperative(_ word: String) -> Bool {
        if nounLikeImperatives.contains(word) || nonVerbsEndingLikeImperatives.contains(word) { return false }
        return imperatives.contains(word) || word.ends(withAnyOf: ["aj", "ej", "uj"], minimumLength: 4)
    }
}
