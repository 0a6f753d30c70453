#!/bin/sh
# `planc check plans/ --format sarif` produces a valid SARIF 2.1.0 log.
set -u
planc=$1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$planc" check plans/ --as-of 2026-11-28 --format sarif > "$out"
status=$?
if [ "$status" -gt 1 ]; then
  echo "planc exited $status"
  exit 1
fi
python3 "$(dirname "$0")/validate.py" "$out"
