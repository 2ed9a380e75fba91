#!/usr/bin/env python3
"""Loads pages of a built site in headless Chromium and checks the rendered DOM: one h1,
the site navigation, links to the same page in every other locale, the expected headings;
that the shared stylesheet reaches pages at every depth (a copy of each page beside it, with
a probe script added, reports the computed style); and takes one screenshot.

usage: check_browser.py SITE_FOLDER LOCALES SCREENSHOT.png
"""
import html.parser
import pathlib
import subprocess
import sys

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.headings = []
        self.nav_links = []
        self.alternates = []
        self._stack = []
        self._text = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("h1", "h2"):
            self._text = (tag, "")
        if tag == "nav":
            self._stack.append(attrs.get("class", ""))
        if tag == "a" and self._stack and self._stack[-1] == "site":
            (self.alternates if "hreflang" in attrs else self.nav_links).append(attrs)

    def handle_endtag(self, tag):
        if tag == "nav" and self._stack:
            self._stack.pop()
        if self._text and tag == self._text[0]:
            self.headings.append(self._text)
            self._text = None

    def handle_data(self, data):
        if self._text:
            self._text = (self._text[0], self._text[1] + data)


def dump(url: str) -> Page:
    dom = subprocess.run(CHROMIUM + ["--dump-dom", url], capture_output=True, text=True, timeout=60).stdout
    page = Page()
    page.feed(dom)
    return page


PROBE = ("<script>const nav = document.querySelector('nav.site'); document.body.dataset.probe = "
         "getComputedStyle(document.body).maxWidth + ' ' + (nav ? getComputedStyle(nav).display : 'no-nav');</script>")


def styled(page: pathlib.Path) -> str:
    """The body's computed max-width and the navigation's display in a copy of `page` placed
    beside it, so that its relative link to style.css resolves as the page's own does."""
    probe = page.with_name(".style-probe.html")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    try:
        tags = dump(probe.as_uri()).tags
    finally:
        probe.unlink()
    return next((attrs.get("data-probe", "") for tag, attrs in tags if tag == "body"), "")


def main() -> int:
    site, locales, screenshot = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2].split(","), sys.argv[3]
    problems = []
    for locale in locales:
        others = [other for other in locales if other != locale]
        for relative in ["index.html", "kpis.html", "teams.html"]:
            url = (site / locale / relative).as_uri()
            page = dump(url)
            h1 = [text for tag, text in page.headings if tag == "h1"]
            if len(h1) != 1:
                problems.append(f"{url}: {len(h1)} h1 headings")
            if len(page.nav_links) < 3:
                problems.append(f"{url}: navigation has {len(page.nav_links)} links")
            if sorted(link["hreflang"] for link in page.alternates) != sorted(others):
                problems.append(f"{url}: locale links {[a['hreflang'] for a in page.alternates]}, expected {others}")
            if relative == "index.html" and len([1 for tag, _ in page.headings if tag == "h2"]) < 5:
                problems.append(f"{url}: the philosophy has fewer than 5 sections")
            # The one script a page may hold is Pagefind's search box (check_search.py).
            scripts = [attrs.get("src", "") for tag, attrs in page.tags if tag == "script"]
            if scripts and scripts != ["../pagefind/pagefind-component-ui.js"]:
                problems.append(f"{url}: a script element other than Pagefind's: {scripts}")
    root = dump((site / "index.html").as_uri())
    languages = [attrs.get("hreflang") for tag, attrs in root.tags if tag == "a" and "hreflang" in attrs]
    if sorted(languages) != sorted(locales):
        problems.append(f"index.html: language chooser offers {languages}")
    team = sorted((site / locales[0] / "teams").glob("*.html"))[0]
    for page in [site / "index.html", site / locales[0] / "index.html", team]:
        # style.css sets the body's max-width (60rem) and lays the navigation out in a row;
        # the language chooser has no navigation.
        found = styled(page)
        if found not in ("960px flex", "960px no-nav" if page.parent == site else "960px flex"):
            problems.append(f"{page.relative_to(site)}: the stylesheet is not applied ({found!r})")
    subprocess.run(CHROMIUM + ["--window-size=1200,1600", f"--screenshot={screenshot}",
                               (site / locales[0] / "index.html").as_uri()],
                   capture_output=True, timeout=60)
    shot = pathlib.Path(screenshot)
    if not shot.exists() or shot.stat().st_size < 10_000:
        problems.append("the screenshot is missing or blank")
    for problem in problems:
        print(problem)
    print(f"browser: {len(locales) * 3 + 1} pages loaded, the stylesheet checked at 3 depths, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
