#!/bin/sh
# planc manual from the command line: what a user meets when a name is wrong, and the
# files a good run writes (and, on an error, does not write).
set -u
planc=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0
expect() {  # expect NAME STATUS PATTERN -- ARGS...: exit status and a line of stderr
  name=$1 status=$2 pattern=$3
  shift 4
  "$planc" "$@" >"$out/stdout" 2>"$out/stderr"
  got=$?
  if [ "$got" -ne "$status" ] || ! grep -q -- "$pattern" "$out/stderr"; then
    echo "FAIL $name: exit $got (want $status), stderr:" >&2
    cat "$out/stderr" >&2
    fail=1
  fi
}

# An organisation no registry knows: an error naming the nearest registered names, and
# no output directory.
expect unknown 1 "“区气像局”不是机构登记文件中的名称或别名；是否指“区气象局”" -- \
  manual plans/ --org 区气像局 -o "$out/unknown"
[ -e "$out/unknown" ] && { echo "FAIL unknown: wrote $out/unknown" >&2; fail=1; }
# A registered name no plan read names: an error, not an empty manual.
expect unnamed 1 "所读预案都没有提到“区医疗保障局”" -- \
  manual plans/jiyang/meteo.plan --org 区医疗保障局 -o "$out/unnamed"
[ -e "$out/unnamed" ] && { echo "FAIL unnamed: wrote $out/unnamed" >&2; fail=1; }
# A generic reference is not a unit.
expect generic 1 "是泛指" -- manual plans/ --org 有关部门（单位） -o "$out/generic"
# Usage errors.
expect neither 2 "二者取一" -- manual plans/ -o "$out/x"
expect both 2 "二者取一" -- manual plans/ --all --org 区气象局 -o "$out/x"
expect no-output 2 "请用 -o 指定输出目录" -- manual plans/ --all
expect format 2 "未知的输出格式" -- manual plans/ --all --format pdf -o "$out/x"
expect unwritable 2 "无法写入" -- manual plans/ --all -o /proc/planc-cannot-write
# A good run: one manual by an alias, Markdown, and the index beside it.
expect alias 0 "写出 1 份工作手册" -- manual plans/ --org 气象部门 --format md -o "$out/md" --as-of 2026-11-28
[ -f "$out/md/023-区气象局.md" ] && [ -f "$out/md/index.md" ] || { echo "FAIL alias: files missing" >&2; ls "$out/md" >&2; fail=1; }
# A unit the plans only mention gets its manual on request: the passages that name it.
expect mentioned 0 "写出 1 份工作手册" -- manual plans/ --org 市政府 --format md -o "$out/city" --as-of 2026-11-28
grep -q "预案中提及本单位的其他条文" "$out/city/"*市政府.md || { echo "FAIL mentioned: no mentions section" >&2; fail=1; }
# DOCX: a manual links each duty to the line's bookmark in the plan's official text,
# which is written beside it; both are well formed.
expect docx 0 "写出 1 份工作手册" -- manual plans/ --org 区气象局 --format docx -o "$out/docx" --as-of 2026-11-28
/usr/bin/python3 - "$out/docx" <<'PY' || fail=1
import re, sys, zipfile, xml.dom.minidom
d = sys.argv[1]
with zipfile.ZipFile(f"{d}/023-区气象局.docx") as z:
    rels = z.read("word/_rels/document.xml.rels").decode()
    body = z.read("word/document.xml").decode()
xml.dom.minidom.parseString(body)
if "plans/jiyang-meteo.docx#L280" not in rels:
    sys.exit("FAIL docx: no link to plans/jiyang-meteo.docx#L280")
if "收到冰雹预警信号（红色、橙色、黄色）后" not in body:
    sys.exit("FAIL docx: trigger missing")
with zipfile.ZipFile(f"{d}/plans/jiyang-meteo.docx") as z:
    plan = z.read("word/document.xml").decode()
if 'w:name="L280"' not in plan:
    sys.exit("FAIL docx: plan text has no bookmark L280")
PY
# The output folder: a file planc did not write is never overwritten (nothing is written
# then), --force overwrites it, and a file of an earlier run that is no longer written
# is removed.
mkdir -p "$out/mine"
echo "我自己的文件" >"$out/mine/index.html"
expect foreign 2 "不是 planc 写出的文件（index.html）" -- manual plans/ --all -o "$out/mine" --as-of 2026-11-28
grep -q "我自己的文件" "$out/mine/index.html" || { echo "FAIL foreign: index.html overwritten" >&2; fail=1; }
[ ! -f "$out/mine/023-区气象局.html" ] || { echo "FAIL foreign: files written before the refusal" >&2; fail=1; }
expect force 0 "写出 40 份工作手册" -- manual plans/ --all -o "$out/mine" --force --as-of 2026-11-28
grep -q "023-区气象局.html" "$out/mine/.planc-manifest" || { echo "FAIL force: no manifest" >&2; fail=1; }
expect again 0 "写出 1 份工作手册" -- manual plans/ --org 区气象局 -o "$out/mine" --as-of 2026-11-28
[ ! -f "$out/mine/002-区应急管理局.html" ] || { echo "FAIL stale: an earlier manual was left" >&2; fail=1; }
# Two plans with the same folder and file name get two files, each linked from its manual.
mkdir -p "$out/twins/a/jiyang" "$out/twins/b/jiyang"
cp plans/planc.corpus "$out/twins/" 2>/dev/null || : >"$out/twins/planc.corpus"
cp plans/jiyang/orgs.plan plans/jiyang/indicators.plan plans/jiyang/meteo.plan "$out/twins/a/jiyang/"
cp plans/jiyang/orgs.plan plans/jiyang/indicators.plan "$out/twins/b/jiyang/"
sed 's/^预案：济南市济阳区气象灾害应急预案/预案：济南市济阳区气象灾害应急预案（乙）/' plans/jiyang/meteo.plan >"$out/twins/b/jiyang/meteo.plan"
expect twins 0 "写出" -- manual "$out/twins" --org 区气象局 -o "$out/twins-out" --as-of 2026-11-28
[ -f "$out/twins-out/plans/jiyang-meteo.html" ] && [ -f "$out/twins-out/plans/jiyang-meteo-2.html" ] ||
  { echo "FAIL twins: one file for two plans" >&2; ls "$out/twins-out/plans" >&2; fail=1; }
exit $fail
