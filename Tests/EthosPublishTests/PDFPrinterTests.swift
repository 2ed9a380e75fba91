import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

@Suite("PDF printing with headless Chromium", .needsChromium)
struct PDFPrinterTests {
    let nextiva = try! loadPhilosophy("Examples/nextiva.yml")
    let start = CalendarDate(year: 2026, month: 12, day: 1)
    let renderer = DocumentRenderer(templates: templates)

    func printer() throws -> PDFPrinter {
        try #require(try? PDFPrinter(), "no Chromium on the PATH: apt-get install chromium (make test-deps)")
    }

    @Test("Nextiva's philosophy prints on 4 to 6 A4 pages, each with the company, the title and 'Page n of N', and no navigation")
    func philosophy() async throws {
        let pdf = try await printer().pdf(.philosophy(nextiva, locale: "en"), renderer: renderer)
        let reading = try PDFReading(pdf)
        #expect((4...6).contains(reading.pages), "\(reading.pages) pages")
        #expect(reading.pageSize == "595 x 842")
        for (index, page) in reading.pageTexts.enumerated() {
            #expect(page.contains("Nextiva") && page.contains("Customer-service philosophy"))
            #expect(page.contains("Page \(index + 1) of \(reading.pages)"))
        }
        // The table of contents is navigation: on paper it is left out.
        #expect(!reading.text.contains("Contents"))
        #expect(reading.text.contains("Our purpose") && reading.text.contains("When choices conflict"))
    }

    @Test("a checklist prints on one or two pages; with Letter paper the pages are Letter")
    func checklist() async throws {
        let checklist = ChecklistBuilder.make(for: nextiva.teams[0], in: nextiva, locale: "en", start: start)
        let a4 = try PDFReading(try await printer().pdf(.checklist(checklist), renderer: renderer))
        #expect((1...2).contains(a4.pages), "\(a4.pages) pages")
        #expect(a4.pageSize == "595 x 842")
        #expect(a4.pageTexts[0].contains("Onboarding checklist: Support") && a4.pageTexts[0].contains("Page 1 of \(a4.pages)"))
        let letter = try PDFReading(try await printer().pdf(.checklist(checklist), renderer: renderer, paper: .letter))
        #expect(letter.pageSize == "612 x 792")
    }

    @Test("page numbers in German, and Letter for en-US", arguments: [("de", "Seite 1 von"), ("en-US", "Page 1 of")])
    func locales(locale: String, label: String) async throws {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        if locale == "en-US" { philosophy.locales = ["en-US"] }
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: LocaleID(locale), start: start)
        let reading = try PDFReading(try await printer().pdf(.checklist(checklist), renderer: renderer))
        #expect(reading.pageTexts[0].contains(label))
        #expect(reading.pageSize == (locale == "en-US" ? "612 x 792" : "595 x 842"))
    }

    @Test("two prints of the same page are byte-identical, dated 2000-01-01")
    func deterministic() async throws {
        let page = try renderer.printPage(.philosophy(nextiva, locale: "en"))
        let first = try await printer().pdf(fromHTML: page, paper: .a4)
        let second = try await printer().pdf(fromHTML: page, paper: .a4)
        #expect(first == second)
        if first != second {
            let folder = repositoryRoot.appendingPathComponent(".build/pdf-screens")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try first.write(to: folder.appendingPathComponent("print-1.pdf"))
            try second.write(to: folder.appendingPathComponent("print-2.pdf"))
        }
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:20000101000000+00'00')"))
    }

    @Test("a pack's PDF holds the welcome page, the philosophy, the team page, the checklist, the role-play cards and the pocket card in that order, each from a new page")
    func pack() async throws {
        let files = PackRenderer(philosophy: nextiva, templates: templates).files(for: nextiva.teams[0], locale: "en", start: start)
        let pdf = try await PackPDF(printer: printer()).pdf(of: files, company: "Nextiva", locale: "en")
        let reading = try PDFReading(pdf)
        // Each page's running header names its part: the parts in order, each once.
        let headers = reading.pageTexts.map { page in
            page.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "Nextiva ", with: "", options: .anchored)
                    .trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let parts = headers.reduce(into: [String]()) { parts, header in if parts.last != header { parts.append(header) } }
        #expect(parts == ["Welcome to Support", "Nextiva: Customer-service philosophy", "Support", "Onboarding checklist: Support",
                          "Role-play cards: Nextiva", "Pocket card: Nextiva"])
        #expect(reading.pageTexts.last?.contains("Page \(reading.pages) of \(reading.pages)") == true)
        // Each part starts on a page of its own: the welcome page is one page, its own.
        #expect(reading.pageTexts[0].contains("Welcome to Support") && !reading.pageTexts[0].contains("Our purpose"))
    }

    @Test("the first page of Nextiva's philosophy as a PNG in .build/pdf-screens, to look at")
    func screenshot() async throws {
        let pdf = try await printer().pdf(.philosophy(nextiva, locale: "en"), renderer: renderer)
        let folder = repositoryRoot.appendingPathComponent(".build/pdf-screens")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("nextiva-philosophy.pdf")
        try pdf.write(to: file)
        _ = try runTool("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file.path,
                                     folder.appendingPathComponent("nextiva-philosophy-page-1").path])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nextiva-philosophy-page-1.png").path))
    }
}

