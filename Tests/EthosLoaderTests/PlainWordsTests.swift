import EthosLoader
import EthosModel
import Foundation
import Testing

/// The mistakes people make in YAML and numbers come back in plain words with a fix, never as
/// libyaml's own phrases. Each fixture's place is in its `.expected` file; this suite holds
/// the message and the fix.
@Suite("Plain words and fixes")
struct PlainWordsTests {
    @Test("Each common YAML mistake is told in plain words with its fix", arguments: [
        ("tab-indentation", "a tab is used for indentation; YAML allows only spaces", "replace the tab with spaces"),
        ("yaml-syntax-bad-indentation", "'action:' is indented more than 'name:' on line 6, so it reads as part of that value",
         "line 'action:' up with the key above, in column 5"),
        ("yaml-syntax-list-item-out-of-line", "this list item is not in line with the items above it",
         "start it in column 3, like the '-' on line 7"),
        ("yaml-syntax-key-in-list-column", "'kpis:' stands in the column of the list's '-' but is not a list item",
         "indent it to line up with the keys of the item above, or start a new item with '- '"),
        ("yaml-syntax-key-out-of-line", "'description:' is not in line with the keys around it",
         "line 'description:' up with the keys above it (column 3, as on line 8), or with column 1"),
        ("yaml-syntax-unclosed-quote", "this quote is never closed", "end the text with \" on this line"),
        ("yaml-syntax-apostrophe-in-single-quotes", "the apostrophe ends the single-quoted text early",
         "write the apostrophe twice, 'Don''t keep customers waiting', or put the text in double quotes: \"Don't keep customers waiting\""),
        ("yaml-syntax-quote-in-double-quotes", "a double quote inside the text ends the quoted text early",
         "write \\\" for each quote inside, or put the text in single quotes: 'We say \"yes\" first'"),
        ("yaml-syntax-colon-in-plain-text", "': ' inside a value reads as the start of a new key",
         "put the value in quotes: vision: \"Service: amazing\""),
        ("yaml-syntax-missing-space-after-dash", "'-' needs a space after it to start a list item", "write '- name: Integrity'"),
        ("yaml-syntax-missing-space-after-colon", "a key needs a space after its ':'", "write 'name: Integrity'"),
        ("yaml-syntax-reserved-character", "'@' cannot begin a plain value in YAML",
         "put the value in quotes: \"@home with our customers\""),
        ("yaml-syntax-unclosed-bracket", "the list opened with '[' is not closed, or an item in it is not separated by ','",
         "close it with ']' and separate its items with ', '; quote an item that holds '[', ':' or ','"),
        ("yaml-syntax-stray-word", "'stray' stands where a key belongs but has no ':'",
         "write 'stray: ...', or indent the line under the key whose text it continues"),
        ("yaml-syntax-carriage-returns", "this list item is not in line with the items above it",
         "start it in column 3, like the '-' on line 7"),
        ("duplicate-yaml-key", "key 'vision' appears twice in the same mapping (first at line 4)",
         "merge the two entries or remove one"),
        ("wrong-type-missing-space-after-dash", "expected a list of values, found a mapping",
         "put a space after '-' to start a list item: '- name:'"),
        ("wrong-type-missing-space-after-colon", "expected a mapping (a value), found 'name:Integrity'",
         "put a space after ':': 'name: Integrity'"),
    ])
    func yamlMistake(fixture: String, message: String, fix: String) throws {
        let finding = try #require(FixtureSuiteTests.load("invalid/\(fixture)").diagnostics.first)
        #expect(finding.message == message)
        #expect(finding.fix == fix)
    }

    @Test("No YAML error shows libyaml's own words")
    func noRawParserPhrases() throws {
        for name in FixtureSuiteTests.fixtureNames(in: "invalid") {
            for finding in FixtureSuiteTests.load("invalid/\(name)").diagnostics where finding.rule == .yamlSyntax {
                for phrase in ["while parsing", "while scanning", "did not find expected", "could not find expected",
                               "not allowed in this context", "cannot start any token"] {
                    #expect(!finding.message.contains(phrase), "\(name): \(finding.formatted)")
                }
                #expect(finding.fix != nil, "\(name): \(finding.formatted)")
            }
        }
    }

    @Test("Number mistakes come with their fix", arguments: [
        ("bad-number-version-quoted", "'1' is not a number (the format version)",
         "remove the quotes: a number in quotes is text, write 1"),
        ("target-out-of-range-nps-150", "target 150 is outside NPS's range -100..100",
         "write a target within -100..100; NPS cannot go beyond it"),
        ("target-out-of-range-share-zero", "share 0% is not between 0% and 100%", "write a share above 0%, such as 90%"),
        ("objective-decimal-comma-flow", "'95,5%' has a decimal comma, which YAML reads as a separator",
         "write '95.5%' with a decimal point"),
        ("objective-decimal-comma-block", "'1,5h' is not a duration ('within')", "write '1.5h' with a decimal point"),
    ])
    func numberMistake(fixture: String, message: String, fix: String) throws {
        let findings = FixtureSuiteTests.load("invalid/\(fixture)").diagnostics
        #expect(findings.count == 1, "\(findings.map(\.formatted))")
        let finding = try #require(findings.first)
        #expect(finding.message == message)
        #expect(finding.fix == fix)
    }
}
