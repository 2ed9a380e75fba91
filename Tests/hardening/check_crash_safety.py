#!/usr/bin/env python3
"""Crash safety of `ethos build`: kills builds with SIGKILL at 20 random moments and checks,
after each, that the site folder holds exactly the previous site or the new one (file list
and SHA-256 of every file, against reference builds); that the next build removes what a
killed one left beside the folder; and that a second build started while one is running
stops with the lock's message and exit 1 while the first finishes whole. A power cut cannot
be simulated here, so the order of the system calls that make a build power-safe is checked
with strace instead: the file system is flushed (syncfs) before the site is swapped in, and
the folder holding it after.

Two large philosophies (A: 300 teams, B: 350 teams and another vision; about 2,000 files a
site) are built in turn, so every kill interrupts a change from one complete site to the
other. Moments after a build has finished do not count as kills; new moments are drawn.

usage: check_crash_safety.py ETHOS WORK_DIR [SEED]
"""
import hashlib
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import time

KILLS = 20


def philosophy(teams: int, vision: str) -> str:
    lines = ["ethos: 1", "company: Large", "locales: [en, de]", "purpose: Help.", f"vision: {vision}", "values:",
             "  - { name: Speed, action: Answer today., kpis: [FRT] }",
             "  - { name: Care, action: Listen first., kpis: [CSAT] }", "teams:"]
    lines += [f"  - {{ name: Team {i}, activities: Answers customers in region {i}., kpis: [FRT, CSAT] }}"
              for i in range(teams)]
    return "\n".join(lines) + "\n"


