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

    /// `value` written out with sorted keys, so two encodings compare as text.
    private func canonical(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            "{" + object.keys.sorted().map { "\($0):\(canonical(object[$0]!))" }.joined(separator: ",") + "}"
        case let list as [Any]: "[" + list.map(canonical).joined(separator: ",") + "]"
        case let text as String: "s\(text)"
        case let flag as Bool: "b\(flag)"
        default: "?\(type(of: value))"
        }
    }

    @Test("the site chrome's links, built directly, equal what the general encoder gives them")
    func linksShortcut() throws {
        let links = [NavigationLink(href: "a.html", text: "A", current: false), NavigationLink(href: "b.html", text: "B", current: true)]
        var page = HTMLPageViewModel(lang: "en", dir: "ltr", title: "T", labels: [:], toc: [], showContents: false, intro: "",
                                     body: "", siteNav: links, alternates: [], stylesheet: nil)
        page.sidebar = [SidebarSection(href: "v.html", text: "Values", current: false, children: links),
                        SidebarSection(href: "k.html", text: "KPIs", current: true, children: [])]
        page.breadcrumbs = links
        let fast = MustacheValues.object(page)
        // The general encoder encodes a list element by element, each link as a struct.
        #expect(canonical(try #require(fast["siteNav"])) == canonical(MustacheValues.encoded(links)))
        #expect(canonical(try #require(fast["breadcrumbs"])) == canonical(MustacheValues.encoded(links)))
        #expect(canonical(try #require(fast["sidebar"])) == canonical(MustacheValues.encoded(page.sidebar)))
        #expect(canonical(try #require(fast["footerLinks"])) == "[]")
        #expect(canonical(try #require(fast["sidebar"])).contains("children:[{current:bfalse,href:sa.html,text:sA}"))
    }
}
