import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// Whether the PDF and browser tests must run: `make test` sets `ETHOS_REQUIRE_BINARY=1` and
/// installs Chromium and poppler-utils (`make test-deps`), so a missing one fails these tests
/// there instead of skipping them. A bare `swift test` without Chromium skips them.
let chromiumRequired = ProcessInfo.processInfo.environment["ETHOS_REQUIRE_BINARY"] == "1"

/// The Chromium on the PATH, if any.
let installedChromium = try? Chromium.locate(nil)

extension Trait where Self == ConditionTrait {
    /// Runs a suite that prints with Chromium and reads PDFs with poppler-utils when Chromium
    /// is there, and always under `make test`.
    static var needsChromium: Self {
        .enabled(if: chromiumRequired || installedChromium != nil)
    }
}

/// Runs `tool` (found on the PATH) with `arguments` and returns its standard output.
func runTool(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(tool) exited \(process.terminationStatus)"])
    }
    return String(decoding: data, as: UTF8.self)
}

/// What `pdfinfo` and `pdftotext` (poppler-utils) read in a PDF.
struct PDFReading {
    let pages: Int
    /// Points, rounded: `595 x 842` for A4.
    let pageSize: String
    /// The text of every page, in order.
    let pageTexts: [String]

    init(_ pdf: Data) throws {
        let file = try temporaryFolder().appendingPathComponent("document.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try pdf.write(to: file)
        let info = try runTool("pdfinfo", [file.path])
        let field = { (name: String) in
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            } ?? ""
        }
        pages = Int(field("Pages")) ?? 0
        let size = field("Page size").split(separator: " ")
        pageSize = size.count >= 3 ? "\(Int(Double(size[0])!.rounded())) x \(Int(Double(size[2])!.rounded()))" : ""
        pageTexts = try runTool("pdftotext", ["-layout", file.path, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    var text: String { pageTexts.joined(separator: "\n") }
}
