import Foundation

/// A template run once per shape of its values instead of once per render.
///
/// Many renders of a template differ only in their texts: a site renders the team page a
/// thousand times with the same number of KPIs and the same labels. The template is rendered
/// once per shape with a marker in place of each text; the output splits at the markers into
/// fixed text and slots, and each render is then joined from the fixed text and its own
/// texts, escaped the way the template escaped each marker (HTML, Markdown or not at all).
///
/// A marker the template changed (a transform such as `uppercased`) makes that shape fall
/// back to full renders; a template that calls a transform whose result depends on the texts
/// themselves (`sorted`) is never rendered this way (``TemplateSet``). Only the built-in
/// templates are: a company's own templates always run in full.
struct TemplateShell {
    private enum Escaping {
        case none, html, markdown
    }

    private enum Part {
        case text(String)
        case slot(Int, Escaping)
    }

    private let parts: [Part]

    /// The marker that stands for text `index` while the shape is rendered. Mixed case, so a
    /// case transform shows; `<`, so each kind of escaping shows.
    static func marker(_ index: Int) -> String { "\u{1}<sLOT\(index)\u{1}" }

    /// Transforms whose result depends only on a value's shape (a list's length and order of
    /// items, a text's case, which the marker shows), so a shell gives what a full render gives.
    static let shapeTransforms: Set<String> = [
        "empty", "first", "last", "reversed", "count", "enumerated", "capitalized", "lowercased", "uppercased",
    ]

    /// Whether a template with `source` may render through shells: it calls no transform
    /// outside ``shapeTransforms`` (`sorted` orders by the texts, which a shell does not hold).
    static func canRender(_ source: String) -> Bool {
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let tag = rest[open.upperBound..<close.lowerBound]
            if !tag.hasPrefix("!"), !tag.hasPrefix("%"), let parenthesis = tag.firstIndex(of: "(") {
                let name = tag[..<parenthesis].drop { "#^/&{ ".contains($0) }
                if !shapeTransforms.contains(String(name)) { return false }
            }
            rest = rest[close.upperBound...]
        }
        return true
    }

    /// Splits `rendered` at the markers; `nil` when a marker was changed by the template.
    init?(rendered: String) {
        var parts: [Part] = []
        let pieces = rendered.split(separator: "\u{1}", omittingEmptySubsequences: false)
        guard pieces.count % 2 == 1 else { return nil }
        for (index, piece) in pieces.enumerated() {
            if index % 2 == 0 {
                if !piece.isEmpty { parts.append(.text(String(piece))) }
                continue
            }
            let forms: [(String, Escaping)] = [("<sLOT", .none), ("&lt;sLOT", .html), ("\\<sLOT", .markdown)]
            guard let (prefix, escaping) = forms.first(where: { piece.hasPrefix($0.0) }),
                  let slot = Int(piece.dropFirst(prefix.count)) else { return nil }
            parts.append(.slot(slot, escaping))
        }
        self.parts = parts
    }

    /// The render with `values` in the slots.
    func fill(_ values: [String]) -> String {
        var output = ""
        output.reserveCapacity(values.reduce(2_048) { $0 + $1.utf8.count })
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .slot(let index, .none): output += values[index]
            case .slot(let index, .html): output += HTMLEscaping.escape(values[index])
            case .slot(let index, .markdown): output += MarkdownEscaping.inline(values[index])
            }
        }
        return output
    }

    /// The texts of `context` in marker order, and a key naming its shape: every list's
    /// length, every key, every flag, every empty text. The top-level `constant` keys (the
    /// labels) are skipped and must be named by the caller's key. `nil` for a value of
    /// another kind.
    static func shape(of context: [String: Any], constant: Set<String>) -> (texts: [String], key: String)? {
        var texts: [String] = []
        var key = ""
        var depth = 0
        func walk(_ value: Any) -> Bool {
            switch value {
            case let text as String:
                if text.isEmpty {
                    key += "e"
                } else {
                    key += "s"
                    texts.append(text)
                }
                return true
            case let flag as Bool:
                key += flag ? "T" : "F"
                return true
            // Lists as view models are built (``MustacheValues``): texts as `[String]`, which
            // casting to `[Any]` would copy element by element, everything else as `[Any]`.
            case let list as [String]:
                key += "["
                guard list.allSatisfy(walk) else { return false }
                key += "]"
                return true
            case let list as [Any]:
                key += "["
                guard list.allSatisfy(walk) else { return false }
                key += "]"
                return true
            case let object as [String: Any]:
                key += "{"
                depth += 1
                defer { depth -= 1 }
                for name in object.keys.sorted() {
                    key += name
                    key += ":"
                    guard (depth == 1 && constant.contains(name)) || walk(object[name]!) else { return false }
                }
                key += "}"
                return true
            default:
                return false
            }
        }
        return walk(context) ? (texts, key) : nil
    }

    /// `context` with each non-empty text replaced by its marker, numbered in the order
    /// ``shape(of:constant:)`` lists the texts.
    static func marked(_ context: [String: Any], constant: Set<String>) -> [String: Any] {
        var next = 0
        var depth = 0
        func walk(_ value: Any) -> Any {
            switch value {
            case let text as String where !text.isEmpty:
                defer { next += 1 }
                return marker(next)
            case let list as [Any]:
                return list.map(walk)
            case let object as [String: Any]:
                depth += 1
                defer { depth -= 1 }
                var walked: [String: Any] = [:]
                for name in object.keys.sorted() {
                    walked[name] = depth == 1 && constant.contains(name) ? object[name] : walk(object[name]!)
                }
                return walked
            default:
                return value
            }
        }
        return walk(context) as? [String: Any] ?? context
    }
}

/// The shapes rendered so far, shared by the threads that render.
final class TemplateShells: @unchecked Sendable {
    private let lock = NSLock()
    /// By shape key; `.some(nil)` records a shape whose output cannot be split.
    private var shells: [String: TemplateShell?] = [:]

    /// The shell for `key`, made by `make` the first time.
    func shell(for key: String, make: () -> TemplateShell?) -> TemplateShell? {
        lock.lock()
        if let known = shells[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        shells[key] = made
        lock.unlock()
        return made
    }
}
