import Foundation

/// The page template run once per page shape instead of once per page.
///
/// Pages of a site differ in a few values (title, body, table of contents, links) but share
/// their shape: locale, labels, navigation, number of headings. The template is rendered once
/// per shape with a marker in place of each varying value; the output splits at the markers
/// into fixed text and slots, and each page is then joined from the fixed text and its own
/// values, HTML-escaped where the template escaped the marker. A template that changes a
/// marker (a transform, another escaping) makes the shape fall back to a full render, so the
/// output is always what the template itself would give.
struct PageShell {
    private enum Part {
        case text(String)
        case slot(Int, escaped: Bool)
    }

    private let parts: [Part]

    /// The marker that stands for slot `index` while the shape is rendered.
    static func marker(_ index: Int) -> String { "\u{1}<slot\(index)\u{1}" }

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
            if piece.hasPrefix("<slot"), let slot = Int(piece.dropFirst(5)) {
                parts.append(.slot(slot, escaped: false))
            } else if piece.hasPrefix("&lt;slot"), let slot = Int(piece.dropFirst(8)) {
                parts.append(.slot(slot, escaped: true))
            } else {
                return nil
            }
        }
        self.parts = parts
    }

    /// The page with `values` in the slots.
    func fill(_ values: [String]) -> String {
        var output = ""
        output.reserveCapacity(values.reduce(4_096) { $0 + $1.utf8.count })
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .slot(let index, let escaped): output += escaped ? Self.htmlEscaped(values[index]) : values[index]
            }
        }
        return output
    }

    /// HTML escaping as Mustache's `{{name}}` does it.
    static func htmlEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var output = ""
        for character in text.unicodeScalars {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }
}

/// The page shapes a site has seen, shared by the threads that render its pages.
final class PageShells: @unchecked Sendable {
    private let lock = NSLock()
    /// By shape key; `.some(nil)` records a shape whose template cannot be split.
    private var shells: [String: PageShell?] = [:]

    /// The shell for `key`, made by `make` the first time.
    func shell(for key: String, make: () -> PageShell?) -> PageShell? {
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
