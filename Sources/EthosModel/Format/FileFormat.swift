/// Every section of the philosophy file (format 1), read from the ``FormatKeys`` declarations
/// starting at the top level: the single description of the format that the reader, the JSON
/// Schema, the documentation test and the typed field paths share.
public struct FileFormat: Sendable {
    /// The sections by id.
    public var sections: [FormatSectionID: FormatSection]

    /// The format this library reads and writes.
    public static let current = FileFormat()

    private init() {
        sections = Dictionary(FormatSection.all(from: PhilosophyKeys.self).map { ($0.id, $0) },
                              uniquingKeysWith: { first, _ in first })
    }

    /// The section `id`; every id is declared (a test holds this), so a missing one reads as
    /// a section without keys.
    public subscript(id: FormatSectionID) -> FormatSection {
        get { sections[id] ?? FormatSection(id: id) }
        set { sections[id] = newValue }
    }
}

extension FormatSection {
    /// A section with no keys.
    init(id: FormatSectionID) {
        self.id = id
        what = id.rawValue
        keys = []
        summary = nil
        forms = []
        isSchemaDefinition = false
    }
}
