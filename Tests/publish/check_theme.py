#!/usr/bin/env python3
"""Builds a site with a theme file and checks it in headless Chromium: the logo loads on a
page two folders deep, the theme's custom properties and font are what the page computes in
the light scheme and, with the system preferring dark, the dark scheme's (a colour the dark
scheme does not set keeps the built-in one); and a theme whose brand text cannot be read is
refused with an error located in the theme file, leaving no site.

usage: check_theme.py ETHOS WORK_FOLDER
"""
import pathlib
import re
import subprocess
import sys

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
THEMES = pathlib.Path(__file__).resolve().parent.parent / "EthosLoaderTests" / "Fixtures" / "theme"

PROBE = ("<script>window.addEventListener('load', () => { const root = getComputedStyle(document.documentElement); "
         "const logo = document.querySelector('img.logo'); document.body.dataset.probe = JSON.stringify({"
         "brand: root.getPropertyValue('--brand').trim(), accent: root.getPropertyValue('--accent').trim(), "
         "link: getComputedStyle(document.querySelector('a')).color, font: getComputedStyle(document.body).fontFamily, "
         "logo: logo ? logo.naturalWidth : -1}); });</script>")


def probe(page: pathlib.Path, dark: bool) -> str:
    """What a copy of `page` beside it computes, with the system preferring light or dark."""
    copy = page.with_name(".theme-probe.html")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    try:
        flags = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] if dark else \
            ["--blink-settings=preferredColorScheme=1"]
        dom = subprocess.run(CHROMIUM + flags + ["--virtual-time-budget=2000", "--dump-dom", copy.as_uri()],
                             capture_output=True, text=True, timeout=60).stdout
    finally:
        copy.unlink()
    found = re.search(r'data-probe="([^"]*)"', dom)
    return found.group(1).replace("&quot;", '"') if found else ""


def main() -> int:
    ethos, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    subprocess.run(["rm", "-rf", str(work)], check=True)
    problems = []
    site = work / "site"
    build = subprocess.run([ethos, "build", "Examples/nextiva.yml", "-o", str(site), "--quiet",
                            "--theme", str(THEMES / "brand.yml")], capture_output=True, text=True)
    if build.returncode != 0:
        print(f"theme: the themed build failed: {build.stderr}")
        return 1
    page = sorted((site / "en" / "values").glob("*.html"))[0]
    light, dark = probe(page, dark=False), probe(page, dark=True)
    for scheme, found, expected in [
        ("light", light, ['"brand":"#0b3d91"', '"accent":"#0a58a8"', '"link":"rgb(10, 88, 168)"']),
        ("dark", dark, ['"accent":"#8ab4f8"', '"link":"rgb(138, 180, 248)"']),
    ]:
        for part in expected + ['"font":"\\"Source Sans 3\\", system-ui, sans-serif"', '"logo":120']:
            if part not in found:
                problems.append(f"{page.relative_to(site)} ({scheme}): expected {part} in {found!r}")
    if '"brand":"#0b3d91"' in dark:
        problems.append(f"{page.relative_to(site)} (dark): the light brand colour reached the dark scheme: {dark!r}")

    refused = work / "refused"
    unreadable = THEMES / "unreadable.yml"
    run = subprocess.run([ethos, "build", "Examples/nextiva.yml", "-o", str(refused), "--theme", str(unreadable)],
                         capture_output=True, text=True)
    expected = f"{unreadable}:4:15: error: 'brand-text' #ffdd00 on 'brand' #ffffff has contrast 1.35:1, needs 4.5:1"
    if run.returncode != 1 or not run.stderr.startswith(expected) or "[theme-contrast]" not in run.stderr:
        problems.append(f"unreadable theme: exit {run.returncode}, {run.stderr!r}")
    if refused.exists():
        problems.append("unreadable theme: a site was written")
    for problem in problems:
        print(problem)
    print(f"theme: light and dark scheme, font and logo checked in Chromium; unreadable theme refused; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
