extension ActionGrammar {
    /// How German action statements are read; see ``heuristic``.
    static let german = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with a du- or ihr-imperative from a list (Antworte, Löse, \
            Halte, Sei ...), with "ich", "wir", "du" or "ihr" followed by a word that is not a form of "sein", \
            with the Sie-form ("Antworten Sie"), or when it ends in a lower-case infinitive in -en, -ern or -eln \
            ("Jeden Kunden persönlich begrüßen.").
            """,
        adverbs: ["immer", "nie", "niemals", "stets", "gemeinsam", "bitte", "zuerst", "erst", "nur", "auch", "jederzeit"],
        subjects: ["ich", "wir", "du", "ihr"],
        copulas: ["bin", "bist", "ist", "sind", "seid", "war", "waren"],
        verbs: [
            "achte", "antworte", "arbeite", "begeistere", "beginne", "begleite", "begrüße", "behandle", "beachte",
            "beantworte", "berate", "bediene", "bedanke", "bemühe", "biete", "bleib", "bleibe", "bring", "bringe",
            "danke", "denk", "denke", "dokumentiere", "entscheide", "entschuldige", "erfülle", "erkläre", "erinnere",
            "ermutige", "finde", "folge", "frag", "frage", "freu", "freue", "geh", "gehe", "gestalte", "gewinne", "gib",
            "glaube", "hab", "habe", "halt", "halte", "handle", "hilf", "hol", "hole", "hör", "höre", "informiere",
            "kenne", "kläre", "komm", "komme", "kümmere", "lächle", "lass", "lasse", "lasst", "lebe", "lern", "lerne",
            "lies", "liefere", "löse", "mach", "mache", "melde", "miss", "nimm", "nutze", "öffne", "plane", "prüfe",
            "reagiere", "rede", "respektiere", "ruf", "rufe", "sag", "sage", "schaffe", "schau", "schaue", "schreib",
            "schreibe", "sei", "seid", "setz", "setze", "sieh", "sorge", "spare", "sprich", "starte", "steh", "stehe",
            "such", "suche", "teile", "tritt", "triff", "tu", "tue", "übernimm", "überrasche", "überzeuge", "unterstütze",
            "verbessere", "vereinfache", "vermeide", "versetze", "versprich", "verstehe", "vertraue", "wähle", "warte",
            "werde", "wirke", "zeig", "zeige", "empfiehl", "erledige", "kommuniziere",
        ],
        pattern: { words, lowercased, start in
            // Sie-form: "Antworten Sie ..."
            if start + 1 < lowercased.count, lowercased[start].hasSuffix("en"), lowercased[start + 1] == "sie" {
                return true
            }
            // Infinitive slogan: the verb closes the sentence in lower case.
            guard let last = words.last, lowercased.count > start + 1, last.first?.isLowercase == true else { return false }
            let word = lowercased[lowercased.count - 1]
            return word.ends(withAnyOf: ["en", "ern", "eln"], minimumLength: 4) && !nonVerbsEndingInEn.contains(word)
        })

    /// Lower-case words ending in `-en` that close a German sentence without being verbs.
    private static let nonVerbsEndingInEn: Set<String> = [
        "allen", "anderen", "besten", "daneben", "diesen", "eigenen", "einen", "ersten", "gegeben", "gestern",
        "guten", "jeden", "keinen", "letzten", "meinen", "morgen", "neuen", "oben", "seinen", "trotzdem", "unseren",
        "unten", "vielen", "wegen", "zusammen",
    ]
}
