#!/usr/bin/env python3
"""Script injection: every text field of a philosophy holds every payload of
injection-payloads.json (tags, event attributes, script URLs, encodings, broken markup,
Mustache, Markdown links, direction tricks ...), each written to mark the page if it ever ran.
Renders, builds the site, makes the packs and the interview kit and exports the standards to
OpenSLO with the built binary, then

- loads every HTML page in headless Chromium and checks that no payload ran (no data-pwned
  attribute, no script element in the DOM), after a control page proves the check sees one;
- checks every output file statically: HTML has no script element, event attribute, script
  URL, inline style, <base>, <meta http-equiv>, frame or plugin element, and no details
  element but a site page's one sidebar (<details class="sidebar">); Markdown has no
  unescaped `<`; philosophy.json has no `<` at all;
- reads the OpenSLO export back with PyYAML (a YAML 1.1 reader, as OpenSLO's Go tools are):
  every payload comes back as the same text, in the same field.

usage: check_injection.py ETHOS WORK_DIR
"""
import html.parser
import json
import pathlib
import re
import subprocess
import sys
import time
import zipfile

import yaml

HERE = pathlib.Path(__file__).resolve().parent
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom"]
FORBIDDEN_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "applet", "base", "form", "svg", "math", "img",
                      "video", "audio", "source", "template", "isindex", "noscript", "textarea", "button", "details"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "background", "poster", "srcdoc"}
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
# The one script a page may hold: Pagefind's search box, on a site built with a search index,
# by this exact relative address, once (README, Safety). User text can never add one.
PAGEFIND_SRC = re.compile(r"(?:\.\./)*pagefind/pagefind-component-ui\.js")
PAGEFIND_SCRIPT = re.compile(r'<script src="(?:\.\./)*pagefind/pagefind-component-ui\.js"></script>')


def without_pagefind(text: str) -> str:
    """`text` without the one Pagefind script a page may hold (a second one stays, and is found)."""
    return PAGEFIND_SCRIPT.sub("", text, count=1)


def is_pagefind(tag, attrs) -> bool:
    return tag == "script" and len(attrs) == 1 and attrs[0][0] == "src" and PAGEFIND_SRC.fullmatch(attrs[0][1] or "")


def philosophy(payloads: list) -> str:
    """Every text field holds every payload; three values, teams and channels keep names unique."""
    every = "\n\n".join(payloads)
    line = " ".join(p.replace("\n", " ") for p in payloads)

    def q(text: str) -> str:
        # JSON strings are YAML double-quoted scalars; the byte order mark must be escaped there.
        return json.dumps(text, ensure_ascii=False).replace("\ufeff", "\\ufeff")

    lines = ["ethos: 1", f"company: {q('Acme ' + line)}", "locales: [en, de]", f"purpose: {q(every)}",
             f"vision: {q(every)}", f"conflicts: {q(every)}", "journey:"]
    lines += [f"  {key}: {q(every)}" for key in ["awareness", "consideration", "decision", "post-purchase"]]
    lines += ["expectations:"] + [f"  {key}: [{q(every)}]" for key in ["must-be", "performance", "delighters"]]
    lines += ["values:"]
    for i in range(3):
        lines += [f"  - name: {q(f'V{i} ' + line)}", f"    action: {q(every)}", f"    description: {q(every)}",
                  f"    behaviors: [{q(every)}]", f"    hiring: [{q(every)}]", "    kpis: [NPS, X1]"]
    lines += ["kpis:", f"  - {{ id: X1, name: {q(line)}, unit: count, direction: higher, definition: {q(every)}, "
                       f"formula: {q(every)} }}"]
    lines += ["channels:"] + [f"  - {{ name: {q(f'C{i} ' + line)}, kind: chat, hours: {q(every)}, offline: {q(every)} }}"
                              for i in range(3)]
    lines += ["teams:"]
    for i in range(3):
        lines += [f"  - name: {q(f'T{i} ' + line)}", f"    activities: {q(every)}", "    kpis: [NPS, X1, FRT]",
                  f"    onboarding: [{{ phase: day-1, task: {q(every)}, owner: {q(line)} }}]"]
    lines += ["standards:"] + [
        f"  - {{ id: s{i}, kpi: FRT, objective: {{ share: 90%, within: 2m }}, window: month, statement: {q(every)}, "
        f"source: {q(every)}, channel: {q(f'C{i} ' + line)}, owner: {q(f'T{i} ' + line)} }}" for i in range(3)]
    lines += ["recovery:"] + [f"  - {{ situation: {q(every)}, response: {q(every)}, respond-within: 1h, "
                              f"escalate-to: {q(f'T{i} ' + line)} }}" for i in range(2)]
    lines += ["onboarding:", f"  tasks: [{{ phase: week-1, task: {q(every)}, owner: {q(line)} }}]", "  refresher: quarter"]
    lines += ["site:", f"  footer-links: [{{ text: {q(every)}, url: privacy.html }}, {{ text: {q(line)}, url: \"https://x.example/?a=<b>\" }}]"]
    return "\n".join(lines) + "\n"


