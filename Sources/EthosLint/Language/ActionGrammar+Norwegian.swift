extension ActionGrammar {
    /// How Norwegian action statements are read; see ``heuristic``.
    static let norwegian = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with an imperative from a list (Svar, Ta, Gjør, Vær, Møt \
            ...), with "jeg", "vi" or "du" followed by a word that is not a form of "være", or with the \
            infinitive marker "å"; or when a present-tense verb in -r stands before "jeg", "vi" or "du" after a \
            fronted phrase ("Samme dag svarer vi."). Norwegian imperatives have no ending of their own and stand \
            first in their sentence, after an adverb such as "alltid" at most; many of them are also nouns (svar, \
            del, lag, ring), so one later in the sentence is not read as an imperative.
            """,
        adverbs: ["alltid", "aldri", "først", "bare", "sammen", "gjerne", "vennligst", "også"],
        subjects: ["jeg", "vi", "du"],
        copulas: ["er", "var"],
        verbs: [
            "å", "anbefal", "be", "begeistre", "behandle", "bekreft", "beklag", "beskytt", "bruk", "bygg", "del",
            "dokumenter", "eie", "finn", "fiks", "forbedre", "forenkle", "forklar", "følg", "gi", "gjør", "gled", "gå",
            "hils", "hjelp", "hold", "husk", "hør", "informer", "inkluder", "involver", "jobb", "kjenn", "kom",
            "kommuniser", "la", "lag", "led", "legg", "les", "lev", "lever", "lov", "lytt", "lær", "løft", "løs",
            "motiver", "møt", "oppfyll", "ordne", "overgå", "overrask", "prioriter", "reager", "respekter", "ring",
            "rett", "rydd", "se", "send", "sett", "si", "sjekk", "skap", "skriv", "smil", "snakk", "spør", "start",
            "stol", "stopp", "støtt", "svar", "sørg", "ta", "takk", "tenk", "tilby", "tilpass", "velg", "vent", "vis",
            "vær",
        ],
        pattern: { _, lowercased, _ in
            // The verb before its subject when something else comes first: "Samme dag svarer vi.",
            // "Alltid svarer vi raskt."
            guard lowercased.count > 2 else { return false }
            return (1..<lowercased.count - 1).contains { index in
                ["jeg", "vi", "du"].contains(lowercased[index + 1]) && lowercased[index].hasSuffix("r")
                    && !notVerbsBeforeSubject.contains(lowercased[index])
            }
        })

    /// Words in -r that stand before "jeg", "vi" or "du" without being a verb that acts: forms of
    /// "være" and "ha", and conjunctions and adverbs ("når vi", "her er vi").
    private static let notVerbsBeforeSubject: Set<String> = [
        "der", "eller", "er", "etter", "for", "før", "har", "her", "hvor", "mer", "når", "var",
    ]
}
