import ArgumentParser
@testable import EthosCLI
import EthosTestSupport
import Foundation
import Testing

/// `ethos kit`, run as the built binary: the files it writes, what it refuses to replace,
/// and the same bytes from every run.
@Suite("kit command", .needsBuiltBinary)
struct KitCommandTests {
    static let kitFiles = ["index.html", "interview-scorecards.html", "interview-scorecards.md", "pocket-card.html",
                           "pocket-card.md", "role-play-cards.html", "role-play-cards.md"]

    @Test("ethos kit FILE -o DIR writes the index and each sheet in HTML and Markdown, and says where to start")
    func writesTheKit() throws {
        let folder = try temporaryFolder()
        let result = try runBinary(["kit", example("nextiva.yml"), "-o", "kit"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == "Wrote 7 files to kit (en); open kit/index.html\n")
        let kit = folder.appendingPathComponent("kit")
        #expect(try FileManager.default.contentsOfDirectory(atPath: kit.path).sorted() == Self.kitFiles)
        let scorecards = try String(contentsOf: kit.appendingPathComponent("interview-scorecards.md"), encoding: .utf8)
        #expect(scorecards.hasPrefix("# Interview scorecards: Nextiva\n"))
        let cards = try String(contentsOf: kit.appendingPathComponent("role-play-cards.html"), encoding: .utf8)
        #expect(cards.contains(#"<div class="kit-cards">"#) && cards.contains("break-inside: avoid"))
    }

    @Test("--team and --locale: the scorecards name the team, in the chosen language")
    func teamAndLocale() throws {
        let folder = try temporaryFolder()
        #expect(try runBinary(["kit", example("kundenservice-de.yml"), "--team", "versand", "--locale", "en", "-o", "kit"],
                              in: folder).status == 0)
        let scorecards = try String(contentsOf: folder.appendingPathComponent("kit/interview-scorecards.md"), encoding: .utf8)
        #expect(scorecards.contains("**Team:** Shipping"), "the team by its English name")
        let unknown = try runBinary(["kit", example("kundenservice-de.yml"), "--team", "Versnd", "-o", "x"], in: folder,
                                    capturing: .errors)
        #expect(unknown.status == 1 || unknown.status == 2)
        #expect(unknown.output.contains("did you mean 'Versand'?"))
    }

    @Test("two runs write byte-identical kits")
    func deterministic() throws {
        let folder = try temporaryFolder()
        for name in ["one", "two"] {
            #expect(try runBinary(["kit", example("storitve-sl.yml"), "--team", "Servis", "-o", name], in: folder).status == 0)
        }
        for file in Self.kitFiles {
            let one = try Data(contentsOf: folder.appendingPathComponent("one/\(file)"))
            #expect(one == (try Data(contentsOf: folder.appendingPathComponent("two/\(file)"))), "\(file) differs")
        }
    }

    @Test("a kit replaces an earlier kit and leaves other files alone; it refuses a folder whose files it did not write (exit 1) unless --force, and a file as -o")
    func refusesOtherFiles() throws {
        let folder = try temporaryFolder()
        let arguments = ["kit", example("nextiva.yml"), "-o"]
        #expect(try runBinary(arguments + ["kit"], in: folder).status == 0)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("kit/notes.txt"))
        #expect(try runBinary(arguments + ["kit"], in: folder).status == 0, "an earlier kit is replaced")
        #expect(try Data(contentsOf: folder.appendingPathComponent("kit/notes.txt")) == Data("mine".utf8))

        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("<p>our intranet</p>".utf8).write(to: site.appendingPathComponent("index.html"))
        let refused = try runBinary(arguments + ["site"], in: folder, capturing: .errors)
        #expect(refused.status == 1)
        #expect(refused.output == "error: site holds index.html but no earlier kit; choose another folder, or give --force to replace it\n")
        #expect(try Data(contentsOf: site.appendingPathComponent("index.html")) == Data("<p>our intranet</p>".utf8))
        #expect(try runBinary(arguments + ["site", "--force"], in: folder).status == 0)

        try Data("x".utf8).write(to: folder.appendingPathComponent("file.txt"))
        let file = try runBinary(arguments + ["file.txt"], in: folder, capturing: .errors)
        #expect(file.status == 1)
        #expect(file.output.contains("file.txt exists and is not a folder"))
    }

    @Test("a value without interview questions gets a note naming it, unless the file silences hiring-missing")
    func noteOnMissingQuestions() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("acme.yml")
        let yaml = """
            ethos: 1
            company: Acme
            locales: [en]
            purpose: We help.
            vision: Calm service
            values:
              - name: Speed
                action: Answer before they ask.
                kpis: [FRT]

            """
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let noted = try runBinary(["kit", file.path, "-o", "kit"], in: folder, capturing: .errors)
        #expect(noted.status == 0)
        #expect(noted.output.contains("note: 'Speed' has no interview questions; its scorecard asks a general question instead"))
        try (yaml + "lint:\n  disable: [hiring-missing]\n").write(to: file, atomically: true, encoding: .utf8)
        let silenced = try runBinary(["kit", file.path, "-o", "kit"], in: folder, capturing: .errors)
        #expect(silenced.status == 0)
        #expect(!silenced.output.contains("interview questions"))
    }

    @Test("the help teaches: what each file holds, and examples")
    func help() throws {
        let help = try runBinary(["kit", "--help"]).output
        for text in ["interview-scorecards.html", "role-play-cards.html", "pocket-card.html", "hiring-missing", "Examples:",
                     "ethos kit philosophy.yml --team Support -o kit/support"] {
            #expect(help.contains(text), "\(text)")
        }
        #expect(try runBinary(["--help"]).output.contains("kit"))
    }
}
