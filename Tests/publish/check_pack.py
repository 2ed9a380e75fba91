#!/usr/bin/env python3
"""Checks onboarding packs with independent parsers: every zip in the folder given holds a
calendar that Python's icalendar reads, with one all-day event per checklist item on the due
date the checklist CSV (read by Python's csv module) gives it.

usage: check_pack.py PACKS_FOLDER
"""
import csv
import io
import pathlib
import sys
import zipfile

import icalendar

COLUMNS = ["Name", "Description", "Section", "Assignee", "Role", "Due day", "Due date"]


def check(path: pathlib.Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        folder = names[0].split("/")[0]
        expected = ["welcome.html", "philosophy.html", "philosophy.md", "team.html", "checklist.html",
                    "checklist.md", "checklist.csv", "onboarding.ics", "interview-scorecards.html",
                    "role-play-cards.html", "pocket-card.html"]
        if names != [f"{folder}/{name}" for name in expected]:
            problems.append(f"unexpected entries {names}")
            return problems
        rows = list(csv.DictReader(io.StringIO(archive.read(f"{folder}/checklist.csv").decode("utf-8"), newline="")))
        calendar = icalendar.Calendar.from_ical(archive.read(f"{folder}/onboarding.ics"))
    if list(rows[0].keys()) != COLUMNS:
        problems.append(f"CSV columns {list(rows[0].keys())}")
    events = [component for component in calendar.walk() if component.name == "VEVENT"]
    if len(events) != len(rows):
        problems.append(f"{len(events)} events for {len(rows)} checklist items")
    for event, row in zip(events, rows):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if start.isoformat() != row["Due date"]:
            problems.append(f"event '{event.get('SUMMARY')}' on {start}, checklist says {row['Due date']}")
        if (end - start).days != 1 or hasattr(start, "hour"):
            problems.append(f"event '{event.get('SUMMARY')}' is not one all-day event")
        if str(event.get("SUMMARY")) != row["Name"].lstrip("'"):
            problems.append(f"event '{event.get('SUMMARY')}' does not match item '{row['Name']}'")
    return problems


def main() -> int:
    packs = sorted(pathlib.Path(sys.argv[1]).glob("*.zip"))
    failed = 0
    for pack in packs:
        problems = check(pack)
        failed += bool(problems)
        for problem in problems:
            print(f"{pack}: {problem}")
    print(f"packs: {len(packs) - failed} passed, {failed} failed")
    return 1 if failed or not packs else 0


if __name__ == "__main__":
    sys.exit(main())
