#!/usr/bin/env python3
"""Self-check of the scorecard reference: both engines of score_reference.py
(DuckDB SQL and pandas) must agree figure by figure on a generated workload,
and, with --ethos PATH, `ethos score` must agree with the DuckDB figures.

usage: check_reference.py [--rows 20000] [--teams 20] [--dup-rate 0.01]
                          [--ethos .build/release/ethos] [--work DIR]

Workloads: shared/bench/gen_tickets.py (generic layout) and gen_enterprise.py
beside the repository (ETHOS_BENCH_TICKETS / ETHOS_BENCH_GENERATOR override
the paths). Prints what it compared; exits 1 on any difference.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import compare_scores  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
if not BENCH.is_dir():
    BENCH = pathlib.Path("/work/shared/bench")
TICKETS = pathlib.Path(os.environ.get("ETHOS_BENCH_TICKETS", BENCH / "gen_tickets.py"))
ENTERPRISE = pathlib.Path(os.environ.get("ETHOS_BENCH_GENERATOR", BENCH / "gen_enterprise.py"))
TIMEZONE = "Europe/Berlin"

# A tiny file whose figures were worked out by hand (see the comments): both
# engines must give them. Berlin is UTC+1 until 2026-03-29, UTC+2 after.
TINY_PHILOSOPHY = """ethos: 1
company: Tiny
locales: [en, de]
channels:
  - { name: Phone, kind: phone }
  - { name: Chat, kind: chat }
  - { name: E-mail, kind: email }
teams:
  - name: { en: Support, de: Kundendienst }
  - name: Sales
standards:
  - { kpi: FRT, channel: Phone, objective: { share: 50%, within: 2m } }
  - { id: email-median, kpi: FRT, channel: E-mail, objective: { at-most: 1h }, window: quarter }
  - { kpi: AHT, objective: { at-most: 5m } }
  - { kpi: FCR, objective: { at-least: 0.5 } }
  - { kpi: CSAT, objective: { at-least: 50% }, window: year }
  - { kpi: NPS, objective: { at-least: 0 }, window: year }
  - { kpi: CES, channel: Chat, objective: { at-least: 5 }, window: 2w }
  - { kpi: CRR, objective: { at-least: 90% } }
