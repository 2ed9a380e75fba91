import EthosModel
import Foundation

/// The file formats translators exchange strings in.
public enum TranslationFormat: String, CaseIterable, Sendable {
    /// GNU gettext PO (Poedit, Weblate, Crowdin, Lokalize …).
    case po
    /// XLIFF 2.0 (memoQ, Trados, Phrase, OmegaT …).
    case xliff

    /// The text of `catalog` in this format.
    public func write(_ catalog: TranslationCatalog) -> String {
        switch self {
        case .po: POFile.write(catalog)
        case .xliff: XLIFFFile.write(catalog)
        }
    }

    /// The format a file name's extension names: `.po`/`.pot`, `.xlf`/`.xliff`; `nil` for others.
    public static func named(byPath path: String) -> TranslationFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "po", "pot": .po
        case "xlf", "xliff": .xliff
        default: nil
        }
    }
}

/// A PO or XLIFF file read back: the target language, and what Ethos wrote about the source
/// language and kind of strings, when the file still says.
public struct TranslationFile: Sendable {
    /// The format it was read as.
    public let format: TranslationFormat
    /// The strings' kind, when the file names it (`X-Ethos-Kind`, or the XLIFF `file` id).
    public let kind: TranslationCatalog.Kind?
    /// The source language, when the file names it (`X-Ethos-Source-Locale`, `srcLang`).
    public let sourceLocale: LocaleID?
    /// The language of the translations (`Language`, `trgLang`).
    public let targetLocale: LocaleID
    /// The entries, located in the file.
    public let entries: [TranslationEntry]

    /// Reads the file at `path` (at most 10 MiB), as ``read(_:file:)`` does.
    public static func read(path: String) -> Result<TranslationFile, Diagnostic> {
        switch FileBytes.read(path: path, limit: PhilosophyLoader.maximumFileSize) {
        case .success(let bytes): read(bytes, file: path)
        case .failure(let failure): .failure(failure.diagnostic(file: path, kind: "a translation file", limit: "10 MiB"))
        }
    }

    /// Reads `bytes`, as XLIFF when the name says so or the text starts with `<`, else as PO;
    /// `file` names it in diagnostics.
    public static func read(_ bytes: [UInt8], file: String) -> Result<TranslationFile, Diagnostic> {
        SourceText.decode(bytes, file: file).flatMap { text in
            let start = text.drop { $0.isWhitespace }
            let format = TranslationFormat.named(byPath: file) ?? (start.hasPrefix("<") ? .xliff : .po)
            switch format {
            case .po:
                return POReader.read(text, file: file).flatMap { contents in
                    make(.po, kind: contents.header[POFile.Header.kind], source: contents.header[POFile.Header.sourceLocale],
                         target: contents.header["Language"], entries: contents.entries, file: file,
                         missing: "the PO file has no 'Language' header naming the language of its translations")
                }
            case .xliff:
                return XLIFFReader.read(Data(text.utf8), file: file).flatMap { contents in
                    make(.xliff, kind: contents.kind, source: contents.sourceLocale, target: contents.targetLocale,
                         entries: contents.entries, file: file,
                         missing: "the XLIFF file has no trgLang naming the language of its translations")
                }
            }
        }
    }

    private static func make(_ format: TranslationFormat, kind: String?, source: String?, target: String?,
                             entries: [TranslationEntry], file: String, missing: String) -> Result<TranslationFile, Diagnostic> {
        // gettext writes a region with an underscore: fr_CA.
        let target = target?.replacingOccurrences(of: "_", with: "-")
        guard let target, LocaleID.isWellFormed(target) else {
            let message = target.map { "'\($0)' is not a locale tag (the file's target language)" } ?? missing
            return .failure(Diagnostic(.error, .translationSyntax, message,
                                       fix: "name the language as a BCP 47 tag such as 'fr' or 'hr'",
                                       location: SourceLocation(file: file, line: 1, column: 1)))
        }
        let source = source.flatMap { LocaleID.isWellFormed($0) ? LocaleID($0) : nil }
        return .success(TranslationFile(format: format, kind: kind.flatMap(TranslationCatalog.Kind.init(rawValue:)),
                                        sourceLocale: source, targetLocale: LocaleID(target), entries: entries))
    }
}
