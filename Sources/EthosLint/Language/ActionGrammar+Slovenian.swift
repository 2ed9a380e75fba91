extension ActionGrammar {
    /// How Slovenian action statements are read; see ``heuristic``.
    static let slovenian = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with an imperative from a list (Naredi, Odgovori, Povej, \
            Bodi ...) or a word with an imperative ending (-aj, -ej, -uj, -ij: Svetuj, Pomagaj), with "jaz", \
            "mi" or "vi" followed by a word that is not a form of "biti", or when any word has a \
            first-person-plural or plural-imperative ending (-imo, -amo, -emo, -jmo, -ite, -ajte, -ujte: \
            Odgovorimo, Pomagajte), since Slovenian usually leaves the subject out.
            """,
        adverbs: ["vedno", "nikoli", "takoj", "najprej", "skupaj", "vselej", "vsakič", "prosim", "zmeraj", "tudi"],
        subjects: ["jaz", "mi", "vi"],
        copulas: ["sem", "si", "je", "sva", "sta", "smo", "ste", "so", "bo", "bomo", "bodo"],
        verbs: [
            "bodi", "daj", "dostavi", "drži", "govori", "izpolni", "misli", "najdi", "naredi", "nasmehni", "nauči",
            "obljubi", "obvesti", "odgovori", "opraviči", "ostani", "piši", "pojasni", "pojdi", "pokaži",
            "pokliči", "pomisli", "ponudi", "povej", "povrni", "pozdravi", "poenostavi", "pripravi", "pridi",
            "prisluhni", "preveri", "razloži", "reci", "reši", "skrbi", "sledi", "spremeni", "sprejmi", "stoj",
            "stori", "uči", "uredi", "vodi", "vrni", "vzemi", "zagotovi", "zapiši", "zaključi",
        ],
        pattern: { _, lowercased, start in
            if lowercased[start].ends(withAnyOf: ["aj", "ej", "uj", "ij"], minimumLength: 4) { return true }
            return lowercased[start...].contains {
                $0.ends(withAnyOf: ["imo", "amo", "emo", "jmo", "ite", "ajte", "ejte", "ujte", "ijte"], minimumLength: 5)
            }
        })
}
