import EthosLoader
import EthosModel
@testable import EthosRender
import EthosTestSupport
import Foundation
import Testing

/// `ethos diff`'s comparison and wording, on the fixture pairs in `Fixtures/diff`: base.yml
/// against changed.yml (a change of every kind, in four languages) and against
/// reordered.yml (the same philosophy reordered and restyled).
@Suite("Philosophy changes")
struct PhilosophyChangesTests {
    static let folder = "Tests/EthosRenderTests/Fixtures/diff"

    static func pair(_ name: String) throws -> (old: Philosophy, new: Philosophy) {
        (try loadPhilosophy("\(folder)/base.yml"), try loadPhilosophy("\(folder)/\(name).yml"))
    }

    /// Each change as `kind id: change`, to hold the comparison's findings in one list.
    static func summary(_ changes: [PhilosophyChange]) -> [String] {
        changes.map { change in
            let kind: String = switch change.kind {
            case .added: "added"
            case .removed: "removed"
            case .renamed(let from): "renamed from \(from.resolved(for: "en", defaultLocale: "en"))"
            case .reworded(let part, let locales): "reworded \(part.rawValue) in \(locales.map(\.tag).joined(separator: ","))"
            case .objective(_, _, let tendency, _): "objective \(tendency.rawValue)"
            case .window(let from, let to): "window \(from?.description ?? "-") → \(to?.description ?? "-")"
            case .owner: "owner"
            case .channel(let from, let to): "channel \(from ?? "-") → \(to ?? "-")"
            case .kpis(let added, let removed): "kpis +\(added.joined(separator: ",")) -\(removed.joined(separator: ","))"
            case .deadline(_, _, let tendency): "deadline \(tendency.rawValue)"
            case .escalation: "escalation"
            case .phase(let from, let to): "phase \(from) → \(to)"
            case .taskOwner(let from, let to): "task owner \(from ?? "-") → \(to ?? "-")"
            case .setting(let setting, let from, let to): "\(setting.rawValue) \(from) → \(to)"
            }
            return "\(change.subject.kind.rawValue) \(change.subject.id): \(kind)"
        }
    }

    @Test("reordering every list and restyling the YAML is no change; nor is an owner named by another translation")
    func reorderIsNoChange() throws {
        let (old, new) = try Self.pair("reordered")
        #expect(new.changes(since: old).isEmpty)
        #expect(PhilosophyFacts.listing(of: new) == PhilosophyFacts.listing(of: old))
        let report = ChangeReport(changes: [], philosophy: new)
        #expect(report.text == "[en]\nNo changes.\n\n[de]\nKeine Änderungen.\n\n[sl]\nNi sprememb.\n\n[nb]\nIngen endringer.\n")
    }

