/// Phrases that promise service at every hour, in the languages Ethos ships (en, de, sl, nb),
/// as ``PhraseList`` matches them: `24/7` is the words `24 7`.
enum AvailabilityPhrases {
    /// Words in opening hours that mean a person is there at every hour: `24/7`, `rund um die Uhr`.
    private static let aroundTheClockWords = [
        "24 7", "24x7", "24 hours a day", "around the clock", "round the clock", "day and night", "night and day",
        "non stop", "nonstop",
        "rund um die uhr", "24 stunden am tag", "tag und nacht",
        "24 ur na dan", "noč in dan", "dan in noč", "neprekinjeno",
        "døgnet rundt", "hele døgnet", "døgnåpen", "døgnåpent", "24 timer i døgnet", "natt og dag", "dag og natt",
    ]

    /// Opening hours that mean a person is there at every hour.
    static let aroundTheClock = PhraseList(aroundTheClockWords)

    /// Promises of constant availability, in any text: the around-the-clock phrases and
    /// `always available` and its kin.
    static let promises = PhraseList(aroundTheClockWords + [
        "always available", "always reachable", "always there for you", "always be there for you",
        "always open", "available any time", "available anytime", "whenever you need us",
        "immer erreichbar", "immer verfügbar", "immer für sie da", "immer für dich da", "jederzeit erreichbar",
        "jederzeit verfügbar", "jederzeit für sie da",
        "vedno dosegljivi", "vedno dosegljiv", "vedno dosegljivo", "vedno na voljo", "kadarkoli na voljo",
        "vedno tu za vas",
        "alltid tilgjengelig", "alltid tilgjengelige", "alltid der for deg", "alltid å nå", "alltid åpen",
        "tilgjengelig når som helst",
    ])

    /// Whether the opening hours `text` read as staffed at every hour.
    static func readsAroundTheClock(_ text: String) -> Bool {
        aroundTheClock.first(in: text) != nil
    }
}
