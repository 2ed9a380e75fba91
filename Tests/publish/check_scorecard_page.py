#!/usr/bin/env python3
"""Checks the HTML scorecard page (`ethos score --format html`) in two locales and takes a
screenshot of each in headless Chromium.

    check_scorecard_page.py PAGE_EN PAGE_DE OUTDIR

Each page must have at least one trend chart, and every chart an accessible name (`role="img"`,
a non-empty `<title>` and `<desc>`), a dashed target line and a marker per window whose shape
tells its status (a filled circle met, a cross missed, a hollow circle too little data); the two
pages must be in their own language. The screenshots go to OUTDIR/scorecard.<lang>.png.
"""
import html.parser
import pathlib
import subprocess
import sys

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
SHAPES = {"met": "circle", "missed": "path", "not-enough-data": "circle"}


class Charts(html.parser.HTMLParser):
    """The page's `lang`, and each `<svg>` with its title, description, target lines and markers."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.charts = []
        self.text_of = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "svg":
            self.charts.append({"role": attrs.get("role"), "viewBox": attrs.get("viewbox"), "title": "", "desc": "",
                                "targets": [], "markers": [], "depth": 0})
        elif self.charts and self.charts[-1]["depth"] == 0 and tag in ("title", "desc") and not self.charts[-1][tag]:
            self.text_of = tag
        elif self.charts and tag == "line" and "target" in attrs.get("class", "").split():
            self.charts[-1]["targets"].append(attrs)
        elif self.charts and "marker" in attrs.get("class", "").split():
            status = [c for c in attrs["class"].split() if c != "marker"][0]
            self.charts[-1]["markers"].append((tag, status, attrs))
            self.charts[-1]["depth"] += 1

    def handle_endtag(self, tag):
        self.text_of = None
        if self.charts and tag in ("circle", "path") and self.charts[-1]["depth"] > 0:
            self.charts[-1]["depth"] -= 1

    def handle_data(self, data):
        if self.text_of:
            self.charts[-1][self.text_of] += data


def check(page: pathlib.Path, lang: str) -> list[str]:
    parser = Charts()
    parser.feed(page.read_text(encoding="utf-8"))
    errors = []
    if parser.lang != lang:
        errors.append(f"{page}: lang is {parser.lang!r}, not {lang!r}")
    if not parser.charts:
        errors.append(f"{page}: no trend chart")
    for number, chart in enumerate(parser.charts, 1):
        where = f"{page}: chart {number}"
        if chart["role"] != "img" or not chart["viewBox"]:
            errors.append(f"{where}: needs role=\"img\" and a viewBox")
        if not chart["title"].strip() or not chart["desc"].strip():
            errors.append(f"{where}: needs a <title> and a <desc>")
        if len(chart["targets"]) != 1 or "stroke-dasharray" not in chart["targets"][0]:
            errors.append(f"{where}: needs one dashed target line (<line class=\"target\" stroke-dasharray=…>)")
        if not chart["markers"]:
            errors.append(f"{where}: no window markers")
        for tag, status, attrs in chart["markers"]:
            if SHAPES.get(status) != tag:
                errors.append(f"{where}: a {status} marker is a <{tag}>, not a <{SHAPES.get(status)}>")
            if status == "not-enough-data" and attrs.get("fill") != "#fff":
                errors.append(f"{where}: a not-enough-data marker must be hollow")
    return errors


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    pages = [(pathlib.Path(sys.argv[1]), "en"), (pathlib.Path(sys.argv[2]), "de")]
    out = pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    errors = []
    for page, lang in pages:
        errors += check(page, lang)
        shot = out / f"scorecard.{lang}.png"
        shot.unlink(missing_ok=True)
        subprocess.run(CHROMIUM + ["--window-size=1200,2000", f"--screenshot={shot}", page.resolve().as_uri()],
                       capture_output=True, timeout=120)
        if not shot.exists() or shot.stat().st_size < 10_000:
            errors.append(f"{page}: no screenshot in {shot}")
    for error in errors:
        print(error, file=sys.stderr)
    if not errors:
        print(f"check_scorecard_page: charts fine in en and de; screenshots in {out}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
