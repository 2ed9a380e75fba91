import EthosTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Whether a Chromium is on the PATH for the commands to print with.
let chromiumOnPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { folder in
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].contains {
        FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)")
    }
}

@Suite("PDFs from the command line", .needsBuiltBinary)
struct PDFCommandTests {
    /// The page boxes of a PDF as Chromium writes them: `/MediaBox [0 0 612 792]`.
    func pageBoxes(_ pdf: Data) -> Set<String> {
        let text = String(decoding: pdf, as: UTF8.self)
        return Set(text.components(separatedBy: "/MediaBox [").dropFirst().map { String($0.prefix { $0 != "]" }) })
    }

    @Test("--chromium naming a missing file: one error that says how to install Chromium, exit 1, nothing written")
    func missingChromium() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("support.pdf").path
        for arguments in [["checklist", "Examples/nextiva.yml", "--team", "Support", "--format", "pdf", "-o", output],
                          ["render", "Examples/nextiva.yml", "--format", "pdf", "--locale", "en", "-o", folder.path],
                          ["pack", "Examples/nextiva.yml", "--team", "Support", "--pdf", "-o", folder.appendingPathComponent("s.zip").path]] {
            let result = try runBinary(arguments + ["--chromium", "/nonexistent/chromium"], capturing: .errors)
            #expect(result.status == 1)
            #expect(result.output == "error: no Chromium at /nonexistent/chromium; install it (Debian and Ubuntu: apt-get install chromium)"
                + " or pass --chromium PATH with the path of an installed one\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("render --format pdf --paper letter writes philosophy.<locale>.pdf on Letter; checklist --format pdf on A4",
          .enabled(if: binaryRequired || chromiumOnPath))
    func renderAndChecklist() throws {
        let folder = try temporaryFolder()
        #expect(try runBinary(["render", "Examples/nextiva.yml", "--format", "pdf", "--locale", "en", "--paper", "letter",
                               "-o", folder.path]).status == 0)
        let philosophy = try Data(contentsOf: folder.appendingPathComponent("philosophy.en.pdf"))
        #expect(philosophy.starts(with: Array("%PDF-".utf8)))
        #expect(pageBoxes(philosophy) == ["0 0 612 792"])
        let checklist = folder.appendingPathComponent("support.pdf")
        #expect(try runBinary(["checklist", "Examples/nextiva.yml", "--team", "Support", "--format", "pdf",
                               "-o", checklist.path]).status == 0)
        #expect(pageBoxes(try Data(contentsOf: checklist)) == ["0 0 594.95996 841.91998"])
    }

    @Test("pack --pdf adds pack.pdf to the zip, and the same input gives the same zip",
          .enabled(if: binaryRequired || chromiumOnPath))
    func pack() throws {
        let folder = try temporaryFolder()
        var zips: [Data] = []
        for name in ["a.zip", "b.zip"] {
            let path = folder.appendingPathComponent(name).path
            #expect(try runBinary(["pack", "Examples/nextiva.yml", "--team", "Support", "--start", "2026-12-01", "--pdf",
                                   "-o", path]).status == 0)
            zips.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let archive = try Archive(data: zips[0], accessMode: .read)
        #expect(archive.map(\.path).last == "support-en/pack.pdf")
        #expect(zips[0] == zips[1])
    }

    @Test("kit --pdf prints the sheets as kit.pdf: a scorecard a page, the summary, the cards, the pocket card; a roster's packs take --pdf",
          .enabled(if: binaryRequired || chromiumOnPath))
    func kitAndRoster() throws {
        let folder = try temporaryFolder()
        #expect(try runBinary(["kit", "Examples/nextiva.yml", "--team", "Support", "--pdf", "-o", folder.path]).status == 0)
        let pdf = folder.appendingPathComponent("kit.pdf")
        let text = Process()
        text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        text.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        text.standardOutput = pipe
        try text.run()
        let pages = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\u{0C}", omittingEmptySubsequences: true)
        text.waitUntilExit()
        #expect(pages.count == 8)
        let values = ["Integrity", "Quality", "Speed", "Loyalty", "Autonomy"]
        for (page, value) in zip(pages, values) {
            #expect(page.contains("Interview scorecards: Nextiva") && page.contains(value))
        }
        #expect(pages.count == 8 && pages[6].contains("Role-play cards: Nextiva") && pages[7].contains("Pocket card: Nextiva"))
        #expect(pages.last?.contains("Page 8 of 8") == true)

        let roster = folder.appendingPathComponent("hires.csv")
        try Data("name,team,start\nAna Novak,Support,2027-01-04\n".utf8).write(to: roster)
        let packs = folder.appendingPathComponent("packs")
        #expect(try runBinary(["pack", "Examples/nextiva.yml", "--roster", roster.path, "--pdf", "-o", packs.path]).status == 0)
        let archive = try Archive(url: packs.appendingPathComponent("ana-novak.zip"), accessMode: .read)
        #expect(archive.map(\.path).last == "ana-novak/pack.pdf")
    }
}
