import Foundation
import Testing
@testable import EthosLoader
@testable import EthosModel

@Suite("Aliases are bounded by one stage, in keys and values alike")
struct AliasLimitTests {
    /// `a` stands for 10,000 nodes: a list and its 9,999 items.
    private static let tenThousand = "ethos: 1\na: &a [" + Array(repeating: "x", count: 9_999).joined(separator: ", ") + "]\n"
    private static func aliases(_ count: Int, of anchor: String) -> String {
        Array(repeating: "*\(anchor)", count: count).joined(separator: ", ")
    }

    private static func aliasFindings(_ yaml: String) -> [String] {
        PhilosophyLoader.load(yaml: yaml).diagnostics.filter { $0.rule == .aliasLimit }.map {
            "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)"
        }
    }

    @Test("exactly 100,000 nodes reached through aliases pass; one more is alias-limit, at the anchor")
    func limitIsExact() {
        let atLimit = Self.tenThousand + "b: [" + Self.aliases(10, of: "a") + "]\n"
        #expect(Self.aliasFindings(atLimit).isEmpty)
        let overLimit = Self.tenThousand + "o: &o one\nb: [" + Self.aliases(10, of: "a") + ", *o]\n"
        #expect(Self.aliasFindings(overLimit)
            == ["3:4 aliases expand to more than 100,000 nodes; this anchor is repeated too often"])
    }

    @Test("keys and values share one count; passing it in a key names the key")
    func keysAndValuesShareOneCount() {
        let yaml = Self.tenThousand + "b: [" + Self.aliases(6, of: "a") + "]\n? [" + Self.aliases(5, of: "a") + "]\n: laughs\n"
        #expect(Self.aliasFindings(yaml) == ["4:3 aliases in mapping keys expand to more than 100,000 nodes"])
    }

    @Test("an alias that is itself the key is located at the alias")
    func aliasAsKey() {
        let yaml = Self.tenThousand + "b: [" + Self.aliases(10, of: "a") + "]\n*a : laughs\n"
        #expect(Self.aliasFindings(yaml) == ["4:1 aliases in mapping keys expand to more than 100,000 nodes"])
    }

    @Test("a map file (the scorecard's YAML) goes through the same stages")
    func yamlDocumentIsBounded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alias-limit-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.yml").path
        try (Self.tenThousand + "? [" + Self.aliases(11, of: "a") + "]\n: laughs\n").write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let diagnostic) = YAMLDocument.load(path: path, file: "map.yml") else {
            Issue.record("the map file was read")
            return
        }
        #expect(diagnostic.rule == .aliasLimit)
        #expect(diagnostic.location?.line == 3)
    }

    @Test("importing labels into a file whose keys are an alias bomb is refused, not hung")
    func labelsImportIsBounded() {
        // Nine levels of nine: the key stands for about 430 million nodes, which took Yams'
        // duplicate-key check minutes before the labels import went through the alias stage.
        var yaml = "ethos: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...8 { yaml += "l\(level): &l\(level) [" + Self.aliases(9, of: "l\(level - 1)") + "]\n" }
        yaml += "? [" + Self.aliases(9, of: "l8") + "]\n: laughs\n"
        let result = TranslationImport.applyLabels([], into: "de", english: [:], to: yaml, file: "philosophy.yml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("the labels were imported")
            return
        }
        #expect(diagnostic.message.contains("cannot be parsed"))
    }
}
