#!/usr/bin/env python3
"""Loads pages of a built site in headless Chromium and checks the rendered DOM and layout:
one h1, the site navigation, links to the same page in every other locale, the expected
headings; the handbook layout (a sidebar holding every value and team, breadcrumbs with the
current page marked, the skip link as the first focusable element, leading to main#content);
that the shared stylesheet reaches pages at every depth; that at phone width (390 px) no page
is wider than the screen and the sidebar is folded away, while at 1280 px it shows; that a
dark screen gets the dark colours. Layout is measured by a probe: a page beside it that frames
it at the width measured and writes what it measured into its own DOM.

It saves screenshots of the landing page, a team page and the KPI page at 1280 px and 390 px,
light and dark (Chromium's --force-dark-mode, which sets prefers-color-scheme: dark), in a
screens folder beside SCREENSHOT.png, named PAGE-WIDTH-SCHEME.png.

usage: check_browser.py SITE_FOLDER LOCALES SCREENSHOT.png
"""
import re
import html.parser
import json
import pathlib
import subprocess
import sys

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
WIDTHS = {"desktop": 1280, "phone": 390}
DARK = ["--force-dark-mode"]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.headings = []
        self.nav_links = []
        self.alternates = []
        self.sidebar = []
        self.breadcrumbs = []
        self._stack = []
        self._text = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("h1", "h2"):
            self._text = (tag, "")
        if tag == "nav":
            self._stack.append(attrs.get("class", ""))
        if tag == "a" and self._stack:
            links = {"site": self.nav_links, "languages": self.alternates, "sidebar": self.sidebar,
                     "breadcrumbs": self.breadcrumbs}.get(self._stack[-1])
            if links is not None:
                links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "nav" and self._stack:
            self._stack.pop()
        if self._text and tag == self._text[0]:
            self.headings.append(self._text)
            self._text = None

    def handle_data(self, data):
        if self._text:
            self._text = (self._text[0], self._text[1] + data)


def dump(url: str, flags=()) -> Page:
    dom = subprocess.run(CHROMIUM + list(flags) + ["--dump-dom", url], capture_output=True, text=True, timeout=60).stdout
    page = Page()
    page.feed(dom)
    return page


PROBE = """<!doctype html>
<html><head><script>
function measure(frame) {
  const page = frame.contentDocument, view = frame.contentWindow;
  const q = (s) => page.querySelector(s);
  const sidebar = q('nav.sidebar');
  document.body.dataset.probe = JSON.stringify({
    scrollWidth: page.documentElement.scrollWidth,
    header: q('header.site') ? view.getComputedStyle(q('header.site')).display : 'none',
    sidebarShown: sidebar ? sidebar.checkVisibility() : null,
    sidebarOpen: q('details.sidebar') ? q('details.sidebar').open : null,
    firstFocusable: (q('a[href], button, input, select, textarea, summary') || {}).className || '',
    dark: view.matchMedia('(prefers-color-scheme: dark)').matches,
    background: view.getComputedStyle(page.body).backgroundColor,
  });
}
</script></head>
<body style="margin: 0"><iframe src="PAGE" onload="measure(this)" style="border: 0; width: WIDTHpx; height: 900px"></iframe></body>
</html>"""


def probe(page: pathlib.Path, width: int, flags=()) -> dict:
    """What the probe measured of `page` in a frame `width` pixels wide (headless Chromium's
    window is never narrower than 500 px, a frame is): a probe page beside it frames it and
    reads its DOM, which files may do with --allow-file-access-from-files."""
    copy = page.with_name(".layout-probe.html")
    copy.write_text(PROBE.replace("PAGE", page.name).replace("WIDTH", str(width)), encoding="utf-8")
    try:
        tags = dump(copy.as_uri(), ["--window-size=1400,1000", "--allow-file-access-from-files", *flags]).tags
    finally:
        copy.unlink()
    found = next((attrs.get("data-probe") for tag, attrs in tags if tag == "body"), None)
    return json.loads(found) if found else {}


