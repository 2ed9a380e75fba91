import Testing
@testable import EthosRender

@Suite("View models as Mustache values")
struct MustacheValuesTests {
    private struct Row: Encodable {
        let name: String
        let note: String?
    }

    private struct Page: Encodable {
        let title: String
        let current: Bool
        let tags: [String]
        let rows: [Row]
        let footer: Row?
    }

    @Test("each property is a key; an absent optional is left out, so {{#key}} renders nothing")
    func keysAndAbsentOptionals() throws {
        let page = Page(title: "Nord", current: true, tags: ["a", "b"],
                        rows: [Row(name: "x", note: nil), Row(name: "y", note: "z")], footer: nil)
        let values = MustacheValues.object(page)
        #expect(Set(values.keys) == ["title", "current", "tags", "rows"])
        #expect(values["title"] as? String == "Nord")
        #expect(values["current"] as? Bool == true)
        #expect(values["tags"] as? [String] == ["a", "b"])
        let rows = try #require(values["rows"] as? [Any]).compactMap { $0 as? [String: Any] }
        #expect(rows.map { Set($0.keys) } == [["name"], ["name", "note"]])
        #expect(rows.last?["note"] as? String == "z")
    }

    @Test("the shells read a view model's values")
    func shellsReadViewModels() throws {
        let page = Page(title: "Nord", current: false, tags: [], rows: [Row(name: "x", note: nil)], footer: nil)
        let shape = try #require(TemplateShell.shape(of: MustacheValues.object(page), constant: []))
        #expect(shape.texts == ["x", "Nord"])
    }
}
