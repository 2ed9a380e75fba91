#!/usr/bin/env python3
"""Checks what HR hands out, with independent tools: German public holidays for 2027 from
Python's `holidays` package written as an iCalendar file, packs made from a roster with three
good rows and two bad ones, the calendars read by Python's `icalendar`, and the CSV styles
read by Python's `csv` module.

usage: check_hr.py ETHOS WORK_FOLDER
"""
import csv
import datetime
import io
import pathlib
import re
import subprocess
import sys
import zipfile

import holidays
import icalendar

PHILOSOPHY = "Examples/kundenservice-de.yml"
ROSTER = """name,email,team,start,manager,buddy,locale,manager_email,buddy_email
Ana Novak,ana@example.com,Kundenservice,2027-01-04,Maria Keller,Tom Berg,de,maria@example.com,tom@example.com
Jonas Weber,jonas@example.com,Kundenservce,2027-01-04,Maria Keller,,,,
Lena Fischer,lena@example.com,Kundenservice,2027-04-03,Maria Keller,Tom Berg,,maria@example.com,
Bad Date,,Kundenservice,2027-13-01,,,,,
Paul Roth,,Kundenservice,2027-12-23,,Tom Berg,,,tom@example.com
"""

problems: list[str] = []


def expect(condition: bool, message: str) -> None:
    if not condition:
        problems.append(message)


def run(ethos: str, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([ethos, *arguments], capture_output=True, text=True)


def write_holidays(path: pathlib.Path) -> set[datetime.date]:
    """German public holidays of 2027 (the nationwide ones and Bavaria's), as an .ics file."""
    days = holidays.Germany(years=2027, subdiv="BY")
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Ethos tests//German holidays//EN")
    calendar.add("version", "2.0")
    for day, name in sorted(days.items()):
        event = icalendar.Event()
        event.add("uid", f"{day.isoformat()}@holidays.test")
        event.add("dtstamp", datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=1))
        event.add("summary", name)
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())
    return set(days.keys())


