#!/bin/sh
# planc calendar from the command line: a date inside the calendar's years is final; one
# that runs into a year whose notice is not in the file is computed from the statutory
# holidays, marked （暂定） with a warning on stderr, and exits 0; a year beyond the
# provisional ones is not computed.
set -u
planc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

expect() {  # expect NAME STATUS STDOUT-PATTERN STDERR-PATTERN ARGS...
  name=$1 status=$2 out=$3 err=$4
  shift 4
  "$planc" calendar "$@" >"$work/out" 2>"$work/err"
  got=$?
  if [ "$got" -ne "$status" ]; then
    echo "calendar: $name: exit $got, expected $status"; cat "$work/out" "$work/err"; fail=1
  fi
  if [ -z "$out" ] && [ -s "$work/out" ]; then
    echo "calendar: $name: unexpected stdout:"; cat "$work/out"; fail=1
  fi
  if [ -n "$out" ] && ! grep -q -- "$out" "$work/out"; then
    echo "calendar: $name: stdout lacks '$out':"; cat "$work/out"; fail=1
  fi
  if [ -n "$err" ] && ! grep -q -- "$err" "$work/err"; then
    echo "calendar: $name: stderr lacks '$err':"; cat "$work/err"; fail=1
  fi
  if [ -z "$err" ] && [ -s "$work/err" ]; then
    echo "calendar: $name: unexpected stderr:"; cat "$work/err"; fail=1
  fi
}

expect final 0 '2023-04-27（周四）$' '' add 2023-03-30 20
expect provisional 0 '2027-01-04（周一）（暂定）' '警告：结果是暂定的' add 2026-12-05 20
expect spring-festival 0 '2027-02-12（周五）（暂定）' '暂定' add 2027-01-25 10
expect between 0 '27 个工作日.*（暂定）' '暂定' between 2026-12-01 2027-01-10
expect beyond 1 '' '无法计算：2040 年' add 2040-01-01 3
exit $fail
