#!/usr/bin/python3
"""Loads HTML pages in headless Chromium (Debian's chromium) and fails on any console
message of level warning or error, on any page that does not load, and on any broken
link: a link to a file that is not there, or to an id the target page (as Chromium
parsed it) does not have. Pages reached by links are loaded too, one level deep.

usage: check.py PAGE.html [PAGE.html ...]
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        for name in ("src", "srcset"):
            if name in attrs:
                self.hrefs.append(attrs[name])
        if tag == "link" and "href" in attrs:
            self.hrefs.append(attrs["href"])


def load(path, profile):
    """The DOM Chromium builds for a page, and the console messages it logged."""
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=1",
         "--dump-dom", "file://" + os.path.abspath(path)],
        capture_output=True, text=True, timeout=120)
    console = [line for line in run.stderr.splitlines() if re.search(r":CONSOLE[:(]", line)]
    return run.returncode, run.stdout, console


def main(pages):
    if CHROMIUM is None:
        print("check.py: chromium is not installed (scripts/setup installs it)", file=sys.stderr)
        return 1
    failures = []
    doms = {}
    with tempfile.TemporaryDirectory() as profile:
        def dom(path):
            path = os.path.normpath(path)
            if path not in doms:
                code, text, console = load(path, profile)
                if code != 0 or "<body" not in text:
                    failures.append(f"{path}: Chromium could not load the page (exit {code})")
                for line in console:
                    failures.append(f"{path}: console: {line}")
                parser = Links()
                parser.feed(text)
                doms[path] = parser
            return doms[path]

        checked = 0
        for page in pages:
            links = dom(page)
            if not links.hrefs:
                failures.append(f"{page}: no links at all")
            for href in links.hrefs:
                parts = urllib.parse.urlsplit(href)
                if parts.scheme or parts.netloc:
                    failures.append(f"{page}: external resource {href}")
                    continue
                target = os.path.join(os.path.dirname(page), urllib.parse.unquote(parts.path)) if parts.path else page
                if not os.path.isfile(target):
                    failures.append(f"{page}: broken link {href} (no file {target})")
                    continue
                if parts.fragment and parts.fragment not in dom(target).ids:
                    failures.append(f"{page}: broken link {href} (no id {parts.fragment} in {target})")
                checked += 1
    for failure in failures:
        print(failure)
    print(f"check.py: {len(doms)} pages loaded in Chromium, {checked} links checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
