import EthosModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an XLIFF 2.0 document, as Ethos writes it or as a CAT tool returns it: each unit's
/// context is its `name` (its `id` when it has none), its source and target the text of its
/// segments with `<cp hex="…"/>` turned back into characters. A segment in state `initial`
/// holds an untrusted translation; `translated`, `reviewed` and `final` ones are used.
public enum XLIFFReader {
    /// The catalog in `data`; `file` names it in diagnostics.
    public static func read(_ data: Data, file: String) -> Result<XLIFFContents, Diagnostic> {
        let parser = XMLParser(data: data)
        let delegate = Delegate(file: file)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        let parsed = parser.parse()
        if let problem = delegate.problem { return .failure(problem) }
        guard parsed else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            return .failure(Diagnostic(.error, .translationSyntax, "the XLIFF file is not well-formed XML (\(reason))",
                                       location: SourceLocation(file: file, line: max(parser.lineNumber, 1),
                                                                column: max(parser.columnNumber, 1))))
        }
        guard delegate.sawRoot else {
            return .failure(Diagnostic(.error, .translationSyntax, "no XLIFF 2.0 <xliff> element",
                                       fix: "export the file again with 'ethos translate export --format xliff'",
                                       location: SourceLocation(file: file, line: 1, column: 1)))
        }
        return .success(XLIFFContents(sourceLocale: delegate.sourceLocale, targetLocale: delegate.targetLocale,
                                      kind: delegate.kind, entries: delegate.entries))
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        var problem: Diagnostic?
        var sawRoot = false
        var sourceLocale: String?
        var targetLocale: String?
        var kind: String?
        var entries: [TranslationEntry] = []

        private var unit: (context: String, line: Int)?
        private var source = ""
        private var target = ""
        private var hasTarget = false
        private var states: [String] = []
        private var notes: [String] = []
        /// The element whose text is being collected: `source`, `target` or `note`.
        private var collecting: String?
        private var note = ""

        init(file: String) {
            self.file = file
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if !sawRoot {
                guard name == "xliff", namespaceURI == XLIFFFile.namespace else {
                    fail(parser, "the root element is not XLIFF 2.0 <xliff xmlns=\"\(XLIFFFile.namespace)\">")
                    return
                }
                sawRoot = true
                sourceLocale = attributes["srcLang"]
                targetLocale = attributes["trgLang"]
                return
            }
            guard namespaceURI == XLIFFFile.namespace else { return }
            switch name {
            case "file":
                kind = kind ?? attributes["id"]
            case "unit":
                guard let context = attributes["name"] ?? attributes["id"] else {
                    fail(parser, "a <unit> without a name or id")
                    return
                }
                unit = (context, parser.lineNumber)
                (source, target, hasTarget, states, notes) = ("", "", false, [], [])
            case "segment":
                states.append(attributes["state"] ?? "initial")
            case "source", "target":
                collecting = name
                if name == "target" { hasTarget = true }
            case "note":
                collecting = "note"
                note = ""
            case "cp":
                guard let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    fail(parser, "<cp> needs a hex attribute naming a character")
                    return
                }
                append(String(Character(scalar)))
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
            problem = problem ?? Diagnostic(.error, .translationSyntax,
                                            "the XLIFF file is not well-formed XML (\(error.localizedDescription))",
                                            location: SourceLocation(file: file, line: max(parser.lineNumber, 1),
                                                                     column: max(parser.columnNumber, 1)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            append(string)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard namespaceURI == XLIFFFile.namespace else { return }
            switch name {
            case "source", "target":
                collecting = nil
            case "note":
                if unit != nil { notes.append(note) }
                collecting = nil
            case "unit":
                guard let unit else { return }
                let untrusted = states.contains { $0 == "initial" }
                let state: TranslationEntry.State = !hasTarget || target.isEmpty ? .missing : untrusted ? .untrusted : .translated
                entries.append(TranslationEntry(context: unit.context, source: source, target: target, state: state,
                                                notes: notes, location: SourceLocation(file: file, line: unit.line, column: 1)))
                self.unit = nil
            default:
                break
            }
        }

        private func append(_ string: String) {
            switch collecting {
            case "source": source += string
            case "target": target += string
            case "note": note += string
            default: break
            }
        }

        private func fail(_ parser: XMLParser, _ message: String) {
            problem = problem ?? Diagnostic(.error, .translationSyntax, message,
                                            location: SourceLocation(file: file, line: max(parser.lineNumber, 1),
                                                                     column: max(parser.columnNumber, 1)))
            parser.abortParsing()
        }
    }
}

/// What an XLIFF document holds: its languages, the kind of strings (the `file` id Ethos
/// writes) and its entries.
public struct XLIFFContents: Sendable {
    /// `srcLang`.
    public let sourceLocale: String?
    /// `trgLang`.
    public let targetLocale: String?
    /// The first `file` element's id: `texts` or `labels` in a file Ethos wrote.
    public let kind: String?
    /// The units, in file order.
    public let entries: [TranslationEntry]
}
