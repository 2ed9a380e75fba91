import Foundation

/// A folder of fixtures in groups (`invalid/`, `triggers/` …): each `NAME.yml` with a
/// `NAME.expected` beside it that lists the findings, one `LINE:COLUMN SEVERITY RULE` a line.
public struct FindingFixtures: Sendable {
    /// The folder the groups sit in (a test bundle's `Fixtures`).
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The names of the fixtures in `group`, without `.yml`, sorted.
    public func names(in group: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(group).path)) ?? []
        return files.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The non-empty lines of `fixture.expected` (`fixture` is `group/name`), trimmed.
    public func expectedFindings(_ fixture: String) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(fixture + ".expected"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
