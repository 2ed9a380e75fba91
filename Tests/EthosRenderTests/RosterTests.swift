import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing

@Suite("HR's roster: one hire a row, bad rows located and left out")
struct RosterTests {
    private func roster(_ text: String) throws -> Roster {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        return Roster.parse(Array(text.utf8), file: "hires.csv", philosophy: philosophy)
    }

    private func findings(_ roster: Roster) -> [String] {
        roster.diagnostics.map { "\($0.location?.description ?? "") \($0.severity) \($0.rule)" }
    }

    @Test("three good rows and two bad ones: three hires, two located errors with did-you-mean")
    func goodAndBad() throws {
        let roster = try roster("""
            Name,Email,Team,Start,Manager,Buddy,Locale,Manager Email,buddy-email
            Ana Novak,ana@example.com,Support,2027-01-04,Maria Keller,Tom Berg,de,maria@example.com,tom@example.com
            Jonas Weber,,Suport,2027-01-04,,,,,
            Lena Fischer,,sales,2027-01-02,,,,,
            Eve,eve@@example,Support,2027-01-05,,,,,
            Paul Roth,,Support,2027-01-05,,,sl,,

            """)
        #expect(roster.entries.map(\.hire.person.name) == ["Ana Novak", "Lena Fischer", "Paul Roth"])
        #expect(roster.entries.map(\.teamIndex) == [0, 1, 0])
        #expect(roster.entries.map(\.locale) == ["de", nil, "sl"])
        #expect(roster.failedLines == [3, 5])
        #expect(findings(roster) == ["hires.csv:3:3 error unknown-team", "hires.csv:4:4 warning start-not-working-day",
                                     "hires.csv:5:2 error bad-email"])
        #expect(roster.diagnostics[0].message == "team 'Suport' is not in the philosophy")
        #expect(roster.diagnostics[0].fix == "did you mean 'Support'?")
        let ana = try #require(roster.entries.first).hire
        #expect(ana.manager == Person(name: "Maria Keller", email: "maria@example.com"))
        #expect(ana.buddy == Person(name: "Tom Berg", email: "tom@example.com"))
        #expect(roster.entries[1].hire.start.description == "2027-01-04")
        #expect(!roster.isUnreadable)
    }

    @Test("a header without a required column stops the roster; unknown columns are warned about")
    func header() throws {
        let roster = try roster("name,team,strat,phone\nAna,Support,2027-01-04,123\n")
        #expect(roster.isUnreadable)
        #expect(findings(roster) == ["hires.csv:1:3 warning unknown-key", "hires.csv:1:4 warning unknown-key",
                                     "hires.csv:1:1 error missing-column"])
        #expect(roster.diagnostics[0].fix == "did you mean 'start'?")
        let empty = try self.roster("")
        #expect(empty.isUnreadable)
    }

    @Test("empty cells, bad dates, unlisted locales and the same hire twice")
    func rowProblems() throws {
        let roster = try roster("""
            name,team,start,locale,email
            ,Support,2027-01-04,,
            Ana,Support,04.01.2027,,
            Ana,Support,2027-01-04,fr,
            Ana,Support,2027-01-04,,ana@example.com
            Ana N.,Support,2027-01-04,,ANA@example.com
            """)
        #expect(roster.entries.count == 1)
        #expect(findings(roster) == ["hires.csv:2:1 error empty-value", "hires.csv:3:3 error bad-date",
                                     "hires.csv:4:4 error unlisted-locale", "hires.csv:6:1 error duplicate-hire"])
        #expect(roster.diagnostics[3].message == "Ana N. is already on line 5")
    }

    @Test("a quote never closed keeps the rows before it and fails the row it opens on")
    func unclosedQuote() throws {
        let roster = try roster("name,team,start\nAna,Support,2027-01-04\n\"Jonas,Support,2027-01-04\nLena,Support,2027-01-04\n")
        #expect(roster.entries.map(\.hire.person.name) == ["Ana"])
        #expect(roster.failedLines == [3])
        #expect(findings(roster) == ["hires.csv:3:1 error bad-csv"])
        #expect(!roster.isUnreadable)
    }
}

@Suite("A hire's pack: names on tasks, CSV styles and calendars that merge")
struct HirePackTests {
    private func hire(_ name: String, email: String? = nil) throws -> NewHire {
        NewHire(Person(name: name, email: email), start: try #require(CalendarDate(parsing: "2027-01-04")),
                manager: Person(name: "Maria Keller", email: "maria@example.com"), buddy: Person(name: "Tom Berg"))
    }

    private func checklist(for hire: NewHire, edit: (inout Philosophy) -> Void = { _ in }) throws -> Checklist {
        var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        edit(&philosophy)
        return ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en", hire: hire)
    }

    private func calendar(_ checklist: Checklist) throws -> String {
        String(decoding: try builtInRenderer.render(.checklist(checklist), as: .ics), as: UTF8.self)
    }

