#!/usr/bin/env python3
"""Searches a site ethos built with Pagefind the way a reader does, in headless Chromium:
types a word from one team's activities into the search box of a page and checks that the
results Pagefind's own UI lists link that team's page, at the sub-path the site is served from.
Also checks that the index lists every page but the language chooser, by its path in the
site (never the staging folder it was indexed in), the search box's markup on every page (Pagefind's script, by its exact relative
address, is the only script), and that a site built without search has no search box, no
script and no index.

The site is served over HTTP on 127.0.0.1 (Pagefind fetches its index, which file:// forbids).
The page gets a probe script that types the word, waits for the results and reports their
links to the server; the server holds one image request of the page until the report came,
so Chromium's --dump-dom waits for it.

usage: check_search.py SITE_WITH_SEARCH SITE_WITHOUT_SEARCH LOCALE TEAM_SLUG WORD
"""
import gzip
import http.server
import json
import pathlib
import re
import subprocess
import sys
import threading
import urllib.parse

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)


def probe(word):
    return f"""<img src="/hold" alt="" hidden><script>
(function search(tries) {{
  const input = document.querySelector('pagefind-searchbox input');
  if (!input) {{ if (tries > 0) return setTimeout(() => search(tries - 1), 100); return report('no search box'); }}
  input.focus(); input.value = {word!r};
  input.dispatchEvent(new Event('input', {{bubbles: true}}));
  (function wait(left) {{
    const links = [...document.querySelectorAll('pagefind-searchbox a')].map(a => a.getAttribute('href'));
    if (links.length || left === 0) return report(links.join(' '));
    setTimeout(() => wait(left - 1), 100);
  }})(150);
}})(50);
function report(found) {{ fetch('/report?found=' + encodeURIComponent(found)); }}
</script></body>"""


def serve(site):
    reported = threading.Event()
    found = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def do_GET(self):
            path = urllib.parse.urlparse(self.path)
            if path.path == "/report":
                found.append(urllib.parse.parse_qs(path.query).get("found", [""])[0])
                reported.set()
                return self.reply(b"")
            if path.path == "/hold":
                reported.wait(20)
                return self.reply(b"")
            return super().do_GET()

        def reply(self, body):
            self.send_response(204 if not body else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, found


def scripts(page, depth):
    """Problems with the scripts of a page: only Pagefind's, by its relative address, empty."""
    problems = []
    expected = "../" * depth + "pagefind/pagefind-component-ui.js"
    for attributes, content in SCRIPT.findall(page.read_text(encoding="utf-8")):
        if attributes.strip() != f'src="{expected}"' or content.strip():
            problems.append(f"{page}: a script other than Pagefind's: <script{attributes}>")
    return problems


def main():
    site, plain = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    locale, team, word = sys.argv[3], sys.argv[4], sys.argv[5]
    problems = []
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        if page.relative_to(site).parts[0] == "pagefind":
            continue
        depth = len(page.relative_to(site).parts) - 1
        problems += scripts(page, depth)
        if page.parent != site and "data-pagefind-body" not in page.read_text(encoding="utf-8"):
            problems.append(f"{page}: no data-pagefind-body")
    if not (site / "pagefind" / "pagefind-entry.json").exists():
        problems.append(f"{site}: no Pagefind index")
    # Every page the index knows is a page of the site, by its path from the site's root:
    # never the staging folder it was indexed in, never the language chooser.
    indexed = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        indexed.append(json.loads(data[data.index(b"{"):])["url"])
    for url in indexed:
        page = site / url.lstrip("/")
        if "ethos-staging" in url or not (page / "index.html" if url.endswith("/") else page).exists():
            problems.append(f"the index lists {url}, which is no page of the site")
    if "/" in indexed or len(indexed) < len(pages) - 1:
        problems.append(f"the index lists {len(indexed)} pages of {len(pages)}: {sorted(indexed)[:5]}")
    for page in sorted(plain.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if "<script" in text or "pagefind" in text:
            problems.append(f"{page}: search markup in a site built without search")
    if (plain / "pagefind").exists():
        problems.append(f"{plain}: an index in a site built without search")

    probe_page = site / locale / ".search-probe.html"
    probe_page.write_text((site / locale / "index.html").read_text(encoding="utf-8").replace("</body>", probe(word)),
                          encoding="utf-8")
    # Served from the folder above, so the site is at a sub-path (/NAME/), as on an intranet.
    server, found = serve(site.parent)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{site.name}/{locale}/.search-probe.html"
        subprocess.run(CHROMIUM + ["--dump-dom", url], capture_output=True, timeout=60)
    finally:
        server.shutdown()
        probe_page.unlink()
    links = found[0].split() if found else []
    expected = f"/{site.name}/{locale}/teams/{team}.html"
    if expected not in links:
        problems.append(f"searching {word!r} in {locale}/index.html: results {links or found}, expected {expected}")
    for problem in problems:
        print(problem)
    print(f"search: {len(pages)} pages checked, {len(indexed)} in the index, {word!r} found {len(links)} results "
          f"({' '.join(links[:5])}), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
