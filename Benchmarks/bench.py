#!/usr/bin/env python3
"""Measures Ethos against Hugo, cmark-gfm and pandoc on the same work and writes
Benchmarks/RESULTS.md. Run it with `make bench` (not part of `make test`).

Workloads come from the team's generator (gen_enterprise.py, found beside the repository in
shared/bench/, or where ETHOS_BENCH_GENERATOR points). Every timing is hyperfine's median over
at least 5 runs after a warm-up; peak memory is /usr/bin/time's maximum resident set size.
Each site build starts from an empty output folder (hyperfine --prepare), for every tool.

The scorecard section times `ethos score` on 1,000,000 generated contact records (gen_tickets.py,
beside gen_enterprise.py, or ETHOS_BENCH_TICKETS) against Benchmarks/score_reference.py's DuckDB
and pandas engines, best of 3 runs each, and checks Ethos's figures equal DuckDB's. It runs alone,
rewriting only its own section of RESULTS.md, with `python3 Benchmarks/bench.py --only score`.

The incremental section times, on the 1,000-team four-locale file, a full `ethos build` into an
empty folder against a rebuild into the site of the same file after a one-word edit of one team's
activities (hyperfine medians, wall and CPU time), and Pagefind indexing that site (time, index
size). It runs alone with `--only incremental`.

The roster section times `ethos pack --roster` on 200 new hires of the German example shop
(written here, the same every run), hyperfine's median of 5 runs into an empty folder; it runs
alone with `--only roster`. No reference tool makes onboarding packs, so it is a figure to
watch, not a ratio.
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
TICKETS = pathlib.Path(os.environ.get("ETHOS_BENCH_TICKETS", GENERATOR.parent / "gen_tickets.py"))
SCORE_ROWS = 1_000_000
SCORE_TEAMS = 1000
SCORE_RUNS = 3
SCORE_TIMEZONE = "Europe/Berlin"
ROSTER_HIRES = 200
ROSTER_PHILOSOPHY = ROOT / "Examples" / "kundenservice-de.yml"
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
    run([str(ETHOS), "build", str(philosophy), "-o", str(WORK / f"sources-site-{teams}"), "--quiet", "--no-search",
         "--sources", str(site / "content")])
    # A folder's index page is Hugo's section page.
    for index in (site / "content").glob("*/index.md"):
        index.rename(index.with_name("_index.md"))
    return site


def timed(command):
    """(wall seconds, peak MB) of one run of `command`, from /usr/bin/time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "sh", "-c", command],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"failed ({result.returncode}): {command}\n{result.stderr[-2000:]}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def score():
    """`ethos score` on 1,000,000 contact records (1,000 teams) against the same figures computed
    by DuckDB in SQL and by pandas (Benchmarks/score_reference.py), best of 3 runs each; peak
    memory is the largest of the runs. Ethos's JSON must equal DuckDB's (compare_scores.py)."""
    try:
        import duckdb, pandas, yaml  # noqa: F401  (the reference engines need them)
    except ImportError as error:
        sys.exit(f"bench: the scorecard reference needs duckdb, pandas and pyyaml ({error}): "
                 "pip install duckdb pandas pyyaml")
    if not TICKETS.exists():
        sys.exit(f"bench: the contact generator is missing: {TICKETS} (set ETHOS_BENCH_TICKETS)")
    folder = WORK / "score"
    folder.mkdir(parents=True, exist_ok=True)
    contacts = folder / f"contacts-{SCORE_ROWS}-{SCORE_TEAMS}.csv"
    if not contacts.exists():
        with contacts.open("w") as output:
            subprocess.run([sys.executable, str(TICKETS), "--rows", str(SCORE_ROWS), "--teams", str(SCORE_TEAMS)],
                           stdout=output, check=True)
    philosophy = generate(SCORE_TEAMS)
    reference = ROOT / "Benchmarks" / "score_reference.py"
    outputs = {name: folder / f"{name}.json" for name in ("ethos", "duckdb", "pandas")}
    commands = {
        "ethos": f"{ETHOS} score {philosophy} --contacts {contacts} --map generic --timezone {SCORE_TIMEZONE} "
                 f"--format json -o {outputs['ethos']}",
        "duckdb": f"{sys.executable} {reference} {philosophy} {contacts} --engine duckdb "
                  f"--timezone {SCORE_TIMEZONE} -o {outputs['duckdb']}",
        "pandas": f"{sys.executable} {reference} {philosophy} {contacts} --engine pandas "
                  f"--timezone {SCORE_TIMEZONE} -o {outputs['pandas']}",
    }
    result = {"rows": SCORE_ROWS, "teams": SCORE_TEAMS, "bytes": contacts.stat().st_size, "commands": commands}
    for name, command in commands.items():
        runs = [timed(command) for _ in range(SCORE_RUNS)]
        result[name] = min(seconds for seconds, _ in runs)
        result[f"{name}_mb"] = max(megabytes for _, megabytes in runs)
        print(f"score: {name} best {result[name]:.2f} s, peak {result[f'{name}_mb']:.0f} MB", file=sys.stderr)
    comparisons = {}
    for a, b in (("ethos", "duckdb"), ("duckdb", "pandas")):
        check = subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "compare_scores.py"),
                                str(outputs[a]), str(outputs[b])], capture_output=True, text=True)
        comparisons[f"{a}-{b}"] = (check.returncode == 0, check.stdout.strip().splitlines()[-1] if check.stdout else "")
        if check.returncode != 0:
            print(check.stdout, file=sys.stderr)
    result["comparisons"] = comparisons
    return result


