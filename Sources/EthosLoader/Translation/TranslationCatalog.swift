import EthosModel

/// The strings of one translation exchange, as a PO or XLIFF file holds them: each text in the
/// source locale beside its translation in the target locale.
public struct TranslationCatalog: Sendable, Equatable {
    /// What the strings are: a philosophy's texts, or the built-in labels of the pages.
    public enum Kind: String, Sendable, Equatable {
        /// Texts of the philosophy; each context is a field path (`values[0].name`).
        case texts
        /// Built-in labels; each context is a label key (`contents`).
        case labels
    }

    /// What the strings are.
    public var kind: Kind
    /// The company, named in the file's header.
    public var company: String
    /// The file the strings come from, as its name only (`nextiva.yml`).
    public var original: String
    /// The language of each entry's source.
    public var sourceLocale: LocaleID
    /// The language of each entry's translation.
    public var targetLocale: LocaleID
    /// The strings, in file order.
    public var entries: [TranslationEntry]

    /// Creates a catalog.
    public init(kind: Kind, company: String, original: String, sourceLocale: LocaleID, targetLocale: LocaleID,
                entries: [TranslationEntry]) {
        self.kind = kind
        self.company = company
        self.original = original
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.entries = entries
    }
}

/// One string to translate.
public struct TranslationEntry: Sendable, Equatable {
    /// How far the translation can be trusted.
    public enum State: String, Sendable, Equatable {
        /// No translation yet.
        case missing
        /// A translation to check: a copy of the source, or text marked `# translate`
        /// (PO: `#, fuzzy`; XLIFF: `state="initial"`). Import skips it.
        case untrusted
        /// A translation to use.
        case translated
    }

    /// Where the string lives: a field path or a label key.
    public var context: String
    /// The text in the source locale.
    public var source: String
    /// The translation; empty when there is none.
    public var target: String
    /// How far ``target`` can be trusted.
    public var state: State
    /// A note for the translator: where the text is written, why it is marked.
    public var notes: [String]
    /// Where the entry is written in the PO or XLIFF file it was read from.
    public var location: SourceLocation?

    /// Creates an entry.
    public init(context: String, source: String, target: String, state: State, notes: [String] = [],
                location: SourceLocation? = nil) {
        self.context = context
        self.source = source
        self.target = target
        self.state = state
        self.notes = notes
        self.location = location
    }
}
