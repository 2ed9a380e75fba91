extension ActionGrammar {
    /// How Norwegian action statements are read; see ``heuristic``.
    static let norwegian = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with an imperative from a list (Svar, Ta, Gjør, Vær, Møt \
            ...), with "jeg", "vi" or "du" followed by a word that is not a form of "være", or with the \
            infinitive marker "å"; Norwegian imperatives have no ending of their own, so there is no pattern \
            beyond the list.
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
        pattern: { _, _, _ in false })
}
