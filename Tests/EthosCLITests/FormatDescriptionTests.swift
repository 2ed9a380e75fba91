@testable import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// The reader, the JSON Schema and docs/format.md all follow the one description of the format
/// (`FileFormat`), section by section.
@Suite("The file format is described once")
struct FormatDescriptionTests {
    static let smallest = """
        ethos: 1
        company: Acme
        purpose: Our purpose at Acme is to keep small shops running.
        vision: Help that feels personal.
        values:
          - name: Quality
            action: Do it right the first time.

        """

    /// The member at `keys` inside `value`.
    func member(_ value: JSONValue, _ keys: String...) -> JSONValue? {
        keys.reduce(value) { current, key in
            guard case .object(let members)? = current else { return nil }
            return members[key]
        }
    }

    func propertyNames(_ object: JSONValue?) -> Set<String> {
        guard case .object(let properties)? = object.flatMap({ member($0, "properties") }) else { return [] }
        return Set(properties.keys)
    }

    /// The keys the schema allows in `section`: the top level, `lint` in place, the rest under
    /// `$defs`, an objective as the union of its forms.
    func schemaKeys(of section: FormatSectionID, in document: JSONValue) -> Set<String> {
        switch section {
        case .philosophy: return propertyNames(document)
        case .lint: return propertyNames(member(document, "properties", "lint"))
        default:
            let definition = member(document, "$defs", section.rawValue)
            guard case .array(let forms)? = definition.flatMap({ member($0, "oneOf") }) else {
                return propertyNames(definition)
            }
            return forms.reduce(into: []) { $0.formUnion(propertyNames($1)) }
        }
    }

    @Test("the schema allows exactly the keys of every section")
    func schemaAgrees() {
        let document = FormatSchema.document
        for section in FormatSectionID.allCases {
            #expect(schemaKeys(of: section, in: document) == Set(FileFormat.current[section].allowed),
                    "schema and description differ in \(section)")
        }
    }

    @Test("the reader allows exactly the keys of every section, and names them all for an unknown one")
    func readerAgrees() {
        let unknown = "zzzzzzzz: 1"
        let yaml = """
            ethos: 1
            company: Acme
            purpose: P
            vision: V
            \(unknown)
            values:
              - { name: N, action: A, \(unknown) }
            kpis:
              - { id: FRT, \(unknown) }
            standards:
              - { kpi: FRT, objective: { at-most: 2m, \(unknown) }, \(unknown) }
            channels:
              - { name: Phone, \(unknown) }
            journey: { \(unknown) }
            expectations: { \(unknown) }
            recovery:
              - { situation: S, response: R, \(unknown) }
            teams:
              - { name: T, activities: A, \(unknown) }
            onboarding:
              \(unknown)
              tasks:
                - { phase: day-1, task: T, \(unknown) }
            calendar:
              \(unknown)
              holidays:
                - { date: 2027-01-01, \(unknown) }
            lint: { \(unknown) }
            revisions:
              - { version: '1', date: 2026-01-01, summary: S, \(unknown) }
            site:
              \(unknown)
              colors: { \(unknown), dark: { \(unknown) } }
              footer-links: [{ text: T, url: x.html, \(unknown) }]
            """
        let fixes = PhilosophyLoader.load(yaml: yaml).diagnostics.filter { $0.rule == .unknownKey }.compactMap(\.fix)
        for section in FileFormat.current.sections.values {
            let expected = "allowed keys in \(section.what): \(section.allowed.joined(separator: ", "))"
            #expect(fixes.filter { $0 == expected }.count == 1, "the reader's keys differ in \(section.id)")
        }
        #expect(fixes.count == FormatSectionID.allCases.count)
    }

    @Test("a key added to one section's description is read, listed by the schema and asked of docs/format.md")
    func addedKeyReachesReaderSchemaAndDocs() throws {
        var format = FileFormat.current
        format[.channel].keys.append(FormatKey("fake-key", .text, "A key only this test declares."))
        let yaml = Self.smallest + """
            channels:
              - name: Phone
                fake-key: hello
            """

        #expect(PhilosophyLoader.load(yaml: yaml).diagnostics.contains { $0.rule == .unknownKey })
        let read = PhilosophyLoader.load(bytes: Array(yaml.utf8), file: "philosophy.yml", format: format)
        #expect(read.diagnostics.isEmpty)
        #expect(read.philosophy != nil)

        let schema = FormatSchema.document(for: format)
        #expect(member(schema, "$defs", "channel", "properties", "fake-key")
                == ["$ref": "#/$defs/text", "description": "A key only this test declares."])

        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/format.md"), encoding: .utf8)
        #expect(FormatReference(markdown: docs).disagreements(with: format) == ["channel: docs/format.md lacks `fake-key`"])
    }
}
