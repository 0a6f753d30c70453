#!/bin/sh
# `planc respond` goldens: `run.sh check PLANC [NAME...]` compares each case of
# cases.txt with expected/NAME.{txt,json,md} byte for byte and prints a diff on a
# mismatch; `run.sh regen PLANC [NAME...]` rewrites them (review as a diff before
# committing). Run from the project root: the cases name plans by relative path.
set -u
set -f  # the arguments of a case are words, never patterns
mode=$1
planc=$2
shift 2
here=$(dirname "$0")
status=0
count=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wanted() {  # name: whether the command line selected this case
  [ -z "$selected" ] && return 0
  case " $selected " in *" $1 "*) return 0 ;; esac
  return 1
}

extension() {  # the arguments of a case: txt, json or md, by --format
  ext=txt
  previous=
  for a in "$@"; do
    case "$previous$a" in
      --formatjson | --format=json) ext=json ;;
      --formatmd | --format=md) ext=md ;;
    esac
    previous=$a
    [ "$a" = --format ] || previous=
  done
  echo "$ext"
}

selected="$*"
names=
while read -r name plan args; do
  case "$name" in '' | '#'*) continue ;; esac
  names="$names $name"
  wanted "$name" || continue
  # shellcheck disable=SC2086 # the arguments split on white space by design
  set -- $args
  expected="$here/expected/$name.$(extension "$@")"
  "$planc" respond "$plan" "$@" > "$work/out" 2>&1
  echo "exit: $?" >> "$work/out"
  count=$((count + 1))
  if [ "$mode" = regen ]; then
    cp "$work/out" "$expected"
  elif [ ! -f "$expected" ]; then
    echo "respond: $name has no expected output ($expected); tests/respond/run.sh regen PLANC $name writes it"
    status=1
  elif ! cmp -s "$work/out" "$expected"; then
    echo "respond: $name differs (tests/respond/run.sh regen PLANC $name rewrites it):"
    diff -u "$expected" "$work/out" | head -60
    status=1
  fi
done < "$here/cases.txt"

# Expected files that no case produces are stale.
if [ -z "$selected" ]; then
  set +f
  for f in "$here"/expected/*; do
    [ -e "$f" ] || continue
    base=$(basename "$f")
    case " $names " in
      *" ${base%.*} "*) ;;
      *)
        if [ "$mode" = regen ]; then
          rm -f "$f"
        else
          echo "respond: $base belongs to no case in cases.txt"
          status=1
        fi
        ;;
    esac
  done
fi
if [ $count -eq 0 ]; then
  echo "respond: no case of cases.txt is named${selected:+ $selected}" >&2
  status=1
fi
[ "$mode" = regen ] || [ $status -ne 0 ] || echo "respond: $count cases match"
exit $status