INCREMENTAL_TEAMS = 1000
# A ratio of two times on a shared machine: more runs, so one disturbed run moves the median less.
INCREMENTAL_RUNS = max(RUNS, 10)


def edited(philosophy):
    """`philosophy` with one word changed in the English activities of its middle team."""
    lines = philosophy.read_text().splitlines(keepends=True)
    activities = [i for i, line in enumerate(lines) if line.strip() == "activities:"]
    line = activities[len(activities) // 2] + 1
    key, text = lines[line].split(":", 1)
    assert key.strip() == "en", lines[line]
    words = text.split(" ")
    words[2] = "gladly"
    lines[line] = key + ":" + " ".join(words)
    path = philosophy.with_name(philosophy.stem + "-edited.yml")
    path.write_text("".join(lines))
    return path


def hyperfine_cpu(name, command, prepare=None, runs=RUNS):
    """(median wall seconds, mean CPU seconds: user + system) of `command`, as `hyperfine`."""
    wall = hyperfine(name, command, prepare, runs)
    result = json.loads((WORK / f"{name}.json").read_text())["results"][0]
    return wall, result["user"] + result["system"]


def incremental():
    """A full build into an empty folder against a rebuild after a one-word edit, and Pagefind."""
    philosophy = generate(INCREMENTAL_TEAMS)
    changed = edited(philosophy)
    out = OUT / "incremental"
    build = lambda source, extra="": f"{ETHOS} build {source} -o {out} --quiet --no-search {extra}"
    result = {"teams": INCREMENTAL_TEAMS}
    result["full"], result["full_cpu"] = hyperfine_cpu("incremental-full", build(philosophy), prepare=f"rm -rf {out}",
                                                       runs=INCREMENTAL_RUNS)
    result["rebuild"], result["rebuild_cpu"] = hyperfine_cpu(
        "incremental-rebuild", build(changed), prepare=f"rm -rf {out} && {build(philosophy)}", runs=INCREMENTAL_RUNS)
    summary = subprocess.run(["sh", "-c", f"rm -rf {out} && {build(philosophy)} && "
                                          f"{ETHOS} build {changed} -o {out} --no-search"],
                             capture_output=True, text=True, check=True).stderr.strip().splitlines()[-1]
    result["summary"] = summary.replace(str(out), "site")
    pagefind = next((path for path in [os.environ.get("ETHOS_PAGEFIND")] if path), None) or shutil.which("pagefind")
    if not pagefind:
        try:
            import pagefind_bin
            pagefind = str(pathlib.Path(pagefind_bin.__file__).parent / "pagefind")
        except ImportError:
            pagefind = None
    if pagefind:
        run(["sh", "-c", f"rm -rf {out} && {build(philosophy)}"])
        seconds, _ = timed(f"{pagefind} --site {out} --silent")
        index = out / "pagefind"
        result["pagefind"] = seconds
        result["pagefind_mb"] = sum(path.stat().st_size for path in index.rglob("*") if path.is_file()) / 1e6
        result["pagefind_files"] = sum(1 for path in index.rglob("*") if path.is_file())
        result["search_build"], _ = timed(f"rm -rf {out} && {ETHOS} build {philosophy} -o {out} --quiet --search "
                                          f"--pagefind {pagefind}")
    shutil.rmtree(out, ignore_errors=True)
    return result


def incremental_lines(result):
    """The incremental section of RESULTS.md."""
    goal = lambda ok: "met" if ok else "**missed**"
    wall, cpu = result["rebuild"] / result["full"], result["rebuild_cpu"] / result["full_cpu"]
    lines = [
        "## Incremental build: a one-word edit of one team",
        "",
        f"`gen_enterprise.py --teams {result['teams']} --locales {LOCALES}`: a full `ethos build` into an empty "
        "folder, against a rebuild into the site of the same file after one word of one team's activities "
        f"changed (hyperfine, {INCREMENTAL_RUNS} runs each, the site rebuilt from the unedited file before each run; "
        "`--no-search`). CPU time is user + system, which a shared machine disturbs less than the wall clock.",
        "",
        "| build | wall | CPU |",
        "|---|---|---|",
        f"| full, into an empty folder | {result['full']:.2f} s | {result['full_cpu']:.2f} s |",
        f"| rebuild after a one-word edit | {result['rebuild']:.2f} s | {result['rebuild_cpu']:.2f} s |",
        f"| rebuild / full | {wall:.0%} | {cpu:.0%} |",
        "",
        f"The rebuild's last line: `{result['summary']}`",
        "",
    ]
    if "pagefind" in result:
        lines += [
            f"Pagefind on the full site: indexing {result['pagefind']:.2f} s (`pagefind --site`), index "
            f"{result['pagefind_mb']:.1f} MB in {result['pagefind_files']:,} files; a full build with "
            f"`--search` {result['search_build']:.2f} s. The index is made anew on every build.",
            "",
        ]
    lines += [
        "| goal | measured | |",
        "|---|---|---|",
        f"| one-word edit: rebuild at most 15% of a full build (wall) | {wall:.0%} | {goal(wall <= 0.15)} |",
        f"| one-word edit: rebuild at most 15% of a full build (CPU) | {cpu:.0%} | {goal(cpu <= 0.15)} |",
        "",
    ]
    return lines


def roster():
    """`ethos pack --roster` for ROSTER_HIRES hires over the example shop's five teams, in two
    locales, starting on days across 2027 (weekends included, which move to Monday)."""
    teams = ["Kundenservice", "Werkstatt", "Versand", "Marketing", "Geschäftsführung"]
    rows = ["name,email,team,start,manager,buddy,locale,manager_email,buddy_email"]
    for number in range(ROSTER_HIRES):
        rows.append(f"Hire {number},hire{number}@example.com,{teams[number % 5]},2027-{1 + number % 12:02d}-"
                    f"{1 + number % 28:02d},Maria Keller,Tom Berg,{('de', 'en')[number % 2]},maria@example.com,"
                    "tom@example.com")
    hires = WORK / "roster.csv"
    hires.write_text("\n".join(rows) + "\n")
    out = OUT / "roster"
    command = f"{ETHOS} pack {ROSTER_PHILOSOPHY} --roster {hires} -o {out} 2>/dev/null"
    result = {"hires": ROSTER_HIRES, "seconds": hyperfine("roster", command, prepare=f"rm -rf {out}"),
              "mb": peak_memory(f"rm -rf {out} && {command}")}
    result["zip_mb"] = sum(path.stat().st_size for path in out.glob("*.zip")) / 1e6
    shutil.rmtree(out)
    return result


def roster_lines(result):
    """The roster section of RESULTS.md."""
    return [
        "## Onboarding packs: `ethos pack --roster`",
        "",
        "| hires | time | per hire | peak memory | zips |",
        "|---|---|---|---|---|",
        f"| {result['hires']} | {result['seconds']:.2f} s | {result['seconds'] / result['hires'] * 1000:.1f} ms | "
        f"{result['mb']:.0f} MB | {result['zip_mb']:.1f} MB |",
        "",
    ]


def score_lines(result):
    """The scorecard section of RESULTS.md, with its own goals."""
    goal = lambda ok: "met" if ok else "**missed**"
    same = lambda key: "equal" if result["comparisons"][key][0] else f"**differ** ({result['comparisons'][key][1]})"
    ethos, duck, panda = result["ethos"], result["duckdb"], result["pandas"]
    return [
        "## Scorecard: `ethos score` against DuckDB and pandas",
        "",
        f"{result['rows']:,} contact records (`gen_tickets.py --rows {result['rows']} --teams {result['teams']}`, "
        f"generic layout, {result['bytes'] / 1e6:.0f} MB) scored against the standards of "
        f"`gen_enterprise.py --teams {result['teams']}` (FRT share per channel, AHT, FCR, CSAT, NPS, CES; "
        "company-wide and per team, window by window). DuckDB computes the same figures in SQL over "
        "`read_csv` of the file and pandas with `read_csv` and `groupby` "
        "(`Benchmarks/score_reference.py`, both including the Python start-up and the judging of the "
        f"aggregates). Best of {SCORE_RUNS} runs (`/usr/bin/time`), peak memory the largest of the runs.",
        "",
        "| rows | Ethos | DuckDB | pandas | Ethos / DuckDB | Ethos / pandas | Ethos peak | DuckDB peak | pandas peak |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {result['rows']:,} | {ethos:.2f} s | {duck:.2f} s | {panda:.2f} s | {ethos / duck:.2f}× | "
        f"{ethos / panda:.2f}× | {result['ethos_mb']:.0f} MB | {result['duckdb_mb']:.0f} MB | {result['pandas_mb']:.0f} MB |",
        "",
        f"Figures: Ethos against DuckDB {same('ethos-duckdb')}; DuckDB against pandas {same('duckdb-pandas')} "
        "(`Benchmarks/compare_scores.py`: counts exact, values within 1e-4, statuses, windows and teams).",
        "",
        "| goal | measured | |",
        "|---|---|---|",
        f"| {result['rows']:,} rows: `ethos score` at most 2× DuckDB | {ethos / duck:.2f}× | {goal(ethos <= 2 * duck)} |",
        f"| {result['rows']:,} rows: `ethos score` at most 0.25× pandas | {ethos / panda:.2f}× | {goal(ethos <= 0.25 * panda)} |",
        f"| {result['rows']:,} rows: `ethos score` at most 200 MB peak | {result['ethos_mb']:.0f} MB | "
        f"{goal(result['ethos_mb'] <= 200)} |",
        f"| `ethos score` JSON equals DuckDB's | {same('ethos-duckdb')} | {goal(result['comparisons']['ethos-duckdb'][0])} |",
        "",
        "```",
        *(result["commands"][name].replace(str(ETHOS), "ethos").replace(sys.executable, "python3")
          .replace(str(ROOT) + "/", "").replace(str(WORK) + "/", "") for name in ("ethos", "duckdb", "pandas")),
        "```",
        "",
    ]


def splice_section(text, lines):
    """`text` (RESULTS.md) with the section `lines` starts with (its heading up to the first
    `:`) replaced by `lines`, or `lines` put before the Goals section when there is none yet."""
    heading = lines[0]
    prefix = heading.split(":")[0]
    existing = text.splitlines()
    start = next((i for i, line in enumerate(existing) if line.startswith(prefix)), None)
    if start is not None:
        end = next((i for i in range(start + 1, len(existing)) if existing[i].startswith("## ")), len(existing))
        existing[start:end] = lines
    else:
        at = next((i for i, line in enumerate(existing) if line == "## Goals"), len(existing))
        existing[at:at] = lines
    assert heading in existing
    return "\n".join(existing).rstrip("\n") + "\n"


def only(section):
    """`bench.py --only score|roster|incremental`: runs one section's benchmark alone and
    rewrites only that section of RESULTS.md."""
    if not ETHOS.exists():
        sys.exit(f"bench: build Ethos first (swift build -c release): {ETHOS} is missing")
    WORK.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    results = ROOT / "Benchmarks" / "RESULTS.md"
    text = results.read_text() if results.exists() else "# Benchmark results\n"
    lines = {"score": lambda: score_lines(score()), "roster": lambda: roster_lines(roster()),
             "incremental": lambda: incremental_lines(incremental())}[section]()
    results.write_text(splice_section(text, lines))
    print(results.read_text())


def main():
    if sys.argv[1:] in (["--only", "score"], ["--only", "roster"], ["--only", "incremental"]):
        return only(sys.argv[2])
    if sys.argv[1:]:
        sys.exit("usage: bench.py [--only score|roster|incremental]")
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
        ethos_command = f"{ETHOS} build {philosophy} -o {out} --quiet --no-search"
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
    command = f"{ETHOS} build {philosophy} -o {out} --quiet --no-search"
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

    scorecard = score()
    packs = roster()
    rebuild = incremental()

    write_results(rows, scaling, one, checking, scorecard, packs, rebuild)
    shutil.rmtree(OUT, ignore_errors=True)
    print((ROOT / "Benchmarks" / "RESULTS.md").read_text())


def version(command):
    return run(command).stdout.strip().splitlines()[0]


def write_results(rows, scaling, one, checking, scorecard=None, packs=None, rebuild=None):
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
        *(score_lines(scorecard) if scorecard else []),
        *(roster_lines(packs) if packs else []),
        *(incremental_lines(rebuild) if rebuild else []),
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
