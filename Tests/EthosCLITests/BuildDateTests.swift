import ArgumentParser
@testable import EthosCLI
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The build date in a site's footer comes from `--build-date` or `SOURCE_DATE_EPOCH`, never
/// from the clock.
@Suite("build --build-date and SOURCE_DATE_EPOCH")
struct BuildDateTests {
    func footer(of site: String) throws -> String {
        let html = try String(contentsOfFile: site + "/en/kpis.html", encoding: .utf8)
        let start = try #require(html.range(of: "<footer class=\"site\">"))
        return String(html[start.lowerBound...])
    }

    @Test("--build-date puts the date in every page's footer; without it the footer has none")
    func option() async throws {
        let folder = try temporaryFolder()
        let dated = folder.appendingPathComponent("dated").path
        try await run(["build", example("nextiva.yml"), "-o", dated, "--quiet", "--build-date", "2026-12-01"])
        #expect(try footer(of: dated).contains("Built on December 1, 2026"))
        let undated = folder.appendingPathComponent("undated").path
        try await run(["build", example("nextiva.yml"), "-o", undated, "--quiet"])
        #expect(!(try footer(of: undated)).contains("Built on"))
    }

    @Test("--build-date takes only a real YYYY-MM-DD date")
    func badOption() {
        #expect(throws: (any Error).self) { try BuildCommand.parse(["x.yml", "-o", "site", "--build-date", "2026-02-30"]) }
        #expect(throws: (any Error).self) { try BuildCommand.parse(["x.yml", "-o", "site", "--build-date", "today"]) }
    }

    @Test("SOURCE_DATE_EPOCH gives the UTC day; --build-date wins over it; neither gives no date")
    func sourceDateEpoch() throws {
        let none = try BuildDateOption.parse([])
        #expect(try none.date(environment: [:]) == nil)
        // 2026-12-01 23:59:59 UTC: already the 2nd in Berlin, but the footer gives the UTC day.
        #expect(try none.date(environment: ["SOURCE_DATE_EPOCH": "1796169599"]) == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(try none.date(environment: ["SOURCE_DATE_EPOCH": "0"]) == CalendarDate(year: 1970, month: 1, day: 1))
        let given = try BuildDateOption.parse(["--build-date", "2025-06-30"])
        #expect(try given.date(environment: ["SOURCE_DATE_EPOCH": "1764633599"]) == CalendarDate(year: 2025, month: 6, day: 30))
    }

    @Test("a SOURCE_DATE_EPOCH that is not a whole number of seconds is a usage error", arguments: ["yesterday", "-5", "1.5", ""])
    func badEpoch(_ value: String) throws {
        let none = try BuildDateOption.parse([])
        #expect(throws: ExitStatus.usage) { try none.date(environment: ["SOURCE_DATE_EPOCH": value]) }
    }
}