def events_of(zip_path: pathlib.Path) -> list:
    with zipfile.ZipFile(zip_path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/onboarding.ics"))
        calendar = icalendar.Calendar.from_ical(archive.read(name))
    return [component for component in calendar.walk() if component.name == "VEVENT"]


def check_due_dates(ethos: str, ics: pathlib.Path, days_off: set[datetime.date]) -> None:
    """Every due date of every start date of 2027 (every fifth day) is a working day."""
    start = datetime.date(2027, 1, 1)
    while start.year == 2027:
        result = run(ethos, "checklist", PHILOSOPHY, "--team", "Kundenservice", "--locale", "de", "--format", "csv",
                     "--start", start.isoformat(), "--holidays", str(ics))
        expect(result.returncode == 0, f"checklist from {start}: exit {result.returncode}: {result.stderr}")
        rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
        for row in rows:
            due = datetime.date.fromisoformat(row["Due date"])
            expect(due.weekday() < 5, f"start {start}: '{row['Name']}' due on a weekend, {due}")
            expect(due not in days_off, f"start {start}: '{row['Name']}' due on a holiday, {due}")
        moved = start.weekday() >= 5 or start in days_off
        expect(("start-not-working-day" in result.stderr) == moved,
               f"start {start}: the warning is {'missing' if moved else 'there without cause'}: {result.stderr}")
        start += datetime.timedelta(days=5)
    saturday = run(ethos, "checklist", PHILOSOPHY, "--team", "Kundenservice", "--start", "2027-01-02")
    expect(re.search(r"warning: start 2027-01-02 \(Saturday\) is not a working day; due dates count from "
                     r"2027-01-04 \(Monday\)", saturday.stderr) is not None, f"no Saturday warning: {saturday.stderr}")


def check_roster(ethos: str, work: pathlib.Path, ics: pathlib.Path, days_off: set[datetime.date]) -> None:
    roster = work / "hires.csv"
    roster.write_text(ROSTER)
    uids = {}
    for run_name in ("first", "second"):
        out = work / run_name
        result = run(ethos, "pack", PHILOSOPHY, "--roster", str(roster), "--holidays", str(ics), "-o", str(out))
        expect(result.returncode == 1, f"roster with bad rows: exit {result.returncode}")
        errors = re.findall(rf"{re.escape(str(roster))}:(\d+):(\d+): error: .*\[([a-z-]+)\]", result.stderr)
        expect(errors == [("3", "3", "unknown-team"), ("5", "4", "bad-date")], f"located errors: {errors}")
        expect("did you mean 'Kundenservice'?" in result.stderr, "no did-you-mean for the misspelt team")
        expect("Wrote 3 packs" in result.stdout and "2 rows failed (line 3, 5)" in result.stdout,
               f"summary: {result.stdout}")
        zips = sorted(p.name for p in out.glob("*.zip"))
        expect(zips == ["ana-novak.zip", "lena-fischer.zip", "paul-roth.zip"], f"packs: {zips}")
        uids[run_name] = {name: [str(e.get("UID")) for e in events_of(out / name)] for name in zips}
        for name in zips:
            events = events_of(out / name)
            hire = name.removesuffix(".zip").replace("-", " ").title()
            for event in events:
                day = event.decoded("DTSTART")
                expect(day.weekday() < 5 and day not in days_off, f"{name}: event on a day off, {day}")
                expect(str(event.get("SUMMARY")).startswith(hire + ": "), f"{name}: summary {event.get('SUMMARY')}")
                expect(int(event.get("SEQUENCE")) >= 0 and event.get("DTSTAMP") is not None, f"{name}: no SEQUENCE/DTSTAMP")
            attendees = [str(a) for e in events for a in ([e.get("ATTENDEE")] if e.get("ATTENDEE") else [])]
            if name == "ana-novak.zip":
                expect({"mailto:ana@example.com", "mailto:maria@example.com", "mailto:tom@example.com"} <= set(attendees),
                       f"{name}: attendees {set(attendees)}")
                expect(all(str(e.get("ORGANIZER")) == "mailto:maria@example.com" for e in events), f"{name}: organizer")
            if name == "paul-roth.zip":
                expect(set(attendees) == {"mailto:tom@example.com"}, f"{name}: attendees {set(attendees)}")
            expect(len(set(uids[run_name][name])) == len(events), f"{name}: UIDs repeat within the calendar")
    expect(uids["first"] == uids["second"], "UIDs differ between two runs for the same hires")
    first = uids["first"]
    expect(not set(first["ana-novak.zip"]) & set(first["lena-fischer.zip"]), "two hires share UIDs")


def check_csv_styles(ethos: str) -> None:
    base = ["checklist", PHILOSOPHY, "--team", "Kundenservice", "--start", "2027-01-04"]
    excel = subprocess.run([ethos, *base, "--locale", "de", "--csv", "excel"], capture_output=True)
    expect(excel.stdout.startswith(b"\xef\xbb\xbf"), "the Excel CSV has no byte-order mark")
    text = excel.stdout.decode("utf-8-sig")
    expect(text.split("\r\n")[0] == "Name;Description;Section;Assignee;Role;Due day;Due date",
           f"the German Excel CSV header: {text.splitlines()[0]}")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    expect(len(rows) > 5 and all(len(row) == 7 for row in rows), "the Excel CSV does not read with ';'")
    for style, columns in (("asana", ["Name", "Description", "Section", "Assignee", "Due Date"]),
                           ("jira", ["Issue ID", "Issue Type", "Summary", "Description", "Assignee", "Due date", "Parent",
                                     "Labels"])):
        result = run(ethos, *base, "--csv", style)
        reader = csv.DictReader(io.StringIO(result.stdout, newline=""), dialect="excel")
        rows = list(reader)
        expect(reader.fieldnames == columns, f"{style} columns: {reader.fieldnames}")
        expect(len(rows) > 5, f"{style}: {len(rows)} rows")
        if style == "asana":
            expect(all(re.fullmatch(r"\d\d/\d\d/\d{4}", row["Due Date"]) for row in rows), "asana dates are not MM/DD/YYYY")
        if style == "jira":
            epics = {row["Issue ID"] for row in rows if row["Issue Type"] == "Epic"}
            tasks = [row for row in rows if row["Issue Type"] == "Task"]
            expect(epics and all(row["Parent"] in epics for row in tasks), "jira tasks do not point at their epics")
            expect(rows.index(tasks[0]) == len(epics), "jira epics do not come first")


def main() -> int:
    ethos, work = sys.argv[1], pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    ics = work / "feiertage-2027.ics"
    days_off = write_holidays(ics)
    check_due_dates(ethos, ics, days_off)
    check_roster(ethos, work, ics, days_off)
    check_csv_styles(ethos)
    for problem in problems:
        print("hr-check:", problem)
    print(f"hr-check: {'FAILED' if problems else 'passed'} ({len(days_off)} German holidays of 2027)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
