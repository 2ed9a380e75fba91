@testable import EthosServe
import Foundation
import Testing

@Suite("What the preview adds to and says about pages")
struct ServedPageTests {
    @Test("the reload script goes before the last </body>, whatever its case")
    func injectedBeforeBody() {
        let page = "<html><body><p>&lt;/body&gt; </body> not</p></BODY></html>"
        let served = String(decoding: ReloadScript.injected(into: Data(page.utf8)), as: UTF8.self)
        #expect(served == "<html><body><p>&lt;/body&gt; </body> not</p>" + ReloadScript.element + "</BODY></html>")
    }

    @Test("a page without </body> gets the script at its end")
    func appendedWithoutBody() {
        let served = String(decoding: ReloadScript.injected(into: Data("<p>hi".utf8)), as: UTF8.self)
        #expect(served == "<p>hi" + ReloadScript.element)
    }

    @Test("the script connects to the reload path, reloads on 'reload' and reconnects when the server goes")
    func script() {
        #expect(ReloadScript.element.hasPrefix("<script>") && ReloadScript.element.hasSuffix("</script>\n"))
        #expect(ReloadScript.element.contains("\"/_ethos/reload\""))
        #expect(ReloadScript.element.contains("event.data === \"reload\""))
        #expect(ReloadScript.element.contains("socket.onclose = () => { lost = true; setTimeout(connect, 500); }"))
    }

    @Test("the problems page shows each problem escaped, counts them and reloads")
    func problemsPage() {
        let problems = ["p.yml:3:1: error: unknown key '<script>alert(1)</script>' [unknown-key]\n    fix: did you mean 'teams'?",
                        "p.yml:9:5: error: a & b \"quoted\" [yaml-syntax]"]
        let page = String(decoding: ProblemsPage.html(problems), as: UTF8.self)
        #expect(page.contains("<title>2 problems – ethos serve</title>"))
        #expect(page.contains("<li><pre>p.yml:3:1: error: unknown key &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; [unknown-key]\n"
                              + "    fix: did you mean &#39;teams&#39;?</pre></li>"))
        #expect(page.contains("a &amp; b &quot;quoted&quot;"))
        #expect(page.components(separatedBy: "<script").count == 2, "the reload script is the page's one script")
        #expect(page.contains(ReloadScript.element))
        #expect(String(decoding: ProblemsPage.html(["x"]), as: UTF8.self).contains("1 problem –"))
    }

    @Test("each kind of file the site holds has its Content-Type; an unknown one is a download")
    func mediaTypes() {
        let expected = ["index.html": "text/html; charset=utf-8", "a/STYLE.CSS": "text/css; charset=utf-8",
                        "philosophy.json": "application/json", "x.md": "text/markdown; charset=utf-8",
                        "x.csv": "text/csv; charset=utf-8", "onboarding.ics": "text/calendar; charset=utf-8",
                        "logo.svg": "image/svg+xml", "logo.png": "image/png", "pagefind.js": "text/javascript; charset=utf-8",
                        "x.wasm": "application/wasm", "README": "application/octet-stream",
                        "v1.0/README": "application/octet-stream"]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) { #expect(MediaType.of(path) == type, "\(path)") }
    }
}

@Suite("Which Host headers name this machine")
struct LoopbackHostTests {
    @Test("127.0.0.1, localhost and [::1], with or without a port, in any case; no header at all")
    func loopback() {
        for host in ["127.0.0.1", "127.0.0.1:8080", "localhost", "LocalHost:80", "[::1]", "[::1]:8080", nil] as [String?] {
            #expect(LoopbackHost.isLoopback(host), "\(host ?? "none")")
        }
    }

    @Test("any other name is refused, even one that starts like this machine's")
    func others() {
        for host in ["example.com", "127.0.0.1.nip.io", "localhost.example:8080", "[::2]:8080", "127.0.0.2", ""] {
            #expect(!LoopbackHost.isLoopback(host), "\(host)")
        }
    }
}