    @Test("every kind of change is found, matched by id or slug, with renames told from removals")
    func everyKind() throws {
        let (old, new) = try Self.pair("changed")
        #expect(Self.summary(new.changes(since: old)) == [
            "philosophy company: renamed from Velo",
            "philosophy purpose: reworded purpose in de",
            "value pace: renamed from Speed",
            "value honesty: reworded action in en",
            "value honesty: kpis +CES -",
            "value patience: added",
            "value care: removed",
            "kpi repairs-on-time: reworded name in nb",
            "kpi repairs-on-time: unit percent → count",
            "standard frt-phone: objective tightened",
            "standard csat-all: renamed from csat",
            "standard csat-all: owner",
            "standard aht-phone: objective loosened",
            "standard aht-phone: window month → week",
            "standard aht-phone: channel Phone → Chat",
            "standard nps: objective tightened",
            "channel chat: reworded hours in en,de,sl,nb",
            "channel e-mail: added",
            "recovery a-repair-is-late: deadline tightened",
            "recovery a-repair-is-late: escalation",
            "recovery a-repair-is-late: reworded response in sl",
            "team support: kpis +CES -",
            "task listen-in-on-ten-calls-with-your-buddy: reworded task in en",
            "task listen-in-on-ten-calls-with-your-buddy: phase week-1 → day-30",
            "task listen-in-on-ten-calls-with-your-buddy: task owner buddy → trainer",
            "team returns: added",
            "team rentals: removed",
            "philosophy onboarding: window - → year",
            "task ride-along-on-a-delivery: added",
            "philosophy calendar: workdays mon, tue, wed, thu, fri → mon, tue, wed, thu, fri, sat",
            "philosophy calendar: holidays  → 2026-12-24",
            "philosophy conflicts: reworded conflicts in en,de,sl,nb",
        ])
        let wording = new.changes(since: old).filter(\.isWordingOnly).count
        #expect(wording == 10, "renames and rewordings are wording only; the rest is substance")
    }

    @Test("the report says each change in the language of each locale, substance first (golden, four locales)")
    func sentencesInFourLocales() throws {
        let (old, new) = try Self.pair("changed")
        let report = ChangeReport(changes: new.changes(since: old), philosophy: new)
        // Foundation separates number and percent sign with a no-break space in some locales.
        func substance(_ locale: LocaleID) -> [String] {
            report.lines(in: locale).substance.map { $0.replacingOccurrences(of: "\u{A0}", with: " ")
                .replacingOccurrences(of: "\u{202F}", with: " ") }
        }
        let (english, _) = report.lines(in: "en")
        #expect(english.contains("Standard frt-phone tightened: 90% within 2 minutes → 90% within 1 minute, per month."))
        #expect(english.contains("Team Workshop now owns standard csat-all, instead of team Support."))
        #expect(substance("de").contains(
            "Standard frt-phone verschärft: höchstens 2 Minuten für 90 % → höchstens 1 Minute für 90 %, pro Monat."))
        #expect(substance("sl").contains(
            "Standard frt-phone: zaostritev – največ 2 minuti za 90 % → največ 1 minuta za 90 %, na mesec."))
        #expect(substance("nb").contains(
            "Standarden frt-phone skjerpet: 90 % innen 2 minutter → 90 % innen 1 minutt, per måned."))
        // A translation edited in one language is news only there.
        #expect(report.lines(in: "de").wording.contains("Unternehmenszweck umformuliert."))
        #expect(!report.lines(in: "en").wording.contains { $0.hasPrefix("Purpose") })
        #expect(report.lines(in: "sl").wording.contains("Načrt ob napaki »Popravilo zamuja«: novo besedilo – prvi odgovor."))
        #expect(!report.lines(in: "en").wording.contains { $0.contains("first response") })
        try expectMatchesGolden(report.text, "diff-changed.txt", in: "Tests/EthosRenderTests/Golden")
    }

    @Test("a language Ethos has no words for gets English sentences with English number formats")
    func fallbackLanguage() throws {
        let (old, new) = try Self.pair("changed")
        let sentence = ChangeSentence(locale: "fr", philosophy: new)
        let tightened = try #require(new.changes(since: old).first { if case .objective = $0.kind { true } else { false } })
        #expect(sentence.sentence(for: tightened) == "Standard frt-phone tightened: 90% within 2 minutes → 90% within 1 minute, per month.")
    }

    @Test("locales added and removed; a value with a new name and other content is removed and added, not renamed")
    func localesAndUnrelatedValues() throws {
        let (old, _) = try Self.pair("changed")
        var new = old
        new.locales = ["en", "de", "fr"]
        new.values[2] = ServiceValue(name: "Thrift", action: "Spend the customer's money as if it were ours.", kpis: ["CSAT"])
        #expect(Self.summary(new.changes(since: old)) == [
            "locale fr: added", "locale sl: removed", "locale nb: removed", "value thrift: added", "value care: removed",
        ])
    }

    @Test("tightened, loosened or changed: a share rising in less time is stricter, rising in more time is neither")
    func tendencies() {
        let twoMinutes = ServiceDuration.minutes(2), oneMinute = ServiceDuration.minutes(1)
        #expect(ObjectiveTendency.between(.share(0.8, within: twoMinutes), .share(0.9, within: oneMinute)) == .tightened)
        #expect(ObjectiveTendency.between(.share(0.9, within: oneMinute), .share(0.9, within: twoMinutes)) == .loosened)
        #expect(ObjectiveTendency.between(.share(0.8, within: oneMinute), .share(0.9, within: twoMinutes)) == .changed)
        #expect(ObjectiveTendency.between(.atLeast(.number(40)), .atLeast(.number(35))) == .loosened)
        #expect(ObjectiveTendency.between(.atMost(.percent(0.1)), .atMost(.percent(0.05))) == .tightened)
        #expect(ObjectiveTendency.between(.atLeast(.percent(0.8)), .atMost(.percent(0.1))) == .changed)
        #expect(ObjectiveTendency.between(nil, oneMinute) == .tightened)
    }

    @Test("Markdown escapes names from the file; JSON carries each change's kind, both sides and its sentences")
    func markdownAndJSON() throws {
        let (old, _) = try Self.pair("changed")
        var new = old
        new.values[0].name = "*Speed* <b>"
        new.standards[0].objective = .share(0.95, within: ServiceDuration.minutes(2))
        let report = ChangeReport(changes: new.changes(since: old), philosophy: new, locales: ["en"])
        #expect(report.markdown.hasPrefix("## en\n\n### Changes of substance\n\n- Standard frt-phone tightened:"))
        #expect(report.markdown.contains(#"- Value Speed renamed to \*Speed\* \<b\>."#))
        let json = try #require(JSONSerialization.jsonObject(with: Data(report.json(old: "a.yml", new: "b.yml").utf8))
            as? [String: Any])
        #expect(json["changed"] as? Bool == true && json["old"] as? String == "a.yml")
        let changes = try #require(json["changes"] as? [[String: Any]])
        let objective = try #require(changes.first { $0["change"] as? String == "objective" })
        #expect(objective["from"] as? String == "90% within 2m" && objective["to"] as? String == "95% within 2m")
        #expect(objective["tendency"] as? String == "tightened" && objective["substance"] as? Bool == true)
        #expect((objective["sentences"] as? [String: String])?["en"]?.hasPrefix("Standard frt-phone tightened") == true)
    }

    @Test("the textconv listing puts one fact per line, sorted, so git's line diff shows the change")
    func factsListing() throws {
        let (old, new) = try Self.pair("changed")
        let before = Set(PhilosophyFacts.listing(of: old).split(separator: "\n"))
        let after = Set(PhilosophyFacts.listing(of: new).split(separator: "\n"))
        #expect(before.contains("standard frt-phone: 90% of calls are answered within 2 minutes."))
        #expect(after.contains("standard frt-phone: 90% of calls are answered within 1 minute."))
        #expect(after.contains("value honesty: action [en]: Recommend what fits the rider, not what costs most."))
        #expect(before.intersection(after).contains("value honesty: action [de]: Empfiehl, was passt, nicht das Teuerste."))
    }
}
