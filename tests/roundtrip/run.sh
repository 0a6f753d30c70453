#!/bin/sh
# Renders a Jiyang plan and compares it with its seed text: every sentence must be there.
# usage: run.sh PLANC general|meteo|geo|seismic
set -eu
planc=$1
name=$2
here=$(dirname "$0")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$planc" render "plans/jiyang/$name.plan" > "$out"
python3 "$here/seed_roundtrip.py" "$name" "$out" --show 10 --min 1.0
