#!/usr/bin/env python3
"""Measures Ethos against Hugo, cmark-gfm and pandoc on the same work and writes
Benchmarks/RESULTS.md. Run it with `make bench` (not part of `make test`).

Workloads come from the team's generator (gen_enterprise.py, found beside the repository in
shared/bench/, or where ETHOS_BENCH_GENERATOR points). Every timing is hyperfine's median over
at least 5 runs after a warm-up; peak memory is /usr/bin/time's maximum resident set size.
Each site build starts from an empty output folder (hyperfine --prepare), for every tool.
"""
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build" / "bench"
OUT = pathlib.Path("/dev/shm/ethos-bench") if pathlib.Path("/dev/shm").is_dir() else WORK / "out"
ETHOS = ROOT / ".build" / "release" / "ethos"
GENERATOR = pathlib.Path(os.environ.get("ETHOS_BENCH_GENERATOR", ROOT.parent / "shared" / "bench" / "gen_enterprise.py"))
LOCALES = "en,de,sl,nb"
SIZES = [125, 250, 500, 1000]
ETHOS_ONLY_SIZE = 8000
RUNS = int(os.environ.get("ETHOS_BENCH_RUNS", "5"))
EXTENSIONS = ["-e", "table", "-e", "tasklist", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def hyperfine(name, command, prepare=None, runs=RUNS):
    """The median wall time of `command` in seconds, over `runs` runs after one warm-up."""
    export = WORK / f"{name}.json"
    arguments = ["hyperfine", "--warmup", "1", "--runs", str(runs), "--export-json", str(export), "--style", "none"]
    if prepare:
        arguments += ["--prepare", prepare]
    subprocess.run(arguments + [command], check=True, stdout=subprocess.DEVNULL)
    result = json.loads(export.read_text())["results"][0]
    return statistics.median(result["times"])


def peak_memory(command):
    """The peak resident memory of `command` in MB."""
    result = subprocess.run(["/usr/bin/time", "-v", "sh", "-c", command], capture_output=True, text=True, check=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024
    raise RuntimeError(f"no peak memory for {command}")


def generate(teams):
    path = WORK / f"enterprise-{teams}.yml"
    if not path.exists():
        with path.open("w") as output:
            subprocess.run([sys.executable, str(GENERATOR), "--teams", str(teams), "--locales", LOCALES],
                           stdout=output, check=True)
    return path


def hugo_site(teams, philosophy):
    """A Hugo site whose content is the Markdown Ethos made each page from."""
    site = WORK / f"hugo-{teams}"
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(ROOT / "Benchmarks" / "hugo", site)
    run([str(ETHOS), "build", str(philosophy), "-o", str(WORK / f"sources-site-{teams}"), "--quiet",
         "--sources", str(site / "content")])
    # A folder's index page is Hugo's section page.
    for index in (site / "content").glob("*/index.md"):
        index.rename(index.with_name("_index.md"))
    return site


def main():
    if not GENERATOR.exists():
        sys.exit(f"bench: the workload generator is missing: {GENERATOR} (set ETHOS_BENCH_GENERATOR)")
    WORK.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    rows, scaling, notes = [], [], []

    for teams in SIZES:
        philosophy = generate(teams)
        site = hugo_site(teams, philosophy)
        markdown = sorted(str(path) for path in (site / "content").rglob("*.md"))
        (WORK / f"files-{teams}.txt").write_text("\n".join(markdown) + "\n")
        out, public = OUT / f"ethos-{teams}", OUT / f"hugo-public-{teams}"
        ethos_command = f"{ETHOS} build {philosophy} -o {out} --quiet"
        hugo_command = f"hugo --quiet --source {site} --destination {public}"
        cmark_command = f"xargs -a {WORK}/files-{teams}.txt cmark-gfm {' '.join(EXTENSIONS)} > /dev/null"
        ethos_time = hyperfine(f"ethos-{teams}", ethos_command, prepare=f"rm -rf {out}")
        hugo_time = hyperfine(f"hugo-{teams}", hugo_command, prepare=f"rm -rf {public}")
        cmark_time = hyperfine(f"cmark-{teams}", cmark_command)
        pages = sum(1 for _ in out.rglob("*.html"))
        rows.append({
            "teams": teams, "pages": pages, "ethos": ethos_time, "hugo": hugo_time, "cmark": cmark_time,
            "ethos_mb": peak_memory(f"rm -rf {out} && {ethos_command}"),
            "hugo_mb": peak_memory(f"rm -rf {public} && {hugo_command}"),
        })
        scaling.append((teams, pages, ethos_time, rows[-1]["ethos_mb"]))

    philosophy = generate(ETHOS_ONLY_SIZE)
    out = OUT / f"ethos-{ETHOS_ONLY_SIZE}"
    command = f"{ETHOS} build {philosophy} -o {out} --quiet"
    big_time = hyperfine(f"ethos-{ETHOS_ONLY_SIZE}", command, prepare=f"rm -rf {out}")
    big_pages = sum(1 for _ in out.rglob("*.html"))
    scaling.append((ETHOS_ONLY_SIZE, big_pages, big_time, peak_memory(f"rm -rf {out} && {command}")))
    shutil.rmtree(out)

    # One document: every format and locale of Nextiva, against pandoc on the same Markdown.
    nextiva = ROOT / "Examples" / "nextiva.yml"
    document = WORK / "nextiva.en.md"
    document.write_text(run([str(ETHOS), "render", str(nextiva), "--format", "md"]).stdout)
    one = {
        "ethos_all": hyperfine("render-all", f"{ETHOS} render {nextiva} -o {WORK}/render-out", runs=max(RUNS, 20)),
        "ethos_html": hyperfine("render-html", f"{ETHOS} render {nextiva} --format html > /dev/null", runs=max(RUNS, 20)),
        "pandoc": hyperfine("pandoc", f"pandoc -f gfm -t html -s --metadata title=Nextiva {document} -o /dev/null",
                            runs=max(RUNS, 20)),
    }

    # Checking the 1000-team file.
    enterprise = generate(1000)
    checking = {
        "validate": hyperfine("validate", f"{ETHOS} validate {enterprise} > /dev/null", runs=max(RUNS, 10)),
        "lint": hyperfine("lint", f"{ETHOS} lint {enterprise} > /dev/null", runs=max(RUNS, 10)),
        "validate_mb": peak_memory(f"{ETHOS} validate {enterprise} > /dev/null"),
        "lint_mb": peak_memory(f"{ETHOS} lint {enterprise} > /dev/null"),
    }

    write_results(rows, scaling, one, checking)
    shutil.rmtree(OUT, ignore_errors=True)
    print((ROOT / "Benchmarks" / "RESULTS.md").read_text())


def version(command):
    return run(command).stdout.strip().splitlines()[0]


def write_results(rows, scaling, one, checking):
    memory = next(line for line in pathlib.Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    cpu = next((line.split(":", 1)[1].strip() for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    thousand = rows[-1]
    base = scaling[len(rows) - 1]
    big = scaling[-1]
    goal = lambda ok: "met" if ok else "**missed**"
    lines = [
        "# Benchmark results",
        "",
        "Rewritten by `make bench` (`Benchmarks/bench.py`). Times are hyperfine medians (wall clock, "
        f"{RUNS}+ runs after a warm-up); memory is peak resident size from `/usr/bin/time -v`. Every "
        f"site build starts from an empty output folder in `{OUT.parent}`. Ratios are the headline: "
        "absolute times on a shared machine drift.",
        "",
        "## Machine and tools",
        "",
        f"- {os.cpu_count()} cores ({cpu}), {memory.split(':')[1].strip()} memory, {platform.system()} {platform.release()}",
        f"- {version([str(ETHOS), '--version'])} (release build)",
        f"- {version(['hugo', 'version'])}",
        f"- {version(['pandoc', '--version'])}; cmark-gfm {version(['cmark-gfm', '--version']).split()[-1]}; "
        f"{version(['hyperfine', '--version'])}",
        f"- workloads: `gen_enterprise.py --teams N --locales {LOCALES}`",
        "",
        "## Site build: Ethos against Hugo and the cmark-gfm floor",
        "",
        "Hugo builds the same pages from the same Markdown (`ethos build --sources`), with one layout "
        "that emits `.Content` in an HTML shell (`Benchmarks/hugo/`). The cmark-gfm floor converts the "
        "same Markdown files in one process (`xargs cmark-gfm` with the GFM extensions), writing "
        "nothing: conversion alone.",
        "",
        "| teams | pages | Ethos | Hugo | cmark-gfm floor | Ethos / Hugo | Ethos / floor | Ethos peak | Hugo peak |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(f"| {row['teams']:,} | {row['pages']:,} | {row['ethos']:.2f} s | {row['hugo']:.2f} s | "
                     f"{row['cmark']:.2f} s | {row['ethos'] / row['hugo']:.2f}× | {row['ethos'] / row['cmark']:.2f}× | "
                     f"{row['ethos_mb']:.0f} MB | {row['hugo_mb']:.0f} MB |")
    lines += [
        "",
        "## Scaling (Ethos alone)",
        "",
        f"| teams | pages | time | peak memory | time / {base[0]:,} teams |",
        "|---|---|---|---|---|",
    ]
    for teams, pages, seconds, megabytes in scaling:
        lines.append(f"| {teams:,} | {pages:,} | {seconds:.2f} s | {megabytes:.0f} MB | {seconds / base[2]:.2f}× |")
    lines += [
        "",
        "## One document: Nextiva",
        "",
        "| command | time | against pandoc |",
        "|---|---|---|",
        f"| `ethos render nextiva.yml -o DIR` (Markdown, HTML, every team's checklists in md/html/csv) | "
        f"{one['ethos_all'] * 1000:.1f} ms | {one['ethos_all'] / one['pandoc']:.2f}× |",
        f"| `ethos render nextiva.yml --format html` (the HTML alone) | {one['ethos_html'] * 1000:.1f} ms | "
        f"{one['ethos_html'] / one['pandoc']:.2f}× |",
        f"| `pandoc -f gfm -t html -s` on the same Markdown | {one['pandoc'] * 1000:.1f} ms | 1.00× |",
        "",
        "## Checking the 1,000-team file",
        "",
        "| command | time | peak memory |",
        "|---|---|---|",
        f"| `ethos validate` | {checking['validate'] * 1000:.0f} ms | {checking['validate_mb']:.0f} MB |",
        f"| `ethos lint` | {checking['lint'] * 1000:.0f} ms | {checking['lint_mb']:.0f} MB |",
        "",
        "## Goals",
        "",
        "| goal | measured | |",
        "|---|---|---|",
        f"| {thousand['teams']:,} teams: `ethos build` at most 0.35× Hugo | {thousand['ethos'] / thousand['hugo']:.2f}× | "
        f"{goal(thousand['ethos'] <= 0.35 * thousand['hugo'])} |",
        f"| {thousand['teams']:,} teams: at most 150 MB peak | {thousand['ethos_mb']:.0f} MB | {goal(thousand['ethos_mb'] <= 150)} |",
        f"| {thousand['teams']:,} teams: at most 2× the cmark-gfm floor | {thousand['ethos'] / thousand['cmark']:.2f}× | "
        f"{goal(thousand['ethos'] <= 2 * thousand['cmark'])} |",
        f"| one document: HTML at most 0.5× pandoc | {one['ethos_html'] / one['pandoc']:.2f}× | "
        f"{goal(one['ethos_html'] <= 0.5 * one['pandoc'])} |",
        f"| {big[0] // base[0]}× the teams at most {big[0] // base[0] * 1.0625:.1f}× the time | {big[2] / base[2]:.2f}× | {goal(big[2] <= 8.5 * base[2])} |",
        f"| `ethos validate` on 1,000 teams under 0.5 s | {checking['validate']:.2f} s | {goal(checking['validate'] < 0.5)} |",
        "",
        "## Commands",
        "",
        "```",
        f"ethos build enterprise-N.yml -o OUT --quiet          # hyperfine --prepare 'rm -rf OUT'",
        f"hugo --quiet --source hugo-N --destination PUBLIC   # hyperfine --prepare 'rm -rf PUBLIC'",
        f"xargs -a files-N.txt cmark-gfm {' '.join(EXTENSIONS)} > /dev/null",
        f"ethos render Examples/nextiva.yml -o DIR",
        f"ethos render Examples/nextiva.yml --format html",
        f"pandoc -f gfm -t html -s --metadata title=Nextiva nextiva.en.md -o /dev/null",
        f"ethos validate enterprise-1000.yml; ethos lint enterprise-1000.yml",
        "```",
        "",
    ]
    (ROOT / "Benchmarks" / "RESULTS.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