def layout_problems(site: pathlib.Path, locale: str, page: Page, relative: str) -> list:
    """The handbook layout of one page: sidebar, breadcrumbs, skip link."""
    problems = []
    url = f"{locale}/{relative}"
    values = sorted(path.name for path in (site / locale / "values").glob("*.html"))
    teams = sorted(path.name for path in (site / locale / "teams").glob("*.html"))
    linked = {link["href"].rsplit("/", 1)[-1] for link in page.sidebar}
    for name in values + teams:
        if name not in linked:
            problems.append(f"{url}: the sidebar does not link {name}")
    if not any(link["href"].endswith("kpis.html") for link in page.sidebar):
        problems.append(f"{url}: the sidebar does not link the KPIs")
    if len(page.breadcrumbs) < 2 or "aria-current" not in page.breadcrumbs[-1]:
        problems.append(f"{url}: breadcrumbs {page.breadcrumbs}")
    if not any(tag == "nav" and attrs.get("class") == "breadcrumbs" and attrs.get("aria-label") for tag, attrs in page.tags):
        problems.append(f"{url}: the breadcrumbs have no name")
    anchors = [attrs for tag, attrs in page.tags if tag == "a"]
    if not anchors or anchors[0].get("class") != "skip-link" or anchors[0].get("href") != "#content":
        problems.append(f"{url}: the first link is {anchors[:1]}, not the skip link")
    if not any(tag == "main" and attrs.get("id") == "content" for tag, attrs in page.tags):
        problems.append(f"{url}: no main#content for the skip link")
    return problems


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
            if scripts and (len(scripts) > 1 or not re.fullmatch(r"(\.\./)+pagefind/pagefind-component-ui\.js", scripts[0])):
                problems.append(f"{url}: a script element other than Pagefind's: {scripts}")
            problems += layout_problems(site, locale, page, relative)
    root = dump((site / "index.html").as_uri())
    languages = [attrs.get("hreflang") for tag, attrs in root.tags if tag == "a" and "hreflang" in attrs]
    if sorted(languages) != sorted(locales):
        problems.append(f"index.html: language chooser offers {languages}")
    team = sorted((site / locales[0] / "teams").glob("*.html"))[0]
    pages = {"landing": site / "index.html", "team": team, "kpis": site / locales[0] / "kpis.html"}
    probes = 0
    for name, page in {**pages, "philosophy": site / locales[0] / "index.html"}.items():
        for device, width in WIDTHS.items():
            found = probe(page, width)
            probes += 1
            where = f"{page.relative_to(site)} at {width} px"
            # style.css lays the brand bar out as a grid: the stylesheet reached the page.
            if found.get("header") != "grid":
                problems.append(f"{where}: the stylesheet is not applied ({found!r})")
            if found.get("scrollWidth", width + 1) > width:
                problems.append(f"{where}: {found.get('scrollWidth')} px wide, wider than the screen")
            if found.get("firstFocusable") != "skip-link":
                problems.append(f"{where}: the first focusable element is {found.get('firstFocusable')!r}")
            # The sidebar is a details element a phone shows folded, a wide screen open.
            if found.get("sidebarShown") != (device == "desktop") or found.get("sidebarOpen") is not False:
                problems.append(f"{where}: sidebar shown {found.get('sidebarShown')}, open {found.get('sidebarOpen')}")
    dark = probe(pages["team"], WIDTHS["desktop"], DARK)
    light = probe(pages["team"], WIDTHS["desktop"])
    probes += 2
    if not dark.get("dark") or dark.get("background") == light.get("background"):
        problems.append(f"dark mode: background {dark.get('background')} (light {light.get('background')})")
    screens = pathlib.Path(screenshot).parent / "screens"
    screens.mkdir(parents=True, exist_ok=True)
    shots = []
    for name, page in pages.items():
        for device, width in WIDTHS.items():
            for scheme, flags in [("light", []), ("dark", DARK)]:
                shot = screens / f"{name}-{width}-{scheme}.png"
                subprocess.run(CHROMIUM + flags + [f"--window-size={width},{1600 if device == 'desktop' else 1400}",
                                                   f"--screenshot={shot}", page.as_uri()],
                               capture_output=True, timeout=60)
                shots.append(shot)
    subprocess.run(CHROMIUM + ["--window-size=1280,1600", f"--screenshot={screenshot}",
                               (site / locales[0] / "index.html").as_uri()],
                   capture_output=True, timeout=60)
    for shot in shots + [pathlib.Path(screenshot)]:
        if not shot.exists() or shot.stat().st_size < 10_000:
            problems.append(f"the screenshot {shot} is missing or blank")
    for problem in problems:
        print(problem)
    print(f"browser: {len(locales) * 3 + 1} pages loaded, {probes} layout probes at 1280 and 390 px, "
          f"{len(shots)} screenshots in {screens}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
