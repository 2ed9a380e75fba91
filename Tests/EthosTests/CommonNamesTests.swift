import CommonNames
import Ethos
import Testing

/// One property of each common word's type, each type named without its module. Were Ethos to
/// export a type of one of these names too, that type would be ambiguous here and this file
/// would not compile. (A type annotation is where Swift reports the ambiguity; `Values.self`
/// in an expression would not.)
private struct OtherLibraryTypes {
    var purpose: Purpose?
    var vision: Vision?
    var conflicts: Conflicts?
    var values: Values?
    var kpis: KPIs?
    var standards: Standards?
    var channels: Channels?
    var recovery: Recovery?
    var teams: Teams?
    var revisions: Revisions?
    var site: Site?
    var section: Section?
    var content: Content?
    var listBuilder: ListBuilder?
}

@Suite("A module importing Ethos keeps the common words for its own types")
struct CommonNamesTests {
    @Test("bare words such as Values, Teams and Site name the other module's types, beside the DSL")
    func commonWordsStayFree() {
        let properties = Mirror(reflecting: OtherLibraryTypes()).children
        #expect(properties.count == 14)
        #expect(properties.allSatisfy { String(reflecting: type(of: $0.value)).contains("CommonNames.") })

        let philosophy = Philosophy(company: "Acme") {
            CompanyPurpose("We help.")
            SupportVision("Fast help.")
            ServiceValues { ServiceValue(name: "Speed", action: "Answer today.", kpis: ["FRT"]) }
            SupportTeams { Team(name: "Support", activities: "Answers customers.", kpis: ["FRT"]) }
            ConflictGuidance("Keep our word.")
        }
        #expect(philosophy.values.map(\.name) == ["Speed"])
        #expect(philosophy.teams.map(\.name) == ["Support"])
        #expect(philosophy.conflicts == "Keep our word.")
    }
}
