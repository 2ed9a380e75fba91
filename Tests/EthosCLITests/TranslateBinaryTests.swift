import EthosTestSupport
import Foundation
import Testing

@Suite("ethos translate, run as the built binary", .needsBuiltBinary)
struct TranslateBinaryTests {
    @Test("status prints counts, percentages and the to-do list, located; exit 1 while anything is left")
    func statusText() throws {
        let result = try runBinary(["translate", "status", "Tests/translate/exchange.yml"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("""
            Tests/translate/exchange.yml: 8 texts in 3 locales, translated from en
              en  100 %  6 translated, 2 shared, 0 copied, 0 missing
              de   87 %  5 translated, 2 shared, 0 copied, 1 missing
              hr   37 %  1 translated, 2 shared, 3 copied, 2 missing

            de: 1 to translate
              Tests/translate/exchange.yml:26:7: missing values[1].action
            """))
        #expect(result.output.contains("  Tests/translate/exchange.yml:9:3: copied purpose\n"))
    }

    @Test("status --format json holds every locale's counts and untranslated fields")
    func statusJSON() throws {
        let result = try runBinary(["translate", "status", "Tests/translate/exchange.yml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["default-locale"] as? String == "en")
        #expect(object["texts"] as? Int == 8)
        let locales = try #require(object["locales"] as? [[String: Any]])
        #expect(locales.map { $0["locale"] as? String } == ["en", "de", "hr"])
        #expect(locales[2]["copied"] as? Int == 3)
        #expect(locales[2]["percent"] as? Int == 37)
        let first = try #require((locales[2]["untranslated"] as? [[String: Any]])?.first)
        #expect(first["path"] as? String == "purpose" && first["state"] as? String == "copied" && first["line"] as? Int == 9)
    }

    @Test("two processes export byte-identical PO and XLIFF files")
    func deterministic() throws {
        for format in ["po", "xliff"] {
            let arguments = ["translate", "export", "Tests/translate/exchange.yml", "--locale", "hr", "--format", format]
            let first = try runBinary(arguments)
            #expect(first.status == 0)
            #expect(try runBinary(arguments).output == first.output)
        }
    }

    @Test("a broken PO file stops import with one located error and exit 1")
    func brokenFile() throws {
        let folder = try temporaryFolder()
        let po = folder.appendingPathComponent("fr.po")
        try "msgid \"a\nmsgstr \"\"\n".write(to: po, atomically: true, encoding: .utf8)
        let result = try runBinary(["translate", "import", "Tests/translate/exchange.yml", po.path], capturing: .errors)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(po.path):1:7: error: the string has no closing quote [translation-syntax]"))
    }
}
