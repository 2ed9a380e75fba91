"""What the embed scripts share: text as a Swift raw string literal, and writing generated
files, or with `--check` only comparing them (exit 1 when one is out of step)."""
import pathlib
import sys


def raw_literal(text: str) -> str:
    """`text` as a multi-line raw string literal with enough `#` that nothing in it ends it."""
    hashes = "#"
    while '"""' + hashes in text or "\\" + hashes in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'


def write_or_check(files: dict) -> int:
    """Writes each path's text; with `--check` on the command line, writes nothing and returns 1
    when a file is missing or differs."""
    if "--check" in sys.argv:
        return 0 if all(pathlib.Path(path).exists() and pathlib.Path(path).read_text(encoding="utf-8") == text
                        for path, text in files.items()) else 1
    for path, text in files.items():
        pathlib.Path(path).write_text(text, encoding="utf-8")
    return 0