    private func uids(_ calendar: String) -> [String] {
        calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test("tasks of the hire, the manager and the buddy carry their names")
    func names() throws {
        let checklist = try checklist(for: try hire("Ana Novak", email: "ana@example.com"))
        #expect(checklist.items.map(\.ownerWithName).prefix(3) == ["Ana Novak (New hire)", "Maria Keller (Manager)", "Ana Novak (New hire)"])
        #expect(checklist.items.contains { $0.ownerWithName == "Tom Berg (Buddy)" })
        let markdown = String(decoding: try builtInRenderer.render(.checklist(checklist), as: .md), as: UTF8.self)
        #expect(markdown.contains("**New hire:** Ana Novak"))
        #expect(markdown.contains("Owner: Maria Keller (Manager)"))
    }

    @Test("UIDs stay for the same hire and task after an edit, and differ between hires")
    func stableUIDs() throws {
        let ana = try hire("Ana Novak", email: "ana@example.com")
        let first = uids(try calendar(try checklist(for: ana)))
        let edited = try checklist(for: ana) { philosophy in
            philosophy.values[0].action = "A new action statement."
            philosophy.updated = CalendarDate(parsing: "2027-02-01")
        }
        let edit = try calendar(edited)
        #expect(uids(edit) == first)
        #expect(Set(first).count == first.count)
        #expect(edit.contains("SEQUENCE:9893"))
        #expect(edit.contains("DTSTAMP:20270201T000000Z"))
        let lena = uids(try calendar(try checklist(for: try hire("Lena Fischer", email: "lena@example.com"))))
        #expect(Set(lena).isDisjoint(with: first))
    }

    @Test("events name the hire and invite people with known emails, with names that cannot break a line")
    func attendees() throws {
        var ana = try hire("Ana \"Nova\"; Novak", email: "ana@example.com")
        ana = NewHire(ana.person, start: ana.start, manager: Person(name: "Maria:Keller", email: "maria@example.com"),
                      buddy: Person(name: "Tom", email: "tom@example.com\r\nATTENDEE:mailto:evil@example.com"))
        let text = try calendar(try checklist(for: ana))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Ana \"Nova\"\\; Novak: Read the customer-service philosophy"))
        #expect(unfolded.contains("ORGANIZER;CN=\"Maria:Keller\":mailto:maria@example.com"))
        #expect(unfolded.contains("ATTENDEE;CN=\"Ana Nova; Novak\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:ana@example.com"))
        #expect(!unfolded.contains("evil@example.com"))
    }

    @Test("CSV styles: plain, Excel with BOM and ';' for German, Asana and Jira columns")
    func csvStyles() throws {
        let checklist = try checklist(for: try hire("Ana Novak", email: "ana@example.com"))
        let render = { (style: ChecklistCSVStyle, locale: LocaleID) throws -> Data in
            var philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
            philosophy.updated = nil
            let list = locale == "en" ? checklist : ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: locale,
                                                                          hire: try self.hire("Ana Novak"))
            return try DocumentRenderer(templates: builtInRenderer.templates, checklistCSV: style).render(.checklist(list), as: .csv)
        }
        let plain = String(decoding: try render(.plain, "en"), as: UTF8.self)
        #expect(plain.contains("Read the customer-service philosophy,Read it whole and write down your questions for your manager.,"
            + "Day 1,Ana Novak <ana@example.com>,New hire,1,2027-01-04\r\n"))
        let german = try render(.excel, "de")
        #expect(german.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: german.dropFirst(3), as: UTF8.self).hasPrefix("Name;Description;Section;Assignee;Role;Due day;Due date\r\n"))
        let english = try render(.excel, "en")
        #expect(String(decoding: english.dropFirst(3), as: UTF8.self).hasPrefix("Name,Description,"))
        let asana = CSVReader.rows(String(decoding: try render(.asana, "en"), as: UTF8.self))
        #expect(asana[0] == ["Name", "Description", "Section", "Assignee", "Due Date"])
        #expect(asana[1] == ["Read the customer-service philosophy",
                             "Read it whole and write down your questions for your manager.\n\nOwner: Ana Novak (New hire)",
                             "Day 1", "ana@example.com", "01/04/2027"])
        let jira = CSVReader.rows(String(decoding: try render(.jira, "en"), as: UTF8.self))
        #expect(jira[0] == ["Issue ID", "Issue Type", "Summary", "Description", "Assignee", "Due date", "Parent", "Labels"])
        #expect(jira[1] == ["1", "Epic", "Ana Novak: Day 1", "", "", "2027-01-04", "", "onboarding"])
        #expect(jira.filter { $0[1] == "Epic" }.count == checklist.phases.count)
        #expect(jira.filter { $0[1] == "Task" }.count == checklist.items.count)
    }
}
