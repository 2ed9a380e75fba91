import EthosModel
import Testing
@testable import EthosRender

/// The digest a page's key holds of its chrome: the same for the same value, whatever order
/// a dictionary's entries come in, and different for values that differ in content or in
/// how they nest.
struct DigestEncoderTests {
    private struct Link: Encodable {
        let href: String
        let text: String
        let current: Bool
    }

    private struct Section: Encodable {
        let link: Link
        let children: [Link]
        let note: String?
    }

    private func digest(_ value: some Encodable) -> String {
        DigestEncoder.digest(of: value).hex
    }

    private let home = Link(href: "index.html", text: "Home", current: false)
    private let teams = Link(href: "teams.html", text: "Teams", current: true)

    @Test("the same value gives the same digest; a changed field, flag or element changes it")
    func content() {
        let section = Section(link: home, children: [teams], note: nil)
        #expect(digest(section) == digest(Section(link: home, children: [teams], note: nil)))
        #expect(digest(section) != digest(Section(link: home, children: [teams], note: "new")))
        #expect(digest(section) != digest(Section(link: home, children: [home], note: nil)))
        #expect(digest(home) != digest(Link(href: "index.html", text: "Home", current: true)))
        #expect(digest(home) != digest(Link(href: "index.html", text: "Hom", current: false)))
    }

    @Test("elements keep their order and their nesting: [[a], [b]] is not [[a, b]] nor [[b], [a]]")
    func nesting() {
        #expect(digest([[home], [teams]]) != digest([[home, teams]]))
        #expect(digest([[home], [teams]]) != digest([[teams], [home]]))
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["a", "b"]) != digest(["a", "b", ""]))
    }

    @Test("a dictionary's entries count, not the order it lists them in")
    func dictionaryOrder() {
        var forward: [String: Int] = [:]
        var backward: [String: Int] = [:]
        let keys = (0..<200).map { "key-\($0)" }
        for (index, key) in keys.enumerated() { forward[key] = index }
        for (index, key) in keys.enumerated().reversed() { backward[key] = index }
        #expect(digest(forward) == digest(backward))
        backward["key-7"] = 8
        #expect(digest(forward) != digest(backward))
    }

    @Test("viewed in one locale, a text counts as that locale reads it: another locale's translation does not, a fallback's language does")
    func localeView() {
        func inGerman(_ text: LocalizedText) -> String {
            DigestEncoder.digest(of: [text], in: "de", defaultLocale: "en").hex
        }
        let both: LocalizedText = ["en": "Answer today.", "de": "Heute antworten."]
        #expect(inGerman(both) == inGerman(["en": "Answer within the hour.", "de": "Heute antworten."]))
        #expect(inGerman(both) != inGerman(["en": "Answer today.", "de": "Noch heute antworten."]))
        // The English text the German page falls back to, marked as English, is not a German text.
        #expect(inGerman(["en": "Heute antworten."]) != inGerman(LocalizedText("Heute antworten.")))
        #expect(inGerman(["en": "Answer today."]) != inGerman(["en": "Answer now."]))
        #expect(digest([both]) != digest([LocalizedText(["en": "Answer within the hour.", "de": "Heute antworten."])]))
    }

    @Test("a digest's hex is its value in 32 lowercase hexadecimal digits, leading zeros kept")
    func hex() {
        var digests = [InputDigest()]
        for text in ["", "a", "Kundenservice", "de/teams/support.html"] {
            var digest = InputDigest()
            digest.add(text)
            digests.append(digest)
        }
        for digest in digests {
            let digits = String(digest.value, radix: 16)
            #expect(digest.hex == String(repeating: "0", count: 32 - digits.count) + digits)
        }
    }
}
