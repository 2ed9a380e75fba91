extension ActionGrammar {
    /// How German action statements are read; see ``heuristic``.
    static let german = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with a du- or ihr-imperative from a list (Antworte, Löse, \
            Halte, Sei ...), or has one in lower case after a fronted phrase ("Jede Frage beantworte sofort.", \
            "Im Zweifel frag nach."), since German nouns are capitalised; when it starts with "ich", "wir", "du" \
            or "ihr" followed by a word that is not a form of "sein"; when a verb in -en stands before "Sie" or \
            "wir", first or after a fronted phrase ("Antworten Sie ...", "Jede Anfrage beantworten wir am selben \
            Tag."); or when it ends in a lower-case infinitive in -en, -ern or -eln ("Jeden Kunden persönlich \
            begrüßen."). After a fronted phrase, sei, seid, werde, halt and danke do not count, since there they \
            are rarely imperatives ("Der Kunde sei König").
            """,
        adverbs: ["immer", "nie", "niemals", "stets", "gemeinsam", "bitte", "zuerst", "erst", "nur", "auch", "jederzeit"],
        subjects: ["ich", "wir", "du", "ihr"],
        copulas: ["bin", "bist", "ist", "sind", "seid", "war", "waren"],
        verbs: imperatives,
        pattern: { words, lowercased, start in
            for index in start..<lowercased.count {
                let word = lowercased[index]
                let lowerCaseLater = index > start && words[index].first?.isLowercase == true
                if lowerCaseLater, imperatives.contains(word), !notImperativesLater.contains(word) { return true }
                if index == start || lowerCaseLater, index + 1 < lowercased.count, ["sie", "wir"].contains(lowercased[index + 1]),
                   word.ends(withAnyOf: ["en", "ern", "eln"], minimumLength: 4), !nonVerbsEndingInEn.contains(word) {
                    return true
                }
            }
            // Infinitive slogan: the verb closes the sentence in lower case.
            guard let last = words.last, lowercased.count > start + 1, last.first?.isLowercase == true else { return false }
            let word = lowercased[lowercased.count - 1]
            return word.ends(withAnyOf: ["en", "ern", "eln"], minimumLength: 4) && !nonVerbsEndingInEn.contains(word)
        })

    private static let imperatives: Set<String> = [
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
    ]

    /// Imperatives that, after a fronted phrase, are mostly something else: a subjunctive ("Der Kunde sei
    /// König"), a future ("ich werde"), a particle ("halt") or thanks.
    private static let notImperativesLater: Set<String> = ["danke", "halt", "sei", "seid", "werde"]

    /// Lower-case words ending in `-en` that are not verbs, at the end of a sentence or before "Sie"
    /// or "wir"; and "waren", which describes rather than acts.
    private static let nonVerbsEndingInEn: Set<String> = [
        "allen", "anderen", "besten", "daneben", "denen", "diesen", "eigenen", "einen", "ersten", "gegeben",
        "gegen", "gestern", "guten", "jeden", "keinen", "letzten", "meinen", "morgen", "neuen", "oben", "seinen",
        "trotzdem", "unseren", "unten", "vielen", "waren", "wegen", "zusammen", "zwischen",
    ]
}
