import EthosLoader
import EthosModel
import Testing

/// `revisions:`: oldest first, each version once, none taking effect before its date.
@Suite("Revisions")
struct RevisionsSectionTests {
    static func load(_ revisions: String) -> LoadResult {
        PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            purpose: Keep small shops running.
            vision: Help that feels personal.
            values:
              - name: Quality
                action: Do it right the first time.
            revisions:
            \(revisions)
            """, file: "p.yml")
    }

    @Test("revisions are read oldest first; the last is the current one")
    func reads() throws {
        let result = Self.load("""
              - { version: "1.0", date: 2026-01-10, summary: First edition., approved-by: [Ana Novak] }
              - version: "1.1"
                date: 2026-05-01
                effective: 2026-06-01
                summary: Phone answers within one minute.
                approved-by: [Ana Novak, Luka Horvat]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let philosophy = try #require(result.philosophy)
        #expect(philosophy.revisions.map(\.version) == ["1.0", "1.1"])
        #expect(philosophy.currentRevision == Revision(
            version: "1.1", date: try #require(CalendarDate(parsing: "2026-05-01")),
            summary: "Phone answers within one minute.", approvedBy: ["Ana Novak", "Luka Horvat"],
            effective: CalendarDate(parsing: "2026-06-01")))
    }

    @Test("a date going backwards is a revision-order error at the later date, naming the earlier version")
    func dateBackwards() throws {
        let result = Self.load("""
              - { version: "1.1", date: 2026-05-01, summary: Faster phone. }
              - { version: "1.2", date: 2026-03-01, summary: Chat added. }
            """)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.rule == .revisionOrder)
        #expect(error.location?.line == 10 && error.location?.column == 29)
        #expect(error.message == "date goes backwards: 2026-03-01 is before 2026-05-01 of version 1.1")
        #expect(error.earlierLocation?.line == 9)
    }

    @Test("a version listed twice is a duplicate-id error pointing at the first")
    func duplicateVersion() throws {
        let result = Self.load("""
              - { version: "1.0", date: 2026-01-10, summary: First edition. }
              - { version: "1.0", date: 2026-02-10, summary: Second edition. }
            """)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.map(\.rule) == [.duplicateID])
        #expect(error.message == "version '1.0' is listed twice")
        #expect(error.location?.line == 10 && error.earlierLocation?.line == 9)
    }

    @Test("taking effect before its own date is a revision-order error at 'effective'")
    func effectiveBeforeDate() throws {
        let result = Self.load("  - { version: '2', date: 2026-05-01, effective: 2026-04-01, summary: Earlier. }")
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.map(\.rule) == [.revisionOrder])
        #expect(error.message == "version 2 takes effect on 2026-04-01, before its date 2026-05-01")
        #expect(error.location?.column == 50)
    }

    @Test("a missing date or summary and a malformed date are located errors; the order check passes them by")
    func missingAndMalformed() {
        let missing = Self.load("  - { version: '1' }")
        #expect(missing.diagnostics.map(\.rule) == [.missingKey])
        #expect(missing.diagnostics.first?.message == "a revision lacks required keys 'date', 'summary'")
        let malformed = Self.load("""
              - { version: '1', date: 2026-13-01, summary: A. }
              - { version: '2', date: 2026-01-01, summary: B. }
            """)
        #expect(malformed.diagnostics.map(\.rule) == [.badDate])
    }
}
