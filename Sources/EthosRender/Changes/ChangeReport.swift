import EthosLoader
import EthosModel

/// The changes between two versions of a philosophy, told per language as plain text,
/// Markdown or JSON: changes of substance first, then those of wording only.
public struct ChangeReport: Sendable {
    /// The changes, in the order `Philosophy.changes(since:)` found them.
    public let changes: [PhilosophyChange]
    /// The languages the report speaks, in order.
    public let locales: [LocaleID]
    private let sentences: [ChangeSentence]

    /// A report of `changes` to `philosophy` (the newer version) in `locales`, by default
    /// every locale of `philosophy`.
    public init(changes: [PhilosophyChange], philosophy: Philosophy, locales: [LocaleID]? = nil) {
        self.changes = changes
        self.locales = locales ?? philosophy.locales
        sentences = self.locales.map { ChangeSentence(locale: $0, philosophy: philosophy) }
    }

    /// Whether anything changed at all.
    public var hasChanges: Bool { !changes.isEmpty }

    /// The sentences of one language, substance first: what a page or a message shows.
    public func lines(in locale: LocaleID) -> (substance: [String], wording: [String]) {
        guard let speaker = sentences.first(where: { $0.locale == locale }) else { return ([], []) }
        let told = changes.filter(speaker.concerns)
        return (told.filter { !$0.isWordingOnly }.map(speaker.sentence),
                told.filter(\.isWordingOnly).map(speaker.sentence))
    }

    /// Plain text: per language (named when there are several), a block of changes of
    /// substance and one of wording, or "No changes.".
    public var text: String {
        locales.map { locale in
            let name = locales.count > 1 ? "[\(locale.tag)]\n" : ""
            let blocks = blocks(in: locale)
            if blocks.isEmpty { return name + ChangePhrases.for(locale).noChanges + "\n" }
            return name + blocks.map { "\($0.heading):\n" + $0.lines.map { "  \($0)\n" }.joined() }.joined()
        }.joined(separator: "\n")
    }

    /// Markdown: a `##` section per language with lists under `###` headings. Names from
    /// the philosophy are escaped, so they stay text.
    public var markdown: String {
        locales.map { locale in
            let blocks = blocks(in: locale)
            if blocks.isEmpty { return "## \(locale.tag)\n\n" + ChangePhrases.for(locale).noChanges + "\n" }
            return "## \(locale.tag)\n\n" + blocks.map { block in
                "### \(block.heading)\n\n" + block.lines.map { "- \(MarkdownEscaping.inline($0))\n" }.joined()
            }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The headed blocks of one language, substance first, leaving out an empty one: none
    /// when nothing changed in that language.
    private func blocks(in locale: LocaleID) -> [(heading: String, lines: [String])] {
        let phrases = ChangePhrases.for(locale)
        let (substance, wording) = lines(in: locale)
        return [(phrases.substanceHeading, substance), (phrases.wordingHeading, wording)].filter { !$0.1.isEmpty }
    }

    /// JSON: `{old, new, changed, changes: [{subject, change, substance, …, sentences}]}`,
    /// with `old` and `new` naming the two versions as given.
    public func json(old: String, new: String) -> String {
        let items: [JSONValue] = changes.map { change in
            var object = ChangeJSON.fields(of: change)
            var told: [String: JSONValue] = [:]
            for speaker in sentences where speaker.concerns(change) {
                told[speaker.locale.tag] = .string(speaker.sentence(for: change))
            }
            object["sentences"] = .object(told)
            return .object(object)
        }
        return JSONValue.object([
            "old": .string(old), "new": .string(new), "changed": .bool(hasChanges), "changes": .array(items),
        ]).serialized()
    }
}
