import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The locale mistakes a new user makes give one finding at the `locales` line, not one per text.
@Suite("Locale traps")
struct LocaleTrapTests {
    static let example = repositoryRoot.appendingPathComponent("Examples/kundeservice-nb.yml")

    /// The Norwegian example with its `locales` line replaced.
    static func norwegianExample(locales: String) throws -> LoadResult {
        let text = try String(contentsOf: example, encoding: .utf8)
            .replacingOccurrences(of: "locales: [nb, en]", with: "locales: \(locales)")
        return PhilosophyLoader.load(yaml: text, file: "dyr.yml")
    }

    @Test("'no' for 'nb' is one error at the locales line with did-you-mean")
    func norwegianMacrolanguage() throws {
        let result = try Self.norwegianExample(locales: "[no, en]")
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.formatted))")
        let finding = try #require(result.diagnostics.first)
        #expect(finding.rule == .mistakenLocale)
        #expect(finding.location?.line == 6)
        #expect(finding.fix?.hasPrefix("did you mean 'nb'?") == true)
    }

    @Test("'NB' reads as 'nb': the texts match, with one warning at the locales line")
    func upperCaseTag() throws {
        let result = try Self.norwegianExample(locales: "[NB, en]")
        #expect(result.diagnostics.map(\.rule) == [.localeCase], "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.first?.fix == "write 'nb', as the files and pages will name it")
        #expect(result.philosophy?.locales == ["nb", "en"])
    }

    @Test("Tags take BCP 47's usual case", arguments: [
        ("NB", "nb"), ("de-at", "de-AT"), ("SR-LATN-rs", "sr-Latn-RS"), ("es-419", "es-419"), ("not a tag", "not a tag"),
    ])
    func usualCase(written: String, usual: String) {
        #expect(LocaleID(written).tag == usual)
    }

    @Test("A country code or 'no' suggests the language meant, keeping the region", arguments: [
        ("no", "nb"), ("no-NO", "nb-NO"), ("dk", "da"), ("jp", "ja"),
    ])
    func likelyIntended(written: String, intended: String) {
        #expect(LocaleID(written).likelyIntended?.tag == intended)
        #expect(LocaleID("nb").likelyIntended == nil)
    }
}
