#!/usr/bin/env python3
"""Renders a philosophy of about 1 MB whose every text field holds one of cmark's pathological
patterns (cmark-pathological.json), and `![[]()` 40,000 times in the purpose, with the built
binary; fails when a render takes longer than the limit or its HTML shows live markup.

This Debian cmark-gfm lacks upstream's 2023 fixes (`![[]()` 40,000 times takes 12 s there);
Ethos escapes user text, so cmark-gfm sees literal text and stays linear.

A second file of about 1 MB holds many teams and standards that refer to them, and a team
with a 100,000-character name that a standard misspells: checking references and looking
for a "did you mean" must stay linear, so validate, lint and render each stay in the limit.

usage: check_pathological.py ETHOS WORK_DIR [LIMIT_SECONDS]
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent


def pattern_text(pattern: dict, scale: float) -> str:
    opening, middle, closing = pattern["open"], pattern.get("middle", ""), pattern.get("close", "")
    count = max(1, round(pattern["count"] * (scale ** 0.5 if pattern.get("grow") else scale)))
    if pattern.get("grow"):
        return "".join(opening + closing * i for i in range(1, count + 1))
    if pattern.get("indent"):
        return "".join(" " * (pattern["indent"] * i) + opening for i in range(count))
    return opening * count + middle + closing * count


def philosophy(texts: list, purpose: str) -> str:
    """Every text field holds one of `texts`; each text gets a value, a team, a channel, a
    standard, a recovery plan and a KPI of its own, named so that names and slugs stay unique."""
    q = json.dumps  # a JSON string is a YAML double-quoted scalar
    lines = ["ethos: 1", "company: " + q("Acme " + texts[0][:200]), "locales: [en, de]",
             "purpose: " + q(purpose), "vision: " + q(texts[1]), "conflicts: " + q(texts[2]),
             "journey:"] + [f"  {key}: {q(texts[i + 3])}" for i, key in
                            enumerate(["awareness", "consideration", "decision", "post-purchase"])]
    lines += ["expectations:"] + [f"  {key}: [{q(texts[i + 7])}]" for i, key in
                                  enumerate(["must-be", "performance", "delighters"])]
    lines.append("values:")
    for i, text in enumerate(texts):
        lines += [f"  - name: {q(f'V{i} ' + text)}", f"    action: {q(text)}", f"    description: {q(text)}",
                  f"    behaviors: [{q(text)}, {q(text)}]", f"    hiring: [{q(text)}]", f"    kpis: [P{i}]"]
    lines.append("kpis:")
    for i, text in enumerate(texts):
        lines += [f"  - {{ id: P{i}, name: {q(f'K{i} ' + text)}, unit: percent, direction: higher, "
                  f"definition: {q(text)}, formula: {q(text)} }}"]
    lines.append("channels:")
    for i, text in enumerate(texts):
        lines.append(f"  - {{ name: {q(f'C{i} ' + text)}, kind: chat, hours: {q(text)}, offline: {q(text)} }}")
    lines.append("teams:")
    for i, text in enumerate(texts):
        lines += [f"  - name: {q(f'T{i} ' + text)}", f"    activities: {q(text)}", f"    kpis: [P{i}]",
                  f"    onboarding: [{{ phase: day-1, task: {q(text)}, owner: {q(text)} }}]"]
    lines.append("standards:")
    for i, text in enumerate(texts):
        lines.append(f"  - {{ id: s{i}, kpi: P{i}, objective: {{ at-least: 90% }}, window: month, statement: {q(text)}, "
                     f"source: {q(text)}, channel: {q(f'C{i} ' + text)}, owner: {q(f'T{i} ' + text)} }}")
    lines.append("recovery:")
    for i, text in enumerate(texts):
        lines.append(f"  - {{ situation: {q(text)}, response: {q(text)}, respond-within: 1h, escalate-to: {q(f'T{i} ' + text)} }}")
    lines.append("onboarding:")
    lines.append("  tasks: [" + ", ".join(f"{{ phase: week-1, task: {q(t)}, owner: {q(t)} }}" for t in texts[:5]) + "]")
    return "\n".join(lines) + "\n"


def pathological(patterns: list, size: int) -> str:
    """The philosophy with the patterns scaled so that the file is about `size` bytes, and
    `![[]()` 40,000 times in the purpose (12 s in this cmark-gfm when it is live syntax)."""
    purpose = "![[]()" * 40_000
    unscaled = len(philosophy([pattern_text(p, 1) for p in patterns], purpose).encode())
    scale = (size - len(purpose)) / (unscaled - len(purpose))
    return philosophy([pattern_text(p, scale) for p in patterns], purpose)


def many_references(count: int, misspelt: bool) -> str:
    lines = ["ethos: 1", "company: Acme", "purpose: Help.", "vision: Quick help.", "values:",
             "  - { name: Speed, action: Answer today., kpis: [FRT] }", "channels:", "  - { name: Phone }", "teams:",
             f"  - {{ name: {'x' * 100_000}a, activities: Answers. }}"]
    lines += [f"  - {{ name: Team {i}, activities: Answers., kpis: [FRT] }}" for i in range(count)]
    owner = "x" * 100_000 + ("b" if misspelt else "a")
    lines += ["standards:", f"  - {{ id: long, kpi: FRT, objective: {{ at-most: 2m }}, owner: {owner} }}"]
    lines += [f"  - {{ id: s{i}, kpi: FRT, objective: {{ at-most: 2m }}, owner: Team {i}, channel: Phone }}"
              for i in range(count)]
    return "\n".join(lines) + "\n"


def plain(patterns: list) -> str:
    """The same philosophy with a short plain word in every field: the structure to compare with."""
    return philosophy([f"plain{i}" for i in range(len(patterns))], "plain purpose")


def tag_counts(html: str) -> collections.Counter:
    """Elements by name, leaving out the links Ethos makes of web addresses in text."""
    return collections.Counter(re.findall(r"<(?!a href=\"https?://)([a-zA-Z][a-zA-Z0-9]*)", html))


def timed(command: list, output=subprocess.DEVNULL) -> tuple:
    start = time.monotonic()
    result = subprocess.run(command, stdout=output, stderr=subprocess.PIPE, timeout=300)
    return time.monotonic() - start, result


def main() -> int:
    ethos, work = sys.argv[1], pathlib.Path(sys.argv[2])
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
    patterns = json.loads((HERE / "cmark-pathological.json").read_text())
    work.mkdir(parents=True, exist_ok=True)
    source, baseline = work / "pathological.yml", work / "plain.yml"
    source.write_text(pathological(patterns, 1_000_000), encoding="utf-8")
    baseline.write_text(plain(patterns), encoding="utf-8")
    size = source.stat().st_size
    problems = []
    html = work / "philosophy.en.html"
    with html.open("wb") as sink:
        seconds, result = timed([ethos, "render", str(source), "--format", "html", "--locale", "en"], sink)
    print(f"pathological: {size / 1e6:.2f} MB, {len(patterns)} patterns in every text field; "
          f"render --format html: {seconds:.2f} s")
    if result.returncode != 0:
        problems.append(f"render exited {result.returncode}: {result.stderr.decode()[-2000:]}")
    if seconds > limit:
        problems.append(f"render took {seconds:.2f} s, over the {limit:.1f} s limit")
    page = html.read_text(encoding="utf-8")
    if page.count("![[]()" * 100) < 1:
        problems.append("the purpose's ![[]() run is not in the page as text")
    expected = subprocess.run([ethos, "render", str(baseline), "--format", "html", "--locale", "en"],
                              capture_output=True, text=True).stdout
    if tag_counts(page) != tag_counts(expected):
        difference = (tag_counts(page) - tag_counts(expected)) + (tag_counts(expected) - tag_counts(page))
        problems.append(f"user text changed the page's structure: {dict(difference)}")
    seconds, result = timed([ethos, "render", str(source), "-o", str(work / "out"), "--format", "md,html"])
    print(f"pathological: render -o (Markdown and HTML, 2 locales): {seconds:.2f} s")
    if result.returncode != 0 or seconds > 2 * limit:
        problems.append(f"render -o: exit {result.returncode} after {seconds:.2f} s")
    for misspelt, commands in [(True, [["validate"], ["lint"]]), (False, [["render", "--format", "html"]])]:
        references = work / f"references-{'misspelt' if misspelt else 'clean'}.yml"
        references.write_text(many_references(8_000, misspelt), encoding="utf-8")
        for command in commands:
            seconds, result = timed([ethos, command[0], str(references)] + command[1:])
            print(f"pathological: {references.stat().st_size / 1e6:.2f} MB of references"
                  f"{' with a misspelt one' if misspelt else ''}, {' '.join(command)}: {seconds:.2f} s")
            if seconds > limit or result.returncode != (1 if misspelt else 0):
                problems.append(f"{' '.join(command)} on {references.name}: exit {result.returncode} after {seconds:.2f} s")
    for problem in problems:
        print("pathological:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
