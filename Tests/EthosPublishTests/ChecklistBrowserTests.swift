import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

@Suite("Checklist pages in headless Chromium", .needsChromium)
struct ChecklistBrowserTests {
    /// The state the probe script writes into the page: the first box before and after a
    /// click on its task's text, whether it is disabled, and the list's bullet.
    static let probe = """
        <script>
        const box = document.querySelector('li.task-list-item input[type=checkbox]');
        const before = box.checked;
        document.querySelector('li.task-list-item label strong').click();
        document.body.dataset.before = String(before);
        document.body.dataset.after = String(box.checked);
        document.body.dataset.disabled = String(box.disabled);
        document.body.dataset.labelled = String(box.labels.length === 1 && box.labels[0].textContent.includes('Read'));
        document.body.dataset.bullet = getComputedStyle(document.querySelector('ul.contains-task-list')).listStyleType;
        </script>
        """

    @Test("a click on a task's text ticks its box: the box is enabled, labelled by the text, and the list has no bullets")
    func clickTicks() throws {
        let chromium = try #require(installedChromium, "no Chromium on the PATH: apt-get install chromium (make test-deps)")
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en", start: nil)
        let html = String(decoding: try DocumentRenderer(templates: templates).render(.checklist(checklist), as: .html), as: UTF8.self)
        #expect(!html.contains("<script"), "Ethos's own page runs no script; only the test's copy has the probe")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("checklist.html")
        try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>").utf8).write(to: page)
        let dom = try runTool(chromium, ["--headless", "--no-sandbox", "--disable-gpu",
                                         "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                                         "--dump-dom", page.absoluteString])
        #expect(dom.contains(#"data-before="false""#))
        #expect(dom.contains(#"data-after="true""#))
        #expect(dom.contains(#"data-disabled="false""#))
        #expect(dom.contains(#"data-labelled="true""#))
        #expect(dom.contains(#"data-bullet="none""#))
    }
}
