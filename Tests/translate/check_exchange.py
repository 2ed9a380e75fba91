#!/usr/bin/env python3
"""Checks the translation files `ethos translate export` writes with independent tools.

Usage: check_exchange.py ETHOS WORK_DIR

- Every PO file (the examples, the four-locale fixture and Tests/translate/exchange.yml, into
  fr and hr, and the built-in labels) is parsed by Python's polib: the header names the
  language and UTF-8, every entry has its field path as msgctxt, and the msgids are the texts
  as PyYAML reads them from the philosophy (quotes, backslashes, tabs, newlines, Unicode).
- Every XLIFF file is validated against the XLIFF 2.0 core schema (Tests/translate/xliff-2.0)
  with xmllint, and holds the same units as the PO file.
- A PO file translated with polib (every msgstr "FR " + msgid, fuzzy flags cleared) is
  imported; the philosophy then validates and PyYAML reads the French texts back.
"""
import os
import shutil
import subprocess
import sys

import polib
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMA = os.path.join(HERE, "xliff-2.0", "xliff_core_2.0.xsd")


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    return result


def text_at(document, path):
    """The value at a field path such as values[0].behaviors[1], as PyYAML reads it."""
    node = document
    for part in path.replace("[", ".[").split("."):
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    return node


def main():
    ethos, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sources = sorted(os.path.join(ROOT, "Examples", name) for name in os.listdir(os.path.join(ROOT, "Examples"))
                     if name.endswith(".yml"))
    sources += [os.path.join(ROOT, "Tests/EthosRenderTests/Fixtures/four-locales.yml"), os.path.join(HERE, "exchange.yml")]
    xliff_files = []
    checked = 0
    for source in sources:
        document = yaml.safe_load(open(source, encoding="utf-8"))
        default = (document.get("locales") or ["en"])[0]
        for locale, labels in (("fr", False), ("hr", False), ("fr", True)):
            name = f"{os.path.basename(source)[:-4]}.{locale}{'-labels' if labels else ''}"
            extra = ["--labels"] if labels else []
            po_path, xliff_path = os.path.join(work, name + ".po"), os.path.join(work, name + ".xlf")
            run(ethos, "translate", "export", source, "--locale", locale, *extra, "-o", po_path)
            run(ethos, "translate", "export", source, "--locale", locale, *extra, "-o", xliff_path)
            catalog = polib.pofile(po_path)
            assert catalog.metadata["Language"] == locale, po_path
            assert "charset=UTF-8" in catalog.metadata["Content-Type"], po_path
            assert len(catalog) > 0 and all(entry.msgctxt for entry in catalog), po_path
            if not labels:
                for entry in catalog:
                    value = text_at(document, entry.msgctxt)
                    expected = value if isinstance(value, str) else value.get(default, value.get("en"))
                    assert entry.msgid == expected, f"{po_path}: {entry.msgctxt}: {entry.msgid!r} != {expected!r}"
            units = open(xliff_path, encoding="utf-8").read().count("<unit ")
            assert units == len(catalog), f"{xliff_path}: {units} units, {len(catalog)} PO entries"
            xliff_files.append(xliff_path)
            checked += 1
    result = subprocess.run(["xmllint", "--noout", "--schema", SCHEMA, *xliff_files], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"XLIFF files fail the XLIFF 2.0 schema:\n{result.stderr}")

    philosophy = os.path.join(work, "exchange.yml")
    shutil.copy(os.path.join(HERE, "exchange.yml"), philosophy)
    po_path = os.path.join(work, "exchange.fr.po")
    catalog = polib.pofile(po_path)
    for entry in catalog:
        entry.msgstr = "FR " + entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalog.save(po_path)
    imported = run(ethos, "translate", "import", philosophy, po_path)
    assert imported.returncode == 0, imported.stderr
    assert run(ethos, "validate", philosophy).returncode == 0
    document = yaml.safe_load(open(philosophy, encoding="utf-8"))
    assert "fr" in document["locales"]
    for entry in catalog:
        assert text_at(document, entry.msgctxt)["fr"] == "FR " + entry.msgid, entry.msgctxt
    print(f"translate-check: {checked} PO files read by polib, {len(xliff_files)} XLIFF files valid against "
          f"the XLIFF 2.0 schema, {len(catalog)} translations imported from a PO file polib wrote")


if __name__ == "__main__":
    main()
