#!/usr/bin/env python3
"""Times several builds of Ethos on the same work, to show what a change did to speed.

    python3 Benchmarks/compare_binaries.py before=/tmp/old/ethos after=.build/release/ethos

Each NAME=PATH is one `ethos` binary; the first is the baseline. Every workload runs all
binaries in one hyperfine invocation, so they share the machine's state, and the output is a
Markdown table of hyperfine's median wall time and mean CPU time, with each binary's wall-time
ratio to the first:
- `ethos build` of the generator's 125-, 1,000- and 8,000-team files in four locales, into an
  empty folder on a RAM file system (3 runs at 8,000 teams, 5 otherwise);
- `ethos render Examples/nextiva.yml --format html` (20 runs);
- `ethos validate` of the 1,000-team file (10 runs).

`--no-search` is passed to binaries whose `build --help` offers it, so that builds from before
site search and after it do the same work. Not part of `make bench`, which times one binary
against other tools.
"""
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build" / "bench" / "compare"
OUT = pathlib.Path("/dev/shm/ethos-compare") if pathlib.Path("/dev/shm").is_dir() else WORK / "out"
GENERATOR = pathlib.Path(os.environ.get("ETHOS_BENCH_GENERATOR", ROOT.parent / "shared" / "bench" / "gen_enterprise.py"))
NEXTIVA = ROOT / "Examples" / "nextiva.yml"


def philosophy(teams: int) -> pathlib.Path:
    path = WORK / f"enterprise-{teams}.yml"
    if not path.exists():
        with path.open("w") as output:
            subprocess.run([sys.executable, str(GENERATOR), "--teams", str(teams), "--locales", "en,de,sl,nb"],
                           stdout=output, check=True)
    return path


def time_all(label: str, commands: dict, runs: int, prepare: str = None) -> dict:
    """Median wall and CPU seconds of each named command."""
    export = WORK / f"{label}.json"
    arguments = ["hyperfine", "--warmup", "1", "--runs", str(runs), "--style", "none", "--export-json", str(export)]
    if prepare:
        arguments += ["--prepare", prepare]
    for name, command in commands.items():
        arguments += ["-n", name, command]
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = json.loads(export.read_text())["results"]
    return {result["command"]: (result["median"], result["user"] + result["system"]) for result in results}


def main() -> int:
    pairs = [argument.split("=", 1) for argument in sys.argv[1:]]
    if len(pairs) < 2 or any(len(pair) != 2 or not os.access(pair[1], os.X_OK) for pair in pairs):
        sys.exit(__doc__)
    binaries = dict(pairs)
    WORK.mkdir(parents=True, exist_ok=True)
    search = {name: " --no-search" if "--no-search" in subprocess.run([path, "build", "--help"], capture_output=True,
                                                                       text=True).stdout else ""
              for name, path in binaries.items()}
    rows = []
    for teams in (125, 1000, 8000):
        source = philosophy(teams)
        commands = {name: f"{path} build {source} -o {OUT} --quiet{search[name]}" for name, path in binaries.items()}
        rows.append((f"`ethos build`, {teams:,} teams", time_all(f"build-{teams}", commands, 3 if teams == 8000 else 5,
                                                                   prepare=f"rm -rf {OUT}")))
    commands = {name: f"{path} render {NEXTIVA} --format html > /dev/null" for name, path in binaries.items()}
    rows.append(("`ethos render nextiva.yml --format html`", time_all("render", commands, 20)))
    commands = {name: f"{path} validate {philosophy(1000)} > /dev/null" for name, path in binaries.items()}
    rows.append(("`ethos validate`, 1,000 teams", time_all("validate", commands, 10)))
    names = list(binaries)
    print("| work | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for work, timings in rows:
        base = timings[names[0]][0]
        cells = [f"{timings[name][0]:.3f} s, CPU {timings[name][1]:.2f} s ({timings[name][0] / base:.2f}×)" for name in names]
        print(f"| {work} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
