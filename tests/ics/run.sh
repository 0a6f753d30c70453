#!/bin/sh
# `planc deadlines plans/ --format ics` writes a file that a real iCalendar parser reads.
set -eu
planc=$1
out=$(mktemp --suffix=.ics)
trap 'rm -f "$out"' EXIT
"$planc" deadlines plans/ --as-of 2026-11-28 --format ics -o "$out"
# Four filings and three drills of the Jiyang plans have dates (revisions have none).
/usr/bin/python3 "$(dirname "$0")/validate.py" "$out" 7
