#!/bin/sh
# One definition of a corpus: a file checked from /, from its own folder, from the
# repository root, and as part of its whole corpus gets the same findings.
set -u
planc=$(realpath "$1")
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# The findings for one file, as "line:column rule message" lines (path spellings differ).
findings() {  # findings OUT FILE-SUFFIX
  python3 - "$1" "$2" <<'PY'
import json, sys
out, suffix = sys.argv[1], sys.argv[2]
data = json.load(open(out))
for d in data["diagnostics"]:
    if d.get("file", "").split("/")[-1] == suffix:
        print(d["line"], d["column"], d["rule"], d["message"])
for s in data["summary"]["skipped"]:
    if s["file"].split("/")[-1] == suffix:
        print("skip", s["rule"], s["reason"])
PY
}

check() {  # check NAME DIR ARGS...: run planc check from DIR
  name=$1 dir=$2
  shift 2
  (cd "$dir" && "$planc" check --as-of 2026-11-28 --format json "$@" >"$work/$name.json" 2>"$work/$name.err")
  findings "$work/$name.json" "geo.plan" >"$work/$name.txt"
}

check whole "$root" plans/
check from-root "$root" plans/jiyang/geo.plan
check from-own "$root/plans/jiyang" geo.plan
check from-slash / "$root/plans/jiyang/geo.plan"
check from-elsewhere "$work" "$root/plans/jiyang/geo.plan"
[ -s "$work/whole.txt" ] || { echo "FAIL: no findings for geo.plan in the whole corpus" >&2; fail=1; }
for name in from-root from-own from-slash from-elsewhere; do
  if ! cmp -s "$work/whole.txt" "$work/$name.txt"; then
    echo "FAIL $name: findings for geo.plan differ from those in the whole corpus:" >&2
    diff "$work/whole.txt" "$work/$name.txt" | head -20 >&2
    fail=1
  fi
done

# A plan in a sub-folder finds its superior and the registries at the corpus root.
mkdir -p "$work/c/乡镇"
"$planc" init "$work/c" >/dev/null || { echo "FAIL: planc init" >&2; fail=1; }
[ -f "$work/c/planc.corpus" ] || { echo "FAIL: planc init wrote no marker" >&2; fail=1; }
printf -- '---\n预案：某县突发事件总体应急预案\n类别：总体\n层级：县\n---\n\n# 某县突发事件总体应急预案\n' >"$work/c/general.plan"
printf -- '---\n预案：某镇防汛应急预案\n类别：专项\n层级：镇\n上位：某县突发事件总体应急预案\n---\n\n# 某镇防汛应急预案\n\n## 1 总则\n\n### 1.1 编制依据 {依据}\n\n依据《某县突发事件总体应急预案》。\n' >"$work/c/乡镇/town.plan"
(cd "$work/c/乡镇" && "$planc" check --as-of 2026-11-28 town.plan >"$work/town.out" 2>&1)
if grep -q "hier-superior-missing" "$work/town.out"; then
  echo "FAIL: the plan in a sub-folder did not find its superior:" >&2
  cat "$work/town.out" >&2
  fail=1
fi
# planc check with no path checks the corpus the current folder belongs to.
(cd "$work/c/乡镇" && "$planc" check --as-of 2026-11-28 >"$work/nopath.out" 2>&1)
grep -q "检查了 2 个文件" "$work/nopath.out" || { echo "FAIL: check with no path:" >&2; cat "$work/nopath.out" >&2; fail=1; }

[ $fail -eq 0 ] && echo "corpus-root: same findings from every folder"
exit $fail
