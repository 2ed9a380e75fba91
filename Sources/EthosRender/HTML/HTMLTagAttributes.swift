/// Adds what cmark-gfm's HTML lacks for navigation and accessibility: an `id` on each heading
/// and `scope="col"` on each table header cell; and makes task lists lists of boxes a new hire
/// can tick: cmark-gfm writes each task as `<li><input type="checkbox" disabled="" /> text</li>`
/// in a bare `<ul>`, which shows a bullet beside a box that cannot be ticked and has no label.
/// Here the list gets `class="contains-task-list"` (the stylesheet drops its bullets), each
/// task `class="task-list-item"`, and its box, enabled, goes into a `<label>` with the task's
/// text, so a click on the text ticks the box and a screen reader reads the text as the box's
/// name. No script is involved: the ticks last until the page is closed.
///
/// Working on the rendered string is safe because user text never holds a literal `<`: the
/// Markdown escaping and cmark-gfm's own output escaping turn it into `&lt;`, so every `<h2>`,
/// `<th`, `<li>` or `<input` in the HTML is one cmark-gfm wrote. The pass runs over UTF-8 bytes.
enum HTMLTagAttributes {
    static func add(to html: String, headings: [GFMConverter.Heading]) -> String {
        var bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 24 + 64)
        var headingIndex = 0
        var index = 0
        // Where the `</li>` of a labelled task starts: there the label closes.
        var labelEnds: Set<Int> = []
        bytes.append(0)  // a sentinel, so look-ahead never runs past the end
        let end = bytes.count - 1
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                output.append(byte)
                index += 1
                continue
            }
            if bytes[index + 1] == UInt8(ascii: "h"), index + 3 < end, (0x31...0x36).contains(bytes[index + 2]),
               bytes[index + 3] == UInt8(ascii: ">"), headingIndex < headings.count {
                output += Array("<h".utf8) + [bytes[index + 2]] + Array(" id=\"\(headings[headingIndex].anchor)\">".utf8)
                headingIndex += 1
                index += 4
            } else if matches(bulletList, in: bytes, at: index), taskAt(bytes, index + bulletList.count + 1) != nil
                        || taskAt(bytes, index + bulletList.count) != nil {
                output += taskList
                index += bulletList.count
            } else if let task = taskAt(bytes, index) {
                output += taskItem
                let close = closingTag(ofItemAt: index, in: bytes)
                let labelled = close.map { !holdsBlocks(bytes[(index + task.length)..<$0]) } ?? false
                if labelled, let close {
                    output += labelOpen
                    labelEnds.insert(close)
                }
                output += task.checked ? tickedBox : tickableBox
                index += task.length
            } else if labelEnds.contains(index) {
                output += labelClose
                output.append(byte)
                index += 1
            } else if matches(disabledBox, in: bytes, at: index) {
                output += tickableBox
                index += disabledBox.count
            } else if matches(tableHeader, in: bytes, at: index),
                      bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                output += scopedTableHeader
                index += tableHeader.count
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count < bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// A task item cmark-gfm wrote at `index`: whether its box is ticked, and how many bytes
    /// its `<li>` and box take.
    private static func taskAt(_ bytes: [UInt8], _ index: Int) -> (checked: Bool, length: Int)? {
        if matches(openTask, in: bytes, at: index) { return (false, openTask.count) }
        if matches(doneTask, in: bytes, at: index) { return (true, doneTask.count) }
        return nil
    }

    /// Where the `</li>` that closes the item opening at `index` starts, past any nested items.
    private static func closingTag(ofItemAt index: Int, in bytes: [UInt8]) -> Int? {
        var depth = 0
        var position = index
        while position < bytes.count - 1 {
            if bytes[position] == UInt8(ascii: "<") {
                if matches(itemOpen, in: bytes, at: position),
                   bytes[position + 3] == UInt8(ascii: ">") || bytes[position + 3] == UInt8(ascii: " ") {
                    depth += 1
                } else if matches(itemClose, in: bytes, at: position) {
                    depth -= 1
                    if depth == 0 { return position }
                }
            }
            position += 1
        }
        return nil
    }

    /// Whether `content` holds an element a `<label>` may not (a paragraph, a nested list …):
    /// a task written as a loose or nested list keeps its box outside a label.
    private static func holdsBlocks(_ content: ArraySlice<UInt8>) -> Bool {
        var index = content.startIndex
        while index < content.endIndex - 1 {
            if content[index] == UInt8(ascii: "<") {
                let next = content[index + 1]
                if blockInitials.contains(next) {
                    let name = content[(index + 1)...].prefix { $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: " ") }
                    if blockNames.contains(String(decoding: name, as: UTF8.self)) { return true }
                }
            }
            index += 1
        }
        return false
    }

    private static let blockNames: Set<String> = [
        "p", "ul", "ol", "li", "div", "table", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    private static let blockInitials = Set(blockNames.map { $0.utf8.first! })

    private static let bulletList = Array("<ul>".utf8)
    private static let taskList = Array(#"<ul class="contains-task-list">"#.utf8)
    private static let openTask = Array(#"<li><input type="checkbox" disabled="" />"#.utf8)
    private static let doneTask = Array(#"<li><input type="checkbox" checked="" disabled="" />"#.utf8)
    private static let taskItem = Array(#"<li class="task-list-item">"#.utf8)
    private static let labelOpen = Array("<label>".utf8)
    private static let labelClose = Array("</label>".utf8)
    private static let itemOpen = Array("<li".utf8)
    private static let itemClose = Array("</li>".utf8)
    private static let disabledBox = Array(#"<input type="checkbox" disabled="" />"#.utf8)
    private static let tickableBox = Array(#"<input type="checkbox">"#.utf8)
    private static let tickedBox = Array(#"<input type="checkbox" checked>"#.utf8)
    private static let tableHeader = Array("<th".utf8)
    private static let scopedTableHeader = Array(#"<th scope="col""#.utf8)
}
