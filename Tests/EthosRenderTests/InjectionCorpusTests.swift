import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// Each payload of the injection corpus (`Tests/hardening/injection-payloads.json`, which
/// `check_injection.py` also loads in Chromium) alone in every text field: the pages keep the
/// elements of a plain philosophy, so no payload became markup.
@Suite("Injection corpus, one payload at a time")
struct InjectionCorpusTests {
    static let payloads: [String] = {
        let url = repositoryRoot.appendingPathComponent("Tests/hardening/injection-payloads.json")
        return (try? JSONDecoder().decode([String].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test("the corpus has at least 50 payloads")
    func corpusSize() {
        #expect(Self.payloads.count >= 50)
    }

    @Test("the philosophy and a checklist have the elements of a plain philosophy", arguments: payloads)
    func structure(_ payload: String) {
        let plain = plainTwin(of: payload)
        let hostile = HostileTextTests.philosophy(payload)
        for locale: LocaleID in ["en", "de"] {
            let page = builtInRenderer.philosophyHTML(hostile, locale: locale)
            #expect(PathologicalInputTests.elements(page)
                == PathologicalInputTests.elements(builtInRenderer.philosophyHTML(plain, locale: locale)))
            #expect(!page.lowercased().contains("<script"))
        }
        let checklist = { (philosophy: Philosophy) in
            builtInRenderer.checklistHTML(ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en"))
        }
        #expect(PathologicalInputTests.elements(checklist(hostile)) == PathologicalInputTests.elements(checklist(plain)))
    }
}
