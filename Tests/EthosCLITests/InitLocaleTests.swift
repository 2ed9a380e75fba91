@testable import EthosCLI
import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

@Suite("init with a mistaken or oddly cased locale")
struct InitLocaleTests {
    @Test("init --locales en,no writes the Norwegian texts under 'nb' and validates clean",
          arguments: ["en,no", "en,NB"])
    func norwegianStarter(locales: String) async throws {
        let file = try temporaryFolder().appendingPathComponent("philosophy.yml").path
        try await run(["init", "--locales", locales, "-o", file])
        let result = PhilosophyLoader.load(path: file)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        #expect(result.philosophy?.locales == ["en", "nb"])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("nb: \"Hjelp som føles personlig.\""))
        #expect(!text.contains("# translate"))
    }
}
