import Testing
@testable import EthosModel

/// Names become file names: whatever a name holds, its slug is a short, safe file name, and
/// two items whose files would collide are an error that names both.
@Suite("Slugs as file names")
struct PageSlugTests {
    @Test("path-like names lose every / and .", arguments: [
        ("../../x", "x"), ("/etc/passwd", "etc-passwd"), ("a/b", "a-b"), (".", ""), ("..", ""), ("C:\\Windows", "c-windows"),
    ])
    func pathLike(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test("a slug is cut to 80 characters, never ending in a dash")
    func capped() {
        let long = String(repeating: "Kundenservice ", count: 22)
        let slug = Slug.make(long)
        #expect(slug.count <= Slug.maximumLength)
        #expect(slug.hasPrefix("kundenservice-kundenservice-") && !slug.hasSuffix("-"))
        #expect(Slug.make(String(repeating: "a", count: 300)) == String(repeating: "a", count: 80))
        #expect(Slug.make("Kundenservice Süd") == "kundenservice-sud")
    }

    @Test("Windows device names get a trailing dash; longer words do not", arguments: [
        ("CON", "con-"), ("nul", "nul-"), ("Aux", "aux-"), ("prn", "prn-"), ("COM1", "com1-"), ("lpt9", "lpt9-"),
        ("con.txt", "con-txt"), ("console", "console"), ("com10", "com10"), ("Com 1", "com-1"),
    ])
    func reservedNames(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test("a name with no Latin letters or digits is named by its position")
    func fallback() {
        let philosophy = Self.philosophy(teams: ["Support", "日本", "!!!"])
        #expect(philosophy.teams.map(philosophy.slug(of:)) == ["support", "team-2", "team-3"])
    }

    @Test("a position slug that equals another team's slug is a duplicate-slug error naming both")
    func fallbackCollision() throws {
        let philosophy = Self.philosophy(teams: ["Team 2", "日本"])
        let finding = try #require(PhilosophyChecker.check(philosophy).first { $0.rule == .duplicateSlug })
        #expect(finding.path.description == "teams[1].name")
        #expect(finding.earlier?.description == "teams[0].name")
        #expect(finding.formatted.contains("'team-2'") && finding.formatted.contains("(first at teams[0].name)"))
    }

    @Test("two long names that differ only after 80 characters collide, with both places named")
    func cappedCollision() throws {
        let stem = String(repeating: "x", count: 90)
        let philosophy = Self.philosophy(teams: [stem + " north", stem + " south"])
        let finding = try #require(PhilosophyChecker.check(philosophy).first { $0.rule == .duplicateSlug })
        #expect(finding.earlier?.description == "teams[0].name")
    }

    static func philosophy(teams: [String]) -> Philosophy {
        Philosophy(company: "Acme", purpose: "Help.", vision: "Quick help.",
                   values: [ServiceValue(name: "Speed", action: "Answer today.")],
                   teams: teams.map { Team(name: LocalizedText($0), activities: "Answers.") })
    }
}
