#!/usr/bin/env python3
"""Compares two scorecard JSON files (`ethos score --format json`, or
Benchmarks/score_reference.py) figure by figure.

usage: compare_scores.py A.json B.json [--tolerance 1e-4] [--max-differences 20]

Compared: data.rows/contacts/duplicates/from/to; for every standard present in
both files (matched by id; a standard in only one file is reported, except
that a standard in A or B whose KPI the other side cannot compute, such as
CRR, is only noted): kpi, channel, window, the list of windows (start, end,
partial), and per window and per team: counted, hits, budget (exact), value
(within the tolerance; null only equals null) and status. A team present on
one side only is a difference. Keys this script does not know are ignored,
so Ethos's full JSON (objective, kpis, problems, ...) compares against the
reference's. Prints one line per standard and the first differences; exits 1
on any difference, 0 when equal, 2 on unreadable input.
"""
import argparse
import json
import sys

REFERENCE_KPIS = {"FRT", "AHT", "FCR", "CSAT", "NPS", "CES"}


class Differences:
    def __init__(self, limit):
        self.items, self.limit = [], limit

    def add(self, where, what):
        self.items.append(f"{where}: {what}")


def same_value(a, b, tolerance):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    return abs(float(a) - float(b)) <= tolerance


def compare_cell(where, a, b, diffs, tolerance):
    """A window or a team's entry."""
    for key in ("counted", "hits"):
        if key in a or key in b:
            if a.get(key) != b.get(key):
                diffs.add(where, f"{key} {a.get(key, '(absent)')} != {b.get(key, '(absent)')}")
    if "budget" in a or "budget" in b:
        ba, bb = a.get("budget"), b.get("budget")
        if not isinstance(ba, dict) or not isinstance(bb, dict):
            diffs.add(where, f"budget {ba} != {bb}")
        else:
            for key in ("allowed", "used"):
                if ba.get(key) != bb.get(key):
                    diffs.add(where, f"budget.{key} {ba.get(key)} != {bb.get(key)}")
    if "value" not in a or "value" not in b:
        diffs.add(where, f"value {a.get('value', '(absent)')} != {b.get('value', '(absent)')}")
    elif not same_value(a["value"], b["value"], tolerance):
        diffs.add(where, f"value {a['value']} != {b['value']}")
    if a.get("status") != b.get("status"):
        diffs.add(where, f"status {a.get('status')} != {b.get('status')}")


def compare_standard(sa, sb, diffs, tolerance):
    sid = sa["id"]
    for key in ("kpi", "window"):
        if str(sa.get(key)).lower() != str(sb.get(key)).lower():
            diffs.add(sid, f"{key} {sa.get(key)} != {sb.get(key)}")
    if (sa.get("channel") or None) != (sb.get("channel") or None):
        diffs.add(sid, f"channel {sa.get('channel')} != {sb.get('channel')}")
    wa, wb = sa.get("windows") or [], sb.get("windows") or []
    spans_a = [(w.get("start"), w.get("end"), w.get("partial")) for w in wa]
    spans_b = [(w.get("start"), w.get("end"), w.get("partial")) for w in wb]
    if spans_a != spans_b:
        only_a = [s for s in spans_a if s not in spans_b]
        only_b = [s for s in spans_b if s not in spans_a]
        diffs.add(sid, f"windows differ: {len(wa)} vs {len(wb)}; only in A {only_a[:3]}, only in B {only_b[:3]}")
    by_b = {(w.get("start"), w.get("end")): w for w in wb}
    for w in wa:
        other = by_b.get((w.get("start"), w.get("end")))
        if other is None:
            continue
        where = f"{sid} {w.get('start')}..{w.get('end')}"
        compare_cell(where, w, other, diffs, tolerance)
        ta, tb = w.get("teams") or {}, other.get("teams") or {}
        for team in sorted(set(ta) | set(tb)):
            if team not in ta or team not in tb:
                side = "A" if team in ta else "B"
                diffs.add(f"{where} team {team!r}", f"only in {side}")
                continue
            compare_cell(f"{where} team {team!r}", ta[team], tb[team], diffs, tolerance)


def summary(s):
    wins = s.get("windows") or []
    statuses = {}
    for w in wins:
        statuses[w.get("status")] = statuses.get(w.get("status"), 0) + 1
    teams = sum(len(w.get("teams") or {}) for w in wins)
    counted = sum(w.get("counted") or 0 for w in wins)
    return (f"{len(wins)} windows, {counted:,} counted, {teams:,} team cells, "
            + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))


def compare(a, b, tolerance=1e-4, limit=20, out=sys.stdout):
    """Prints the comparison; returns the number of differences."""
    diffs = Differences(limit)
    da, db = a.get("data") or {}, b.get("data") or {}
    for key in ("rows", "contacts", "duplicates", "from", "to"):
        if da.get(key) != db.get(key):
            diffs.add("data", f"{key} {da.get(key)} != {db.get(key)}")
    sa = {s["id"]: s for s in a.get("standards") or []}
    sb = {s["id"]: s for s in b.get("standards") or []}
    for sid in list(sa) + [i for i in sb if i not in sa]:
        if sid not in sa or sid not in sb:
            s = sa.get(sid) or sb.get(sid)
            side = "A" if sid in sa else "B"
            if str(s.get("kpi", "")).upper() not in REFERENCE_KPIS:
                print(f"  {sid}: only in {side} (KPI {s.get('kpi')} is not computed from contacts; not compared)", file=out)
            else:
                diffs.add(sid, f"only in {side}")
            continue
        before = len(diffs.items)
        compare_standard(sa[sid], sb[sid], diffs, tolerance)
        n = len(diffs.items) - before
        print(f"  {sid}: {summary(sa[sid])}: {'equal' if n == 0 else f'{n} differences'}", file=out)
    for line in diffs.items[:limit]:
        print(f"  DIFF {line}", file=out)
    if len(diffs.items) > limit:
        print(f"  ... and {len(diffs.items) - limit} more differences", file=out)
    return len(diffs.items)


def main():
    ap = argparse.ArgumentParser(description="Compares two scorecard JSON files.")
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--tolerance", type=float, default=1e-4)
    ap.add_argument("--max-differences", type=int, default=20)
    args = ap.parse_args()
    try:
        a = json.load(open(args.a, encoding="utf-8"))
        b = json.load(open(args.b, encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"compare_scores: {error}", file=sys.stderr)
        sys.exit(2)
    print(f"compare {args.a} (A) with {args.b} (B)")
    n = compare(a, b, args.tolerance, args.max_differences)
    print(f"{'equal' if n == 0 else f'{n} differences'}")
    sys.exit(1 if n else 0)


if __name__ == "__main__":
    main()
