#!/bin/sh
# Golden files: `run.sh check PLANC` compares, `run.sh regen PLANC` rewrites them.
# Review a regeneration as a diff (git diff tests/golden) before committing it.
set -u
mode=$1
planc=$2
here=$(dirname "$0")
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

produce() {  # name, command...
  name=$1
  shift
  "$@" > "$work/out" 2>&1
  echo "exit: $?" >> "$work/out"
  if [ "$mode" = regen ]; then
    cp "$work/out" "$here/$name"
  elif ! cmp -s "$work/out" "$here/$name"; then
    echo "golden: $name differs (tests/golden/run.sh regen PLANC rewrites it):"
    diff -u "$here/$name" "$work/out" | head -40
    status=1
  fi
}

for plan in general meteo geo seismic; do
  produce "ir/$plan.json" "$planc" ir "plans/jiyang/$plan.plan"
done
produce check/jiyang.txt "$planc" check plans/ --as-of 2026-11-28 --color never
produce check/jiyang.json "$planc" check plans/ --as-of 2026-11-28 --format json
exit $status