"""
TINY_CONTACTS = """id,created,first_reply,solved,channel,team,replies,reopens,csat,nps,ces,wait_seconds,talk_seconds,hold_seconds,wrap_seconds,abandoned
A1,2026-01-31T23:30:00Z,2026-01-31T23:32:00Z,2026-02-01T00:00:00Z,Phone,Support,1,0,5,10,,120,100,,20,false
A2,2026-01-15T10:00:00Z,,,phone,Kundendienst,,,,,,300,,,,true
A3,2026-01-15T11:00:00Z,2026-01-15T11:05:00Z,2026-01-20T09:00:00Z,PHONE,Sales,2,0,3,6,,121,200,60,40,false
A4,2026-02-10T08:00:00Z,2026-02-10T08:30:00Z,2026-02-10T09:00:00Z,E-mail,Sales,1,1,4,8,,,,,,
A5,2026-02-11T08:00:00Z,2026-02-11T10:00:00Z,,email,Nobody,0,0,,,,,,,,false
A6,2026-03-30T22:30:00Z,,,E-mail,Support,,,,,,,,,,false
A7,2026-02-20T09:00:00Z,2026-02-20T09:00:40Z,2026-02-20T09:10:00Z,Chat,Support,1,0,,,6,,300,,,false
A1,2026-01-31T23:30:00Z,2026-01-31T23:32:00Z,2026-02-02T00:00:00Z,Phone,Support,2,1,2,10,,120,100,,20,false
A8,2026-03-01T12:00:00Z,2026-03-01T12:00:20Z,2026-03-01T12:05:00Z,Chat,Sales,1,0,,,3,20,,,,false
"""
# (standard, window start, team or None, field, expected)
TINY_EXPECTED = [
    # data.to: A6 created 22:30Z on 30 March = 00:30 on 31 March in Berlin (CEST).
    (None, None, None, "to", "2026-03-31"),
    (None, None, None, "duplicates", 1),
    # A1 (23:30Z on 31 January) is 1 February in Berlin; wait 120 s <= 2m is within.
    ("frt-phone", "2026-02-01", None, "hits", 1),
    # January: A2 abandoned (Kundendienst = Support), A3 waited 121 s: 0 of 2, 1 miss allowed.
    ("frt-phone", "2026-01-01", None, "budget", {"allowed": 1, "used": 2}),
    ("frt-phone", "2026-01-01", "Support", "counted", 1),
    # E-mail delays 1800 (A4), 7200 (A5, team unknown: company only), no reply (A6): median 7200.
    ("email-median", "2026-01-01", None, "value", 7200.0),
    ("email-median", "2026-01-01", "Support", "status", "missed"),
    # AHT February: A1 100+20, A7 300 -> 210 s; January: A3 200+60+40 = 300 <= 5m, met.
    ("aht", "2026-02-01", None, "value", 210.0),
    ("aht", "2026-01-01", None, "status", "met"),
    # FCR by solved: February A1 (later row: 2 replies, 1 reopen), A4 (reopened), A7 (hit).
    ("fcr", "2026-02-01", None, "hits", 1),
    ("fcr", "2026-02-01", "Support", "status", "met"),
    # CSAT: A1's later answer 2, A3 3, A4 4 -> 1/3. NPS: 10, 6, 8 -> 0, met (at least 0).
    ("csat", "2026-01-01", None, "value", 0.3333),
    ("nps", "2026-01-01", None, "status", "met"),
    ("nps", "2026-01-01", "Sales", "value", -50.0),
    # CES 2w: windows end 1 April, 18 Feb..4 Mar holds A7 (6) and A8 (3).
    ("ces-chat", "2026-02-18", None, "value", 4.5),
]


def tiny_check(work):
    """Runs both engines on the hand-worked file; returns the number of wrong figures."""
    philosophy, contacts = work / "tiny.yml", work / "tiny.csv"
    philosophy.write_text(TINY_PHILOSOPHY)
    contacts.write_text(TINY_CONTACTS)
    wrong = 0
    for engine in ("duckdb", "pandas"):
        out = work / f"tiny-{engine}.json"
        subprocess.run([sys.executable, str(HERE / "score_reference.py"), str(philosophy), str(contacts),
                        "--engine", engine, "--timezone", TIMEZONE, "--min-sample", "1", "-o", str(out)], check=True)
        doc = json.loads(out.read_text())
        for sid, start, team, field, expected in TINY_EXPECTED:
            if sid is None:
                got = doc["data"][field]
            else:
                standard = next(s for s in doc["standards"] if s["id"] == sid)
                window = next(w for w in standard["windows"] if w["start"] == start)
                cell = window if team is None else window["teams"].get(team, {})
                got = cell.get(field)
            if got != expected:
                wrong += 1
                print(f"  WRONG {engine} {sid} {start} {team or ''} {field}: {got!r}, expected {expected!r}")
    print(f"tiny hand-worked file: {len(TINY_EXPECTED)} figures x 2 engines: "
          f"{'all right' if wrong == 0 else f'{wrong} wrong'}")
    return wrong


def generate(work, rows, teams, dup_rate):
    contacts = work / f"contacts-{rows}-{teams}-{dup_rate}.csv"
    philosophy = work / f"enterprise-{teams}.yml"
    if not contacts.exists():
        with contacts.open("w") as out:
            subprocess.run([sys.executable, str(TICKETS), "--rows", str(rows), "--teams", str(teams),
                            "--dup-rate", str(dup_rate)], stdout=out, check=True)
    if not philosophy.exists():
        with philosophy.open("w") as out:
            subprocess.run([sys.executable, str(ENTERPRISE), "--teams", str(teams)], stdout=out, check=True)
    return philosophy, contacts


def reference(engine, philosophy, contacts, out):
    subprocess.run([sys.executable, str(HERE / "score_reference.py"), str(philosophy), str(contacts),
                    "--engine", engine, "--timezone", TIMEZONE, "-o", str(out)], check=True)
    return json.loads(out.read_text())


def check(title, a, b):
    print(f"{title}:")
    n = compare_scores.compare(a, b)
    print(f"  -> {'agree' if n == 0 else f'{n} differences'}")
    return n


def main():
    ap = argparse.ArgumentParser(description="Checks the scorecard reference engines (and Ethos) agree.")
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--teams", type=int, default=20)
    ap.add_argument("--dup-rate", type=float, default=0.01)
    ap.add_argument("--ethos", help="path of the ethos executable: also compare `ethos score` with DuckDB")
    ap.add_argument("--work", help="folder for the workload and outputs (default: a temporary one)")
    a = ap.parse_args()
    work = pathlib.Path(a.work or tempfile.mkdtemp(prefix="ethos-score-check-"))
    work.mkdir(parents=True, exist_ok=True)
    failures = tiny_check(work)
    philosophy, contacts = generate(work, a.rows, a.teams, a.dup_rate)
    print(f"workload: {contacts} ({a.rows:,} rows, {a.teams} teams, dup-rate {a.dup_rate}), {philosophy}")
    duck = reference("duckdb", philosophy, contacts, work / "duckdb.json")
    panda = reference("pandas", philosophy, contacts, work / "pandas.json")
    d = duck["data"]
    print(f"data: {d['rows']:,} rows, {d['contacts']:,} contacts, {d['duplicates']:,} duplicates, "
          f"{d['from']}..{d['to']}; {len(duck['standards'])} standards")
    failures += check("duckdb (A) against pandas (B)", duck, panda)
    if a.ethos:
        out = work / "ethos.json"
        command = [a.ethos, "score", str(philosophy), "--contacts", str(contacts), "--map", "generic",
                   "--timezone", TIMEZONE, "--format", "json", "-o", str(out)]
        print("run: " + " ".join(command))
        result = subprocess.run(command)
        if result.returncode != 0:
            print(f"ethos score exited {result.returncode}")
            failures += 1
        else:
            failures += check("ethos (A) against duckdb (B)", json.loads(out.read_text()), duck)
    print(f"outputs in {work}")
    print("OK: all agree" if failures == 0 else f"FAILED: {failures} differences")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
