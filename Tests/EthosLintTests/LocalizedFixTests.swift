import EthosLint
import EthosLoader
import EthosModel
import Testing

@Suite("Fixes in the language of the text")
struct LocalizedFixTests {
    @Test("a finding about a text in de, sl or nb gives its fix in that language", arguments: [
        ("triggers/action-not-actionable-de",
         "schreiben Sie einen kurzen Satz, der mit einem Verb oder mit „Ich“ beginnt: "
             + "„Beantworte jede Anfrage innerhalb eines Tages.“"),
        ("triggers/action-not-actionable-sl",
         "napišite en kratek stavek z glagolom, ki pove, kaj storiti: „Odgovori vsaki stranki v enem dnevu.“ "
             + "ali „Vsaki stranki odgovorimo v enem dnevu.“"),
        ("triggers/action-not-actionable-nb",
         "skriv én kort setning som begynner med et verb eller med «jeg»: «Svar hver kunde innen én dag.»"),
        ("triggers/value-cliche-de",
         "sagen Sie stattdessen, was Ihr Team tut, und beginnen Sie mit einem Verb: "
             + "„Hör dir die ganze Beschwerde an, bevor du antwortest.“"),
        ("triggers/promise-exceeds-capacity-de",
         "versprechen Sie nur, was das Team halten kann, etwa eine Antwort innerhalb eines Arbeitstags, "
             + "oder besetzen Sie einen Kanal rund um die Uhr"),
    ])
    func fixInTextLanguage(_ fixture: String, _ fix: String) {
        #expect(LintFixtureTests.lint(fixture).map(\.fix) == [fix])
    }

    @Test("a finding about an English text keeps its English fix")
    func englishStaysEnglish() {
        #expect(LintFixtureTests.lint("triggers/action-not-actionable-no-verb").map(\.fix)
            == ["write one short sentence that starts with a verb or with \"I\": 'Answer every customer within a day.'"])
    }

    @Test("a plain string is read in the default locale; a finding about keys keeps its English fix")
    func plainStringInDefaultLocale() {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: [sl]
            purpose: Pomagamo majhnim trgovinam, da delajo brez zastojev.
            vision: Pomagamo trgovinam. Vsak dan, vsem strankam, brez izjeme.
            values:
              - name: Hitrost
                action: Odgovori vsaki stranki še isti dan.
              - name: Odličnost
                action: Odličnost.
                kpis: [FCR]
            """, file: "storitve.yml")
        let fixes = Dictionary(Linter.lint(result).map { ($0.rule.rawValue, $0.fix ?? "") }) { first, _ in first }
        #expect(fixes["vision-too-long"]
            == "v enem kratkem stavku povejte, kakšno storitev ponujate; ostalo premaknite v 'purpose' ali v eno od vrednot")
        #expect(fixes["value-cliche"] == "napišite izjavo o ravnanju, ki se začne z glagolom, na primer „Naredi prav že prvič.“")
        #expect(fixes["value-without-kpi"]
            == "add 'kpis:' with a metric that moves when the value is lived ('ethos kpis' lists them)")
    }
}