class Elements(html.parser.HTMLParser):
    """The start tags of a page, with their attributes as a browser would read them."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.title = ""
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, [(name, value or "") for name, value in attrs]))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def static_problems(path: pathlib.Path, text: str) -> list:
    problems = []
    if path.suffix == ".html":
        text = without_pagefind(text)
        if "<script" in text.lower():
            problems.append("a raw <script")
        tags = Elements(text).tags
        # A site page's sidebar is Ethos's own <details class="sidebar">, one per page; any
        # other details element came from user text.
        sidebars = [attrs for tag, attrs in tags if tag == "details" and attrs == [("class", "sidebar")]]
        if len(sidebars) > 1:
            problems.append(f"{len(sidebars)} sidebars")
        for tag, attrs in tags:
            if tag in FORBIDDEN_ELEMENTS and not (tag == "details" and attrs == [("class", "sidebar")]):
                problems.append(f"a <{tag}> element")
            if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
                problems.append("<meta http-equiv>")
            for name, value in attrs:
                squeezed = re.sub(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]", "", value).lower()
                if name.startswith("on"):
                    problems.append(f"an event attribute {name} on <{tag}>")
                if name in URL_ATTRIBUTES and squeezed.startswith(SCRIPT_SCHEMES):
                    problems.append(f"a script URL in <{tag} {name}>")
                if name == "style":
                    problems.append(f"an inline style on <{tag}>")
    elif path.suffix == ".md":
        # User text reaches Markdown with every `<` escaped; Ethos's own links are `](<address>)`.
        if re.search(r"(?<!\\)(?<!\]\()<", text):
            problems.append("an unescaped < in Markdown")
    elif path.suffix == ".json" and "<" in text:
        problems.append("a < in JSON (written \\u003c)")
    return [f"{path}: {problem}" for problem in problems]


def openslo_problems(path: pathlib.Path, payloads: list) -> list:
    """The export reads back as a Service and one SLO per standard, each text as written (cut
    with a trailing ellipsis where OpenSLO's length limits cut it)."""
    every = "\n\n".join(payloads)
    line = " ".join(p.replace("\n", " ") for p in payloads)

    def same(written, text: str) -> bool:
        return written == text or (isinstance(written, str) and written.endswith("\u2026")
                                   and text.startswith(written[:-1]))

    documents = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
    problems = []
    if [document.get("kind") for document in documents] != ["Service", "SLO", "SLO", "SLO"]:
        return [f"{path}: not a Service and three SLOs: {[type(document) for document in documents]}"]
    service = documents[0]
    if not same(service["metadata"].get("displayName"), "Acme " + line) or not same(service["spec"].get("description"), every):
        problems.append(f"{path}: the Service's name or purpose did not read back")
    for i, slo in enumerate(documents[1:]):
        labels = slo["metadata"].get("labels", {})
        if labels.get("channel") != [f"C{i} " + line] or labels.get("team") != [f"T{i} " + line]:
            problems.append(f"{path}: SLO s{i}'s channel or team label did not read back")
        if not same(slo["spec"].get("description"), every) or slo["spec"].get("service") != service["metadata"]["name"]:
            problems.append(f"{path}: SLO s{i}'s statement or service did not read back")
        if not isinstance(slo["spec"]["objectives"][0].get("target"), float):
            problems.append(f"{path}: SLO s{i}'s target is not a number")
    return problems


def marks(dom: str) -> list:
    page = Elements(dom)
    found = [f"data-pwned={value}" for _, attrs in page.tags for name, value in attrs if name == "data-pwned"]
    scripts = [(tag, attrs) for tag, attrs in page.tags if tag == "script"]
    allowed = 1 if scripts and is_pagefind(*scripts[0]) else 0
    found += ["a script element"] * (len(scripts) - allowed)
    if page.title.strip() == "PWNED":
        found.append("title PWNED")
    return found


def load(url: str) -> str:
    return subprocess.run(CHROMIUM + [url], capture_output=True, text=True, timeout=60).stdout


def main() -> int:
    ethos, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    payloads = json.loads((HERE / "injection-payloads.json").read_text(encoding="utf-8"))
    work.mkdir(parents=True, exist_ok=True)
    source = work / "injection.yml"
    source.write_text(philosophy(payloads), encoding="utf-8")
    out = work / "out"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    for command in [["render", str(source), "-o", str(out / "render"), "--start", "2026-12-01"],
                    ["build", str(source), "-o", str(out / "site"), "--quiet"],
                    ["pack", str(source), "--all-teams", "--start", "2026-12-01", "-o", str(out / "packs")],
                    ["kit", str(source), "-o", str(out / "kit")],
                    ["export", "openslo", str(source), "-o", str(out / "openslo")]]:
        result = subprocess.run([ethos] + command, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"injection: ethos {command[0]} exited {result.returncode}: {result.stderr[-2000:]}")
            return 1
    for archive in sorted((out / "packs").glob("*.zip")):
        with zipfile.ZipFile(archive) as pack:
            pack.extractall(out / "packs" / archive.stem)

    files = sorted(path for path in out.rglob("*") if path.is_file() and path.suffix != ".zip")
    problems = [p for path in files for p in static_problems(path, path.read_text(encoding="utf-8", errors="replace"))]
    problems += openslo_problems(out / "openslo" / "openslo.yaml", payloads)

    control = work / "control.html"
    control.write_text("<!doctype html><title>c</title><img src=x onerror=\"document.body.setAttribute('data-pwned','control')\">")
    if not marks(load(control.as_uri())):
        problems.append("the control page's payload was not seen: the browser check cannot see a payload that runs")
    pages = [path for path in files if path.suffix == ".html"]
    started = time.monotonic()
    shown = 0
    for page in pages:
        dom = load(page.as_uri())
        if "<body" not in dom:
            problems.append(f"{page}: Chromium loaded no page")
        problems += [f"{page}: payload ran: {mark}" for mark in marks(dom)]
        shown += "setAttribute('data-pwned'" in dom  # a payload, shown as text
    if shown < len(pages) // 2:
        problems.append(f"only {shown} of {len(pages)} pages show the payloads as text")
    seconds = time.monotonic() - started
    for problem in problems[:50]:
        print("injection:", problem)
    print(f"injection: {len(payloads)} payloads in every text field; {len(files)} files checked statically; "
          f"{len(pages)} pages loaded in Chromium in {seconds:.1f} s, {shown} showing payloads as text; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