@Suite("Finding Chromium")
struct ChromiumLocationTests {
    @Test("a --chromium path with nothing there is one clear error that says how to install Chromium")
    func missingPath() {
        #expect {
            try PDFPrinter(chromium: "/nonexistent/chromium")
        } throws: { error in
            let text = "\(error)"
            return text.contains("no Chromium at /nonexistent/chromium") && text.contains("apt-get install chromium")
                && text.contains("--chromium PATH")
        }
    }

    @Test("no Chromium on the PATH: the error names what was looked for and how to install it")
    func noneOnPath() {
        #expect {
            try Chromium.locate(nil, searchPath: "/nonexistent:/also-not-there")
        } throws: { error in
            let text = "\(error)"
            return text.contains("chromium, chromium-browser, google-chrome, google-chrome-stable")
                && text.contains("apt-get install chromium")
        }
    }

    @Test("the PATH is searched in order of names, then folders")
    func search() throws {
        let folder = try temporaryFolder()
        let fake = folder.appendingPathComponent("google-chrome")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(try Chromium.locate(nil, searchPath: "/nonexistent:\(folder.path)") == fake.path)
    }

    @Test("a Chromium that writes no PDF is an error that says so, not an empty file")
    func failingEngine() async throws {
        let folder = try temporaryFolder()
        let fake = folder.appendingPathComponent("chromium")
        try Data("#!/bin/sh\necho 'cannot print' >&2\nexit 3\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        await #expect {
            try await PDFPrinter(chromium: fake.path).pdf(fromHTML: "<p>x</p>", paper: .a4)
        } throws: { error in
            "\(error)".contains("wrote no PDF (exited(3)): cannot print")
        }
    }

    @Test("a Chromium that hangs is stopped after the timeout")
    func timeout() async throws {
        let folder = try temporaryFolder()
        let fake = folder.appendingPathComponent("chromium")
        try Data("#!/bin/sh\nsleep 600\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let started = ContinuousClock.now
        await #expect {
            try await PDFPrinter(chromium: fake.path, timeout: .seconds(1)).pdf(fromHTML: "<p>x</p>", paper: .a4)
        } throws: { error in
            "\(error)".contains("did not finish printing within 1 s")
        }
        // Well before the fake's 600 s, with room for a machine busy with other tests.
        #expect(ContinuousClock.now - started < .seconds(120))
    }

    @Test("the tagged PDF's node numbers become their ranks, in as many digits: references and the ID tree's order stay")
    func nodeNumbers() {
        let pdf = Data("/ID (node00000412) /Headers [(node00000398) (node00000412)] /Names [(node00000398) 5 0 R (node00000412) 6 0 R] (node12)".utf8)
        let fixed = ReproduciblePDF.normalized(pdf, folderName: "ABC")
        #expect(String(decoding: fixed, as: UTF8.self)
            == "/ID (node00000003) /Headers [(node00000002) (node00000003)] /Names [(node00000002) 5 0 R (node00000003) 6 0 R] (node01)")
    }

    @Test("the print dates are overwritten in place: same length, same offsets")
    func fixedDates() {
        let pdf = Data("1 0 obj <</CreationDate (D:20261202031133+01'00') /ModDate (D:20261202031133Z)>>".utf8)
        let fixed = ReproduciblePDF.normalized(pdf, folderName: "ABC")
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self) == "1 0 obj <</CreationDate (D:20000101000000+00'00') /ModDate (D:20000101000000Z)>>")
    }
}
