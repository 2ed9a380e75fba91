#!/usr/bin/env python3
"""An independent reference for `ethos score` (spec/scorecard.md), in Python.

usage: score_reference.py PHILOSOPHY.yml CONTACTS.csv --engine duckdb|pandas
                          --timezone Europe/Berlin [--min-sample 30] -o OUT.json

Reads one contact file in the `generic` layout and judges the philosophy's
standards of the KPIs a contact export can give (FRT in both forms, AHT, FCR,
CSAT, NPS, CES) window by window, company-wide and per team. Standards of
other KPIs (CRR, ...) are skipped.

Two engines compute the same figures:
- duckdb: the contact data is read with `read_csv` and every per-window and
  per-team aggregate (counts, hits, sums, medians) is computed in SQL;
- pandas: `read_csv` and `groupby`.
Python only parses the philosophy, lists the windows, and judges the
aggregates (exact arithmetic with fractions.Fraction) into the JSON.

The output is the `standards` part of the spec's JSON (plus `data`), which
Benchmarks/compare_scores.py compares against Ethos's own JSON.
"""
import argparse
import datetime as dt
import json
import math
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction

import yaml

KPI_UNITS = {"FRT": "duration", "AHT": "duration", "FCR": "percent", "CSAT": "percent",
             "NPS": "score", "CES": "score"}
SHARE_KPIS = {"FCR", "CSAT"}          # KPIs whose windows carry `hits` besides share-form FRT
INFINITE = 1e18                        # stands for "no reply": a median at or above BIG is infinite
BIG = 1e17
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
CALENDAR = ("day", "week", "month", "quarter", "year")


# ---------------------------------------------------------------- philosophy

def number(text):
    """An exact Fraction from a YAML scalar (int, float or string)."""
    if isinstance(text, bool):
        raise ValueError(f"not a number: {text!r}")
    if isinstance(text, float):
        return Fraction(Decimal(repr(text)))
    if isinstance(text, int):
        return Fraction(text)
    return Fraction(Decimal(str(text).strip()))


def percent(value):
    s = str(value).strip()
    if s.endswith("%"):
        return number(s[:-1]) / 100
    return number(value)


def duration(value):
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([smhdw])", str(value).strip())
    if not m:
        raise ValueError(f"not a duration: {value!r}")
    return Fraction(Decimal(m.group(1))) * UNITS[m.group(2)]


def target(kpi, value):
    unit = KPI_UNITS[kpi]
    if unit == "duration":
        return duration(value)
    if unit == "percent":
        return percent(value)
    return number(value)


def slug(text):
    s = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                              .replace("ø", "o").replace("Ø", "o").replace("œ", "oe").replace("Œ", "oe"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = "-".join(w for w in re.split(r"[^a-z0-9]+", s) if w)
    return s[:80].rstrip("-")


def names_of(name, locales):
    """All translations of a name, and the one to report (the first locale's)."""
    if isinstance(name, dict):
        texts = [str(v) for v in name.values()]
        shown = next((str(name[l]) for l in locales if l in name), texts[0])
        return texts, shown
    return [str(name)], str(name)


def window_kind(text):
    """('calendar', unit) or ('rolling', days)."""
    s = "month" if text is None else str(text).strip()
    if s in CALENDAR:
        return ("calendar", s)
    m = re.fullmatch(r"([0-9]+)([dw])", s)
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"unsupported window {s!r} (day, week, month, quarter, year, Nd or Nw)")
    return ("rolling", int(m.group(1)) * (7 if m.group(2) == "w" else 1))


