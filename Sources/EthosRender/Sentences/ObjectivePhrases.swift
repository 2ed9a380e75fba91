import EthosModel

/// The wording of objective sentences in one language. Durations are placed where the
/// language's grammar takes the form Foundation produces (the nominative or an identical
/// accusative), so plural forms such as `5 minut` or `2 minutter` read correctly.
struct ObjectivePhrases: Sendable {
    let usesOwnFormats: Bool
    let atLeast: @Sendable (_ kpi: String, _ target: String) -> String
    let atMost: @Sendable (_ kpi: String, _ target: String) -> String
    let answeredWithin: @Sendable (_ share: String, _ subject: String, _ duration: String) -> String
    let handledWithin: @Sendable (_ share: String, _ subject: String, _ duration: String) -> String
    let kpiWithin: @Sendable (_ share: String, _ subject: String, _ kpi: String, _ duration: String) -> String
    let subjects: [Channel.Kind: String]
    let anyContact: String

    /// Whether nouns keep their capital inside a sentence (German).
    var capitalizesNouns = false

    func subject(_ kind: Channel.Kind?) -> String {
        kind.flatMap { subjects[$0] } ?? anyContact
    }

    /// A KPI's name as it stands inside a sentence. A name in sentence case (`Tid til
    /// tilbakeringing`, `Callback time`) starts in lower case there, except where nouns keep
    /// their capital; a name in title case or led by an abbreviation (`First Response Time`,
    /// `NPS target`) is a proper name and stays as written.
    func insideSentence(_ name: String) -> String {
        guard !capitalizesNouns else { return name }
        let words = name.split(separator: " ").filter { !$0.hasPrefix("(") }
        guard let first = words.first, first.first?.isUppercase == true,
              first.dropFirst().allSatisfy({ !$0.isUppercase }),
              words.dropFirst().allSatisfy({ $0.first?.isUppercase != true }) else { return name }
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    static func `for`(_ locale: LocaleID) -> ObjectivePhrases {
        switch ShippedLanguage(locale) {
        case .german: german
        case .slovenian: slovenian
        case .norwegian: norwegian
        case .english: english
        case nil: fallback
        }
    }

    static let english = ObjectivePhrases(
        usesOwnFormats: true,
        atLeast: { "\($0) is at least \($1)." },
        atMost: { "\($0) is at most \($1)." },
        answeredWithin: { "\($0) of \($1) are answered within \($2)." },
        handledWithin: { "\($0) of \($1) are handled within \($2)." },
        kpiWithin: { "For \($0) of \($1), \($2) is at most \($3)." },
        subjects: [.phone: "calls", .chat: "chats", .email: "e-mails", .social: "social media messages",
                   .inPerson: "visitors", .selfService: "requests", .other: "contacts"],
        anyContact: "customer contacts")

    /// English words with English number formats, for locales without their own wording.
    static let fallback = ObjectivePhrases(
        usesOwnFormats: false, atLeast: english.atLeast, atMost: english.atMost,
        answeredWithin: english.answeredWithin, handledWithin: english.handledWithin, kpiWithin: english.kpiWithin,
        subjects: english.subjects, anyContact: english.anyContact)

    // "beträgt" takes the accusative, identical in form to the nominative Foundation writes
    // ("3 Tage"); "innerhalb von" would need the dative ("3 Tagen").
    static let german = ObjectivePhrases(
        usesOwnFormats: true,
        atLeast: { "\($0) beträgt mindestens \($1)." },
        atMost: { "\($0) beträgt höchstens \($1)." },
        answeredWithin: { "Bei \($0) der \($1) dauert es bis zur ersten Antwort höchstens \($2)." },
        handledWithin: { "Bei \($0) der \($1) dauert die Bearbeitung höchstens \($2)." },
        kpiWithin: { "Bei \($0) der \($1) beträgt \($2) höchstens \($3)." },
        subjects: [.phone: "Anrufe", .chat: "Chats", .email: "E-Mails", .social: "Nachrichten in sozialen Medien",
                   .inPerson: "Besuche", .selfService: "Anfragen", .other: "Kontakte"],
        anyContact: "Kundenanfragen",
        capitalizesNouns: true)

    // "je največ" takes the nominative, which Foundation writes with the right dual and
    // plural ("1 minuta", "2 minuti", "5 minut").
    static let slovenian = ObjectivePhrases(
        usesOwnFormats: true,
        atLeast: { "\($0) je najmanj \($1)." },
        atMost: { "\($0) je največ \($1)." },
        answeredWithin: { "Pri \($0) \($1) je čas do prvega odgovora največ \($2)." },
        handledWithin: { "Pri \($0) \($1) je čas obravnave največ \($2)." },
        kpiWithin: { "Pri \($0) \($1) je \($2) največ \($3)." },
        subjects: [.phone: "klicev", .chat: "klepetov", .email: "e-poštnih sporočil",
                   .social: "sporočil na družbenih omrežjih", .inPerson: "obiskov", .selfService: "zahtevkov",
                   .other: "stikov"],
        anyContact: "stikov s strankami")

    static let norwegian = ObjectivePhrases(
        usesOwnFormats: true,
        atLeast: { "\($0) er minst \($1)." },
        atMost: { "\($0) er høyst \($1)." },
        answeredWithin: { "\($0) av \($1) besvares innen \($2)." },
        handledWithin: { "\($0) av \($1) er ferdigbehandlet innen \($2)." },
        kpiWithin: { "For \($0) av \($1) er \($2) høyst \($3)." },
        subjects: [.phone: "anropene", .chat: "chattene", .email: "e-postene", .social: "meldingene i sosiale medier",
                   .inPerson: "besøkene", .selfService: "forespørslene", .other: "henvendelsene"],
        anyContact: "kundehenvendelsene")
}
