@testable import EthosLint
import EthosModel
import Testing

@Suite("Reading prose")
struct ProseTests {
    @Test("words keep 24/7, self-service and don't whole and drop punctuation")
    func words() {
        #expect(Prose.words("Help 24/7 — self-service, don't wait!").map(String.init)
            == ["Help", "24/7", "self-service", "don't", "wait"])
    }

    @Test("sentences end at . ! ? before a capital or a digit, not inside e.g. or 08.00")
    func sentences() {
        #expect(Prose.sentences("Say what you mean. Mean what you say.").count == 2)
        #expect(Prose.sentences("Answer quickly, e.g. within an hour.").count == 1)
        #expect(Prose.sentences("Odprto od 08.00 do 16.00.").count == 1)
        #expect(Prose.sentences("Really? Yes! 90 % of calls.").count == 3)
    }

    @Test("phrases match whole words, whatever the case and punctuation")
    func phrases() {
        #expect(ClichePhrases.all.first(in: "Remember: the Customer is ALWAYS right!") == "customer is always right")
        #expect(ClichePhrases.all.first(in: "Unser Motto: Der Kunde ist König.") == "kunde ist könig")
        #expect(ClichePhrases.all.first(in: "The customer's first call matters.") == nil)
        #expect(AvailabilityPhrases.readsAroundTheClock("24/7"))
        #expect(AvailabilityPhrases.readsAroundTheClock("Rund um die Uhr"))
        #expect(AvailabilityPhrases.readsAroundTheClock("hele døgnet"))
        #expect(!AvailabilityPhrases.readsAroundTheClock("Mon–Fri 08:00–18:00, 24 hours notice"))
        #expect(!AvailabilityPhrases.readsAroundTheClock("Mo–Fr 9:00–17:00"))
    }
}

@Suite("Action statements per language")
struct ActionGrammarTests {
    @Test("English", arguments: [
        ("Do it right the first time.", true), ("Say what you mean.", true), ("Always answer within a day.", true),
        ("I own every guest concern.", true), ("We create happiness.", true), ("Clarify what guests want.", true),
        ("Don't make customers repeat themselves.", true),
        ("Fast answers for every customer.", false), ("We are friendly.", false), ("Excellence in everything.", false),
        ("Quality first.", false),
    ])
    func english(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.english.namesAction(sentence) == names)
    }

    @Test("German", arguments: [
        ("Antworte schnell und vollständig.", true), ("Empfiehl das passende Rad.", true),
        ("Wir lösen jedes Anliegen beim ersten Kontakt.", true), ("Antworten Sie noch am selben Tag.", true),
        ("Jeden Kunden persönlich begrüßen.", true), ("Immer freundlich bleiben.", true),
        ("Schnelle Hilfe für jeden Kunden.", false), ("Wir sind für Sie da.", false), ("Qualität und Tempo.", false),
    ])
    func german(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.german.namesAction(sentence) == names)
    }

    @Test("Slovenian", arguments: [
        ("Svetuj opremo, ki ustreza potrebam.", true), ("Odgovori hitro in v celoti.", true),
        ("Vedno pomagaj stranki.", true), ("Vsaki stranki odgovorimo isti dan.", true), ("Bodite prijazni.", true),
        ("Hitri odgovori za vse stranke.", false), ("Kakovost in zanesljivost.", false), ("Mi smo prijazni.", false),
    ])
    func slovenian(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.slovenian.namesAction(sentence) == names)
    }

    @Test("Norwegian", arguments: [
        ("Svar raskt, og gi et fullstendig svar.", true), ("Vær tilgjengelig når kundene trenger oss.", true),
        ("Vi svarer samme dag.", true), ("Alltid hjelp kunden videre.", true), ("Å gi kunden et svar.", true),
        ("Raske og vennlige svar.", false), ("Vi er raske.", false), ("Kvalitet først.", false),
    ])
    func norwegian(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.norwegian.namesAction(sentence) == names)
    }

    @Test("Slovenian word order is free: the imperative may stand anywhere", arguments: [
        ("Vsako vprašanje obravnavaj nujno.", true), ("Stranki vedno svetuj pošteno.", true),
        ("Vsako pritožbo reši še isti dan.", true), ("Za vsako stranko si vzemi čas.", true),
        ("Lepi pozdravi vsem strankam.", false), ("Nekaj več za vsako stranko.", false),
        ("Hitro reševanje reklamacij.", false), ("Prijazni odgovori naprej.", false),
    ])
    func slovenianWordOrder(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.slovenian.namesAction(sentence) == names)
    }

    @Test("German: an imperative or a verb before its subject after a fronted phrase", arguments: [
        ("Jede Frage beantworte sofort.", true), ("Im Zweifel frag nach.", true),
        ("Bei Fragen antworten Sie sofort.", true), ("Jede Anfrage beantworten wir am selben Tag.", true),
        ("Bitte antworte noch am selben Tag.", true),
        ("Der Kunde sei unser Maßstab.", false), ("Für Sie waren wir immer da.", false),
        ("Freundlichkeit in jeder Frage.", false), ("Schnelle Antworten für Sie.", false),
    ])
    func germanWordOrder(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.german.namesAction(sentence) == names)
    }

    @Test("Norwegian: a verb before its subject after a fronted phrase; imperatives stay first", arguments: [
        ("Samme dag svarer vi.", true), ("Alltid svarer vi raskt.", true), ("Hver kunde møter jeg med et smil.", true),
        ("Alltid svar innen en time.", true),
        ("Når vi er travle, raske svar.", false), ("Kvalitet og gode svar.", false), ("Her er vi for deg.", false),
    ])
    func norwegianWordOrder(_ sentence: String, _ names: Bool) {
        #expect(ActionGrammar.norwegian.namesAction(sentence) == names)
    }

    @Test("each of the four languages has a grammar; others have none")
    func grammars() {
        for tag in ["en", "en-GB", "de-AT", "sl", "nb", "no"] {
            #expect(ActionGrammar.grammar(for: LocaleID(tag)) != nil, "\(tag)")
        }
        #expect(ActionGrammar.grammar(for: "fr") == nil)
    }
}
