#!/bin/sh
# planc dossier: the filing package of the seismic plan, its cover sheet's recipient and
# deadline (from the general plan's 7.2(２) and the working-day calendar), the official
# text with its line bookmarks, and the errors a user meets.
set -u
planc=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0

"$planc" dossier plans/jiyang/seismic.plan -o "$out/seismic" --as-of 2026-11-28 >"$out/stdout" 2>"$out/stderr"
status=$?
# The seismic plan has errors (grade-conflict): the package is written, the exit is 1.
[ $status -eq 1 ] || { echo "FAIL: exit $status, want 1" >&2; cat "$out/stderr" >&2; fail=1; }
for f in seismic-备案封面.docx seismic-正式文本.docx seismic-检查报告.txt seismic-检查报告.sarif; do
  [ -s "$out/seismic/$f" ] || { echo "FAIL: $f missing" >&2; fail=1; }
done
grep -q "备案期限：2023-04-27（《济南市济阳区突发事件总体应急预案（试行）》7.2(２)）" "$out/stdout" ||
  { echo "FAIL: deadline line" >&2; cat "$out/stdout" >&2; fail=1; }
/usr/bin/python3 - "$out/seismic" <<'PY' || fail=1
import re, sys, zipfile, xml.dom.minidom
d = sys.argv[1]
def part(name, member="word/document.xml"):
    with zipfile.ZipFile(f"{d}/{name}") as z:
        text = z.read(member).decode("utf-8")
    xml.dom.minidom.parseString(text)  # well formed
    return text
cover = re.sub(r"<[^>]+>", "", part("seismic-备案封面.docx"))
for want in ["应急预案备案材料", "济阳政办发〔2023〕3号", "上一级政府有关主管部门", "2023-04-27", "7.2(２)",
             "台账中没有备案记录，期限已过", "2 个错误"]:
    if want not in cover:
        sys.exit(f"FAIL: cover lacks {want}")
text = part("seismic-正式文本.docx")
if 'w:name="L55"' not in text or "区抗震救灾指挥部" not in text:
    sys.exit("FAIL: official text lacks its bookmarks or words")
PY
grep -q "grade-conflict" "$out/seismic/seismic-检查报告.txt" || { echo "FAIL: report lacks grade-conflict" >&2; fail=1; }

# Not a plan: a usage error, nothing written.
"$planc" dossier plans/jiyang/orgs.plan -o "$out/orgs" >/dev/null 2>"$out/stderr"
[ $? -eq 2 ] && grep -q "不是预案文件" "$out/stderr" && [ ! -e "$out/orgs" ] ||
  { echo "FAIL: registry file as plan" >&2; cat "$out/stderr" >&2; fail=1; }
"$planc" dossier plans/jiyang/seismic.plan >/dev/null 2>"$out/stderr"
[ $? -eq 2 ] && grep -q "请用 -o 指定输出目录" "$out/stderr" || { echo "FAIL: no -o" >&2; fail=1; }
exit $fail