def fingerprint(folder: pathlib.Path) -> dict:
    """Every file under `folder` by relative path, with the SHA-256 of its bytes."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def build(ethos: str, source: pathlib.Path, site: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run([ethos, "build", str(source), "-o", str(site), "--quiet"], capture_output=True, text=True)


def leftovers(site: pathlib.Path) -> list:
    return sorted(entry.name for entry in site.parent.iterdir() if entry.name.startswith(f".{site.name}.ethos-staging-"))


def main() -> int:
    ethos, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(1 << 32)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    sources = {"A": work / "a.yml", "B": work / "b.yml"}
    sources["A"].write_text(philosophy(300, "Quick help."))
    sources["B"].write_text(philosophy(350, "Fast help."))
    problems = []

    references = {}
    for name, source in sources.items():
        reference = work / f"reference-{name}" / "site"
        if build(ethos, source, reference).returncode != 0:
            print(f"crash-safety: the reference build of {name} failed")
            return 1
        references[name] = fingerprint(reference)

    # How long a change from one site to the other takes after a kill (it first removes the
    # killed build's staging folder): the moments are drawn from 0 to 1.2 times that.
    site = work / "live" / "site"
    started = time.monotonic()
    build(ethos, sources["A"], site)
    first = time.monotonic() - started
    process = subprocess.Popen([ethos, "build", str(sources["B"]), "-o", str(site), "--quiet"])
    time.sleep(first / 2)
    process.kill()
    process.wait()
    started = time.monotonic()
    build(ethos, sources["B"], site)
    duration = 1.2 * (time.monotonic() - started)
    current = "B"
    rng = random.Random(seed)
    outcomes, finished = [], 0
    while len(outcomes) < KILLS and finished < KILLS:
        moment = rng.randrange(int(duration * 1000))
        target = "B" if current == "A" else "A"
        process = subprocess.Popen([ethos, "build", str(sources[target]), "-o", str(site), "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment / 1000)
        process.send_signal(signal.SIGKILL)
        process.wait()
        found = fingerprint(site)
        if process.returncode != -signal.SIGKILL:
            finished += 1  # the build ended before the moment came: not a kill, so draw again
            current = target if found == references[target] else current
            continue
        left = leftovers(site)
        if len(left) > 1:
            problems.append(f"killed at {moment} ms: {len(left)} staging folders; each build removes the last one's")
        if found == references[current]:
            outcome = "previous site"
        elif found == references[target]:
            outcome, current = "new site", target
        else:
            outcome = "MIXED"
            problems.append(f"killed at {moment} ms: the folder is neither site (A: {len(references['A'])} files, "
                            f"B: {len(references['B'])}, found {len(found)})")
        outcomes.append(f"{moment:5d} ms: {outcome}, {len(left)} staging folder(s) beside it")

    final = "B" if current == "A" else "A"
    result = build(ethos, sources[final], site)
    if result.returncode != 0 or fingerprint(site) != references[final]:
        problems.append(f"the build after the kills did not give the complete site: {result.stderr.strip()}")
    if len(outcomes) < KILLS:
        problems.append(f"only {len(outcomes)} builds were killed")
    if leftovers(site):
        problems.append(f"the build after the kills left {leftovers(site)}")
    expected = {"site"}  # no staging folder, and no lock file: the last build removed the one the kills left
    if set(os.listdir(site.parent)) != expected:
        problems.append(f"beside the site: {sorted(os.listdir(site.parent))}, expected {sorted(expected)}")

    problems += concurrent_builds(ethos, sources, references, work / "lock" / "site")
    problems += flush_order(ethos, sources, work / "flush" / "site")

    print(f"crash-safety: seed {seed}; moments drawn from 0 to {duration:.2f} s; {len(outcomes)} kills "
          f"({finished} builds finished before their moment and were not counted):")
    for line in outcomes:
        print("  " + line)
    for problem in problems:
        print("crash-safety:", problem)
    print(f"crash-safety: {sum('previous' in o for o in outcomes)} previous, {sum('new site' in o for o in outcomes)} new, "
          f"{sum('MIXED' in o for o in outcomes)} mixed; {len(problems)} problems")
    return 1 if problems else 0


def concurrent_builds(ethos: str, sources: dict, references: dict, site: pathlib.Path) -> list:
    """A second build while the first holds the lock: refused with the lock's message; the
    first finishes with its complete site."""
    site.parent.mkdir(parents=True)
    first = subprocess.Popen([ethos, "build", str(sources["B"]), "-o", str(site), "--quiet"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not leftovers(site) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # the staging folder appears once the lock is held
    second = build(ethos, sources["A"], site)
    _, first_errors = first.communicate()
    problems = []
    if second.returncode != 1 or "another ethos build is writing" not in second.stderr:
        problems.append(f"the second build exited {second.returncode} with {second.stderr.strip()!r}")
    if first.returncode != 0 or fingerprint(site) != references["B"]:
        problems.append(f"the first build exited {first.returncode} ({first_errors.strip()}) or its site is incomplete")
    print(f"crash-safety: a second build during the first: exit {second.returncode}, \"{second.stderr.strip()}\"; "
          f"the first: exit {first.returncode}, {'complete site' if not problems else 'PROBLEM'}")
    return problems


def traced(command: list, log: pathlib.Path) -> list:
    """The flushes and renames `command` makes, in order, each with its paths (strace -y)."""
    subprocess.run(["strace", "-f", "-qq", "-y", "-o", str(log), "-e", "trace=syncfs,fsync,rename,renameat,renameat2"]
                   + command, check=True)
    return [line.split(None, 1)[1] for line in log.read_text().splitlines() if " " in line]


def flushed_around(calls: list, target: pathlib.Path, before: str) -> bool:
    """Whether the rename onto `target` comes after a flush whose call starts with `before`
    and names a hidden staging or temporary path, and before an fsync of `target`'s folder."""
    swap = next((i for i, call in enumerate(calls) if call.startswith("rename") and f"{target}\"" in call), None)
    return swap is not None \
        and any(i < swap and call.startswith(before) and ".ethos-" in call for i, call in enumerate(calls)) \
        and any(i > swap and call.startswith("fsync(") and f"<{target.parent}>)" in call for i, call in enumerate(calls))


def flush_order(ethos: str, sources: dict, site: pathlib.Path) -> list:
    """Under strace, a build into a new folder (a rename) and a rebuild (an exchange) each
    flush the file system holding the staging folder before the swap, and the parent folder
    after it; a single file (a pack here; rendered files take the same path) flushes its
    bytes, then is renamed, then its folder is flushed."""
    problems = []
    site.parent.mkdir(parents=True, exist_ok=True)
    log = site.parent / "strace.log"
    for source in (sources["A"], sources["B"]):
        calls = traced([ethos, "build", str(source), "-o", str(site), "--quiet"], log)
        kind = "exchange" if any("RENAME_EXCHANGE" in call for call in calls) else "rename"
        ordered = flushed_around(calls, site, "syncfs(")
        if not ordered:
            problems.append(f"the {kind} is not flushed before and after: {calls}")
        print(f"crash-safety: the {kind} of the site comes after syncfs of the staging folder and before fsync "
              f"of its parent: {'yes' if ordered else 'NO'}")
    pack = site.parent / "team-1.zip"
    calls = traced([ethos, "pack", str(sources["A"]), "--team", "Team 1", "-o", str(pack)], log)
    ordered = flushed_around(calls, pack, "fsync(")
    if not ordered:
        problems.append(f"the pack is not flushed before and after its rename: {calls}")
    print(f"crash-safety: a pack's rename comes after fsync of its bytes and before fsync of its folder: "
          f"{'yes' if ordered else 'NO'}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