def load_philosophy(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    locales = [str(l) for l in doc.get("locales") or []]
    channels = []            # (name, kind)
    for ch in doc.get("channels") or []:
        _, shown = names_of(ch["name"], locales)
        channels.append((shown, str(ch.get("kind", "")).lower()))
    teams = {}               # any translation -> reported name
    for t in doc.get("teams") or []:
        texts, shown = names_of(t["name"], locales)
        for text in texts:
            teams.setdefault(text, shown)
    standards = []
    for st in doc.get("standards") or []:
        kpi = str(st["kpi"]).strip()
        kpi_id = kpi.upper()
        if kpi_id not in KPI_UNITS:
            continue            # CRR and other KPIs: no contact export gives them
        channel = st.get("channel")
        sid = st.get("id") or slug(f"{kpi} {channel}" if channel else kpi)
        obj = st["objective"]
        if "share" in obj:
            form = ("share", percent(obj["share"]), duration(obj["within"]))
            if kpi_id != "FRT":
                continue
        elif "at-least" in obj:
            form = ("at-least", target(kpi_id, obj["at-least"]))
        elif "at-most" in obj:
            form = ("at-most", target(kpi_id, obj["at-most"]))
        else:
            continue
        window_text = "month" if st.get("window") is None else str(st["window"]).strip()
        standards.append({"id": str(sid), "kpi": kpi_id, "channel": None if channel is None else str(channel),
                          "window": window_text, "wkind": window_kind(window_text), "form": form})
    return {"company": doc.get("company"), "channels": channels, "teams": teams, "standards": standards}


def channel_table(channels):
    """lower-cased export value -> (channel name, kind): names first, then kinds held by one channel."""
    table = {}
    kinds = {}
    for name, kind in channels:
        kinds.setdefault(kind, []).append(name)
    for kind, holders in kinds.items():
        if kind and len(holders) == 1:
            table[kind.lower()] = (holders[0], kind)
    for name, kind in channels:
        table[name.lower()] = (name, kind)
    return table


# ---------------------------------------------------------------- windows

def window_start(kind, day, first_end=None):
    if kind[0] == "rolling":
        n = kind[1]
        k = (first_end - dt.timedelta(days=1) - day).days // n
        return first_end - dt.timedelta(days=(k + 1) * n)
    unit = kind[1]
    if unit == "day":
        return day
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def next_start(kind, start):
    if kind[0] == "rolling":
        return start + dt.timedelta(days=kind[1])
    unit = kind[1]
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    m = start.month - 1 + months
    return start.replace(year=start.year + m // 12, month=m % 12 + 1, day=1)


def windows(kind, first, last):
    """[(start, end, partial)] covering first..last (local dates)."""
    out = []
    if kind[0] == "rolling":
        end = last + dt.timedelta(days=1)
        while True:
            start = end - dt.timedelta(days=kind[1])
            out.append((start, end, False))
            if start <= first:
                break
            end = start
        return out[::-1]
    start = window_start(kind, first)
    while start <= last:
        end = next_start(kind, start)
        out.append((start, end, last < end - dt.timedelta(days=1)))
        start = end
    return out


# ---------------------------------------------------------------- engines
# Each engine returns (meta, results): meta = {rows, contacts, from, to};
# results[standard id] = {(window start, team or None): aggregate dict}.
# Aggregates: counted; hits (share/FCR/CSAT); median (FRT at-most);
# total (AHT, CES: sum); promoters, detractors (NPS).

def aggregates_needed(st):
    kpi, form = st["kpi"], st["form"][0]
    if kpi == "FRT":
        return "frt-share" if form == "share" else "frt-median"
    return {"AHT": "sum", "CES": "sum", "FCR": "hits", "CSAT": "hits", "NPS": "nps"}[kpi]


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def engine_duckdb(phil, csv_path, tz):
    import duckdb
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")
    ctable = channel_table(phil["channels"])
    con.execute("CREATE TEMP TABLE chanmap (v VARCHAR, name VARCHAR, kind VARCHAR)")
    if ctable:
        con.executemany("INSERT INTO chanmap VALUES (?, ?, ?)", [(k, n, kd) for k, (n, kd) in ctable.items()])
    con.execute("CREATE TEMP TABLE teammap (v VARCHAR, name VARCHAR)")
    if phil["teams"]:
        con.executemany("INSERT INTO teammap VALUES (?, ?)", list(phil["teams"].items()))
    columns = ("{'id': 'VARCHAR', 'created': 'TIMESTAMPTZ', 'first_reply': 'TIMESTAMPTZ', 'solved': 'TIMESTAMPTZ', "
               "'channel': 'VARCHAR', 'team': 'VARCHAR', 'replies': 'DOUBLE', 'reopens': 'DOUBLE', "
               "'csat': 'DOUBLE', 'nps': 'DOUBLE', 'ces': 'DOUBLE', 'wait_seconds': 'DOUBLE', "
               "'talk_seconds': 'DOUBLE', 'hold_seconds': 'DOUBLE', 'wrap_seconds': 'DOUBLE', 'abandoned': 'BOOLEAN'}")
    con.execute(f"CREATE TEMP TABLE raw AS SELECT * FROM read_csv({sql_str(csv_path)}, header = true, "
                f"columns = {columns}, auto_detect = false)")
    rows = con.execute("SELECT count(*) FROM raw").fetchone()[0]
    z = sql_str(tz)
    con.execute(f"""
        CREATE TEMP TABLE c AS
        WITH last AS (SELECT * FROM raw WHERE rowid IN (SELECT max(rowid) FROM raw GROUP BY id))  -- the later row wins
        SELECT CAST(timezone({z}, created) AS DATE) AS cd,
               CAST(timezone({z}, first_reply) AS DATE) AS fd,
               CAST(timezone({z}, solved) AS DATE) AS sd,
               ch.name AS chan, tm.name AS team,
               CASE WHEN coalesce(abandoned, false) OR first_reply IS NULL THEN NULL
                    WHEN ch.kind IN ('phone', 'chat') AND wait_seconds IS NOT NULL THEN wait_seconds
                    ELSE epoch(first_reply) - epoch(created) END AS delay,
               coalesce(replies, 0) AS replies, coalesce(reopens, 0) AS reopens, csat, nps, ces,
               CASE WHEN talk_seconds IS NULL AND hold_seconds IS NULL AND wrap_seconds IS NULL THEN NULL
                    ELSE coalesce(talk_seconds, 0) + coalesce(hold_seconds, 0) + coalesce(wrap_seconds, 0)
               END AS handle
        FROM last LEFT JOIN chanmap ch ON ch.v = lower(last.channel)
                  LEFT JOIN teammap tm ON tm.v = last.team
    """)
    contacts, first, last = con.execute(
        "SELECT count(*), least(min(cd), min(fd), min(sd)), greatest(max(cd), max(fd), max(sd)) FROM c").fetchone()
    meta = {"rows": rows, "contacts": contacts, "from": first, "to": last}
    results = {}
    for st in phil["standards"]:
        kind = st["wkind"]
        if kind[0] == "rolling":
            end = last + dt.timedelta(days=1)
            wexpr = lambda d: (f"(DATE '{end}' - CAST(((DATE '{last}' - {d}) // {kind[1]} + 1) * {kind[1]} AS INTEGER))")
        else:
            wexpr = lambda d: f"CAST(date_trunc('{kind[1]}', {d}) AS DATE)"
        what = aggregates_needed(st)
        where = [] if st["channel"] is None else [f"lower(chan) = {sql_str(st['channel'].lower())}"]
        kpi = st["kpi"]
        if kpi in ("FRT", "AHT"):
            dated = "cd"
        elif kpi == "FCR":
            dated = "sd"
            where.append("sd IS NOT NULL")
        else:
            dated = "coalesce(sd, cd)"
            where.append(f"{kpi.lower()} IS NOT NULL")
        if kpi == "AHT":
            where.append("handle IS NOT NULL")
        if what == "frt-share":
            agg = f"count(*) AS counted, count(*) FILTER (WHERE delay <= {float(st['form'][2])}) AS hits"
        elif what == "frt-median":
            agg = f"count(*) AS counted, median(coalesce(delay, {INFINITE})) AS median"
        elif what == "sum":
            col = "handle" if kpi == "AHT" else "ces"
            agg = f"count(*) AS counted, sum({col}) AS total"
        elif what == "hits":
            cond = "replies <= 1 AND reopens = 0" if kpi == "FCR" else "csat >= 4"
            agg = f"count(*) AS counted, count(*) FILTER (WHERE {cond}) AS hits"
        else:
            agg = ("count(*) AS counted, count(*) FILTER (WHERE nps >= 9) AS promoters, "
                   "count(*) FILTER (WHERE nps <= 6) AS detractors")
        sql = f"""
            SELECT w, team, grouping(team) AS g, {agg}
            FROM (SELECT {wexpr(dated)} AS w, * FROM c {'WHERE ' + ' AND '.join(where) if where else ''})
            GROUP BY GROUPING SETS ((w), (w, team))
        """
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        out = {}
        for row in cur.fetchall():
            r = dict(zip(names, row))
            if r["g"] == 0 and r["team"] is None:
                continue        # contacts of no philosophy team count company-wide only
            key = (r["w"], r["team"] if r["g"] == 0 else None)
            out[key] = {k: v for k, v in r.items() if k not in ("w", "team", "g")}
        results[st["id"]] = out
    return meta, results


def engine_pandas(phil, csv_path, tz):
    import numpy as np
    import pandas as pd
    df = pd.read_csv(csv_path, dtype={"id": str, "channel": str, "team": str, "created": str, "first_reply": str,
                                      "solved": str, "abandoned": str, "replies": float, "reopens": float,
                                      "csat": float, "nps": float, "ces": float, "wait_seconds": float,
                                      "talk_seconds": float, "hold_seconds": float, "wrap_seconds": float},
                     keep_default_na=False, na_values=[""])
    rows = len(df)
    df = df.drop_duplicates("id", keep="last")
    epoch = np.datetime64("1970-01-01", "D")

    def stamps(col):
        return pd.to_datetime(df[col], utc=True, format="ISO8601")

    def local_days(ts):
        """Local date as int days since 1970 (NaN-free: -1e9 for missing)."""
        local = ts.dt.tz_convert(tz).dt.tz_localize(None)
        return local.values.astype("datetime64[D]")

    created, first_reply, solved = stamps("created"), stamps("first_reply"), stamps("solved")
    cd, fd, sd = local_days(created), local_days(first_reply), local_days(solved)
    ctable = channel_table(phil["channels"])
    low = df["channel"].str.lower()
    chan = low.map({k: v[0] for k, v in ctable.items()})
    kind = low.map({k: v[1] for k, v in ctable.items()})
    team = df["team"].map(phil["teams"])
    abandoned = df["abandoned"].fillna("false").str.lower().isin(["true", "yes", "1"])
    seconds = (first_reply - created).dt.total_seconds()
    delay = seconds.where(~(kind.isin(["phone", "chat"]) & df["wait_seconds"].notna()), df["wait_seconds"])
    delay = delay.where(~abandoned & first_reply.notna())
    parts = df[["talk_seconds", "hold_seconds", "wrap_seconds"]]
    handle = parts.fillna(0).sum(axis=1).where(parts.notna().any(axis=1))
    c = pd.DataFrame({"cd": cd, "sd": sd, "chan": chan.values, "team": team.values, "delay": delay.values,
                      "replies": df["replies"].fillna(0).values, "reopens": df["reopens"].fillna(0).values,
                      "csat": df["csat"].values, "nps": df["nps"].values, "ces": df["ces"].values,
                      "handle": handle.values})
    alldays = np.concatenate([cd, fd, sd])
    alldays = alldays[~np.isnat(alldays)]
    first = alldays.min().astype(dt.date)
    last = alldays.max().astype(dt.date)
    meta = {"rows": rows, "contacts": len(c), "from": first, "to": last}
    span = (last - first).days + 1
    results = {}
    for st in phil["standards"]:
        kind_w = st["wkind"]
        end = last + dt.timedelta(days=1)
        lut = np.array([window_start(kind_w, first + dt.timedelta(days=i), end) for i in range(span)],
                       dtype="datetime64[D]")
        kpi = st["kpi"]
        what = aggregates_needed(st)
        mask = np.ones(len(c), dtype=bool)
        if st["channel"] is not None:
            mask &= (c["chan"].str.lower() == st["channel"].lower()).fillna(False).values
        if kpi in ("FRT", "AHT"):
            dated = c["cd"].values
        elif kpi == "FCR":
            dated = c["sd"].values
            mask &= ~np.isnat(dated)
        else:
            dated = np.where(np.isnat(c["sd"].values), c["cd"].values, c["sd"].values)
            mask &= c[kpi.lower()].notna().values
        if kpi == "AHT":
            mask &= c["handle"].notna().values
        sub = c[mask]
        d = dated[mask].astype("datetime64[D]")
        frame = pd.DataFrame({"w": lut[(d - np.datetime64(first, "D")).astype(int)], "team": sub["team"].values})
        if what == "frt-share":
            frame["hits"] = (sub["delay"] <= float(st["form"][2])).values
            aggs = {"counted": ("hits", "size"), "hits": ("hits", "sum")}
        elif what == "frt-median":
            frame["x"] = sub["delay"].fillna(INFINITE).values
            aggs = {"counted": ("x", "size"), "median": ("x", "median")}
        elif what == "sum":
            frame["x"] = sub["handle" if kpi == "AHT" else "ces"].values
            aggs = {"counted": ("x", "size"), "total": ("x", "sum")}
        elif what == "hits":
            hit = ((sub["replies"] <= 1) & (sub["reopens"] == 0)) if kpi == "FCR" else (sub["csat"] >= 4)
            frame["hits"] = hit.values
            aggs = {"counted": ("hits", "size"), "hits": ("hits", "sum")}
        else:
            frame["p"] = (sub["nps"] >= 9).values
            frame["q"] = (sub["nps"] <= 6).values
            aggs = {"counted": ("p", "size"), "promoters": ("p", "sum"), "detractors": ("q", "sum")}
        out = {}
        for keys, group_team in ((["w"], False), (["w", "team"], True)):
            g = frame.groupby(keys, sort=False).agg(**aggs).reset_index()
            for r in g.to_dict("records"):
                w = pd.Timestamp(r.pop("w")).date()
                t = r.pop("team") if group_team else None
                out[(w, t)] = r
        results[st["id"]] = out
    return meta, results


# ---------------------------------------------------------------- judging

def r4(x):
    return None if x is None else round(float(x), 4)


def judge(st, agg, min_sample):
    """The window (or team) fields from an aggregate; agg None = nothing counted."""
    kpi, form = st["kpi"], st["form"]
    counted = int(agg["counted"]) if agg else 0
    out = {"counted": counted}
    has_hits = form[0] == "share" or kpi in SHARE_KPIS
    if has_hits:
        out["hits"] = int(agg["hits"]) if agg else 0
    if counted == 0:
        out["value"] = None
        out["status"] = "not-enough-data"
        if form[0] == "share":
            out["budget"] = {"allowed": 0, "used": 0}
        return out
    infinite = False
    if form[0] == "share":
        exact = Fraction(out["hits"], counted)
    elif kpi == "FRT":
        median = float(agg["median"])
        infinite = median >= BIG
        exact = None if infinite else Fraction(median)
    elif kpi in SHARE_KPIS:
        exact = Fraction(out["hits"], counted)
    elif kpi == "NPS":
        exact = Fraction(100 * (int(agg["promoters"]) - int(agg["detractors"])), counted)
    else:   # AHT, CES: mean
        exact = Fraction(float(agg["total"])) / counted
    out["value"] = None if exact is None else r4(exact)
    if form[0] == "share":
        out["budget"] = {"allowed": math.floor((1 - form[1]) * counted), "used": counted - out["hits"]}
    if counted < min_sample:
        out["status"] = "not-enough-data"
    elif infinite:
        out["status"] = "missed"
    elif form[0] == "share":
        out["status"] = "met" if exact >= form[1] else "missed"
    elif form[0] == "at-least":
        out["status"] = "met" if exact >= form[1] else "missed"
    else:
        out["status"] = "met" if exact <= form[1] else "missed"
    return out


def objective_json(st):
    form = st["form"]
    if form[0] == "share":
        return {"share": float(form[1]), "within-seconds": float(form[2])}
    return {form[0]: float(form[1])}


def score(phil, meta, results, min_sample):
    first, last = meta["from"], meta["to"]
    standards = []
    for st in phil["standards"]:
        res = results[st["id"]]
        by_window = {}
        for (w, t), agg in res.items():
            by_window.setdefault(w, {})[t] = agg
        wins = []
        for start, end, partial in windows(st["wkind"], first, last):
            aggs = by_window.get(start, {})
            win = {"start": start.isoformat(), "end": end.isoformat(), "partial": partial}
            win.update(judge(st, aggs.get(None), min_sample))
            teams = {}
            for t in sorted(k for k in aggs if k is not None):
                if int(aggs[t]["counted"]) >= 1:
                    teams[t] = judge(st, aggs[t], min_sample)
            win["teams"] = teams
            wins.append(win)
        stray = set(by_window) - {w[0] for w in windows(st["wkind"], first, last)}
        if stray:
            raise RuntimeError(f"{st['id']}: contacts outside the window list: {sorted(stray)[:3]}")
        standards.append({"id": st["id"], "kpi": st["kpi"], "channel": st["channel"], "window": st["window"],
                          "objective": objective_json(st), "windows": wins})
    return standards


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("philosophy")
    ap.add_argument("contacts")
    ap.add_argument("--engine", choices=["duckdb", "pandas"], default="duckdb")
    ap.add_argument("--timezone", required=True)
    ap.add_argument("--min-sample", type=int, default=30)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args(argv)
    phil = load_philosophy(a.philosophy)
    engine = engine_duckdb if a.engine == "duckdb" else engine_pandas
    meta, results = engine(phil, a.contacts, a.timezone)
    doc = {
        "ethos-score": 1, "engine": a.engine, "company": phil["company"], "timezone": a.timezone,
        "min-sample": a.min_sample,
        "data": {"files": [a.contacts], "rows": int(meta["rows"]), "contacts": int(meta["contacts"]),
                 "duplicates": int(meta["rows"] - meta["contacts"]),
                 "from": meta["from"].isoformat(), "to": meta["to"].isoformat()},
        "standards": score(phil, meta, results, a.min_sample),
    }
    text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
