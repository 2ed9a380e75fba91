import EthosModel
import EthosRender
import Foundation
import Subprocess

/// Prints HTML to PDF with headless Chromium: the page is written into a temporary folder,
/// Chromium (run with a profile of its own in that folder, never the user's) prints it, the
/// PDF is read back and the folder removed.
///
/// The same page gives the same bytes on the same Chromium: the print dates Chromium writes
/// are replaced with a fixed date. A print that takes longer than the printer's timeout is
/// stopped, Chromium's helper processes with it.
///
/// ```swift
/// let printer = try PDFPrinter()
/// let renderer = DocumentRenderer(templates: try TemplateSet.builtIn())
/// let pdf = try await printer.pdf(.philosophy(philosophy, locale: "en"), renderer: renderer)
/// ```
public struct PDFPrinter: Sendable {
    /// The path of the Chromium that prints.
    public let chromium: String
    /// How long one print may take.
    public let timeout: Duration

    /// A printer that runs the Chromium at `chromium`, or without a path the first of
    /// `chromium`, `chromium-browser`, `google-chrome` and `google-chrome-stable` on the
    /// `PATH`; throws ``PDFError/engineNotFound(path:)`` or ``PDFError/noEngine(searched:)``
    /// when there is none.
    public init(chromium: String? = nil, timeout: Duration = .seconds(120)) throws(PDFError) {
        self.chromium = try Chromium.locate(chromium)
        self.timeout = timeout
    }

    /// `document` as a PDF: its print page (`DocumentRenderer.printPage(_:paper:)`) with a
    /// running header and page numbers, on `paper` (by default the paper of the document's
    /// locale).
    public func pdf(_ document: Document, renderer: DocumentRenderer, paper: Paper? = nil) async throws -> Data {
        try await pdf(fromHTML: try renderer.printPage(document, paper: paper), paper: paper ?? document.paper)
    }

    /// Any HTML page as a PDF on `paper`. Chromium prints the page as its print style sheet
    /// lays it out, with no header or footer of its own; `paper` sets the page size (a
    /// `@page` rule added after the page's own styles).
    ///
    /// The page is printed from a file in a temporary folder and may load nothing from the
    /// network: give it its styles and images inline. A relative link would point into
    /// that folder; `DocumentRenderer.printPage(_:paper:)` unlinks them.
    public func pdf(fromHTML html: String, paper: Paper) async throws(PDFError) -> Data {
        let folderName = UUID().uuidString
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-print-\(folderName)")
        let page = folder.appendingPathComponent("page.html")
        let output = folder.appendingPathComponent("page.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(Self.withPaper(html, paper).utf8).write(to: page)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .temporaryFolder((error as NSError).localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let ended = try await run(arguments(page: page, output: output, profile: folder.appendingPathComponent("profile")),
                                  home: folder)
        guard let pdf = try? Data(contentsOf: output), pdf.starts(with: Array("%PDF-".utf8)) else {
            throw .engineFailed(path: chromium, status: ended.status, message: ended.message)
        }
        return ReproduciblePDF.normalized(pdf, folderName: folderName)
    }

    /// `html` with `@page { size: … }` for `paper` at the end of its head.
    static func withPaper(_ html: String, _ paper: Paper) -> String {
        let rule = "<style>@page { size: \(paper.cssSize); }</style>\n"
        guard let head = html.range(of: "</head>") else { return rule + html }
        return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: rule)
    }

    /// Chromium's command line: headless, no sandbox (it runs as root in containers), no
    /// GPU, no header and footer of its own, a profile in the temporary folder, nothing
    /// fetched in the background.
    func arguments(page: URL, output: URL, profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-crash-reporter",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
    }

    /// Runs Chromium with `arguments`, stopping it after ``timeout``; how it ended and the
    /// last lines of what it wrote to standard error.
    private func run(_ arguments: [String], home: URL) async throws(PDFError) -> (status: String, message: String) {
        // Dates in UTC, so the dates ReproduciblePDF overwrites have one shape; caches and
        // settings in the temporary folder.
        let environment = Environment.inherit.updating([
            "TZ": "UTC", "HOME": home.path, "XDG_CONFIG_HOME": home.path, "XDG_CACHE_HOME": home.path,
        ])
        let executable = chromium
        let timeout = timeout
        do {
            return try await withThrowingTaskGroup(of: (status: String, message: String)?.self) { group in
                group.addTask {
                    var options = PlatformOptions()
                    // Its own session, so the teardown reaches Chromium's helper processes too.
                    options.createSession = true
                    options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: .seconds(2))]
                    let result = try await Subprocess.run(
                        .path(.init(executable)), arguments: Arguments(arguments), environment: environment,
                        platformOptions: options, output: .discarded, error: .string(limit: 1 << 20))
                    return (result.terminationStatus.description, Self.lastLines(result.standardError))
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                guard let first else { throw PDFError.timedOut(path: executable, seconds: Int(timeout.components.seconds)) }
                return first
            }
        } catch let error as PDFError {
            throw error
        } catch {
            throw .engineFailed(path: chromium, status: "not started", message: "\(error)")
        }
    }

    /// The last three lines of Chromium's messages that are not about the missing desktop
    /// bus (which every headless run reports).
    static func lastLines(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).filter { !$0.contains("dbus") }.suffix(3).joined(separator: "\n")
    }
}

extension Document {
    /// The paper of the document's locale.
    var paper: Paper {
        switch self {
        case .philosophy(_, let locale): .default(for: locale)
        case .checklist(let checklist): .default(for: checklist.locale)
        }
    }
}
