#!/bin/sh
# Malformed input never takes planc down: each case below once crashed, hung or looped.
# Every reading command runs on every case; the run must end with exit status 0, 1 or 2
# (never a signal, never a sanitizer report) and, where the case is a reading error, say
# where in the file.
set -u
planc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

header='---
预案：某县洪涝灾害应急预案
类别：专项
---
# 某县洪涝灾害应急预案'

# A table row with more cells than the header (read past the end of the columns).
mkdir "$work/extra-cell"
printf '%s\n## 1 分级 {分级 洪涝}\n| 等级 | 死亡人数 |\n|---|---|\n| 特别重大 | 30人以上 | 额外 | 又一格 |\n' \
  "$header" >"$work/extra-cell/a.plan"
# An empty file (the token source threw on an empty token list).
mkdir "$work/empty" && : >"$work/empty/a.plan"
# A directory that contains itself through a symbolic link (endless walk).
mkdir "$work/dir-loop" && cp "$work/extra-cell/a.plan" "$work/dir-loop/a.plan" &&
  ln -s ../dir-loop "$work/dir-loop/loop"
# Spans and numbers that overflow int.
mkdir "$work/huge-span"
printf '%s\n## 附件99999999999\n| a {行=99999999999} |\n|---|\n| b {列=4294967297} |\n' \
  "$header" >"$work/huge-span/a.plan"
# Thirty thousand nested blocks (stack exhaustion in the recursive builder).
mkdir "$work/deep"
{ printf '%s\n' "$header"; i=0; while [ $i -lt 30000 ]; do echo '::: 响应'; i=$((i + 1)); done
  i=0; while [ $i -lt 30000 ]; do echo ':::'; i=$((i + 1)); done; } >"$work/deep/a.plan"
# Two files that are symbolic links to each other.
mkdir "$work/file-loop" && ln -s b.plan "$work/file-loop/a.plan" && ln -s a.plan "$work/file-loop/b.plan"
# A comment that never closes.
mkdir "$work/open-comment"
printf '%s\n<!-- 未闭合的注释\n## 1 总则\n' "$header" >"$work/open-comment/a.plan"
# A directory named like a plan.
mkdir -p "$work/dir-as-plan/x.plan"

run() {  # run CASE COMMAND ARGS...
  name=$1
  shift
  "$planc" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
  got=$?
  if [ "$got" -gt 2 ] || grep -q -e 'runtime error' -e 'AddressSanitizer' -e 'LeakSanitizer' "$work/stderr"; then
    echo "FAIL $name: planc $* ended with status $got:" >&2
    head -20 "$work/stderr" >&2
    fail=1
  fi
}
says() {  # says CASE PATTERN: the last run's stderr or stdout holds PATTERN
  if ! grep -q -- "$2" "$work/stderr" "$work/stdout"; then
    echo "FAIL $1: no “$2” in the output:" >&2
    head -20 "$work/stderr" "$work/stdout" >&2
    fail=1
  fi
}

for c in extra-cell empty dir-loop huge-span deep file-loop open-comment dir-as-plan; do
  dir=$work/$c
  run "$c" check "$dir"
  run "$c" check --format sarif "$dir"
  run "$c" ir "$dir"
  run "$c" ir --format xml "$dir"
  run "$c" render "$dir"
  run "$c" deadlines "$dir" --as-of 2026-12-01
  run "$c" respond "$dir" --hazard 洪涝 --fact 死亡人数=40
  run "$c" manual "$dir" --all -o "$work/manual-$c"
done

run empty check "$work/empty"; says empty "a.plan.*文件是空的"
run huge-span check "$work/huge-span"; says huge-span "a.plan:[0-9]*:[0-9]*.*跨度"
run deep check "$work/deep"; says deep "a.plan:[0-9]*:[0-9]*.*层"
run open-comment check "$work/open-comment"; says open-comment "a.plan:6:1.*注释"
run dir-loop check "$work/dir-loop"; says dir-loop "dir-loop/a.plan:9:1"
run file-loop check "$work/file-loop"; says file-loop "a.plan"
run dir-as-plan check "$work/dir-as-plan"; says dir-as-plan "没有 .plan 文件"

# Plans that name themselves as superior, superiors in a circle, two plans of one title.
mkdir "$work/links"
printf -- '---\n预案：甲县预案\n上位：乙县预案\n---\n# 甲县预案\n' >"$work/links/a.plan"
printf -- '---\n预案：乙县预案\n上位：甲县预案\n---\n# 乙县预案\n' >"$work/links/b.plan"
printf -- '---\n预案：丙县预案\n上位：丙县预案\n---\n# 丙县预案\n' >"$work/links/c.plan"
printf -- '---\n预案：丙县预案\n---\n# 丙县预案\n' >"$work/links/d.plan"
run links check "$work/links"
says links "a.plan:3:4: error: 上位预案循环：《甲县预案》→ 《乙县预案》→ 《甲县预案》"
says links "c.plan:3:4: error: 上位预案写的是本预案自身"
says links "d.plan:2:4: error: 两个预案的标题相同"

# A file in another encoding, or a document that is not text: what it is, and how to
# convert it, never its bytes.
mkdir "$work/encodings"
printf -- '---\n预案：某县预案\n---\n# 某县预案\n本预案适用于全县。\n' | iconv -f UTF-8 -t GB18030 >"$work/encodings/gbk.plan"
printf 'PK\003\004\024\000\006\000\010\000\377\376\375word/document.xml' >"$work/encodings/docx.plan"
run encodings check "$work/encodings"
says encodings "gbk.plan:2:[0-9]*: error: .*GB18030"
says encodings "docx.plan:1:[0-9]*: error: .*zip 压缩包"
says encodings "此行含非 UTF-8 字节"

# Many findings of one rule in one file: the terminal shows 20 and counts the rest; JSON
# carries every one.
mkdir "$work/many"
{ printf '%s\n## 1 总则\n\n' "$header"; i=0; while [ $i -lt 100 ]; do echo "第 $i 段（未闭合"; echo; i=$((i + 1)); done; } \
  >"$work/many/a.plan"
run many check "$work/many"
says many "另有 80 处 \[text-bracket\] 未显示"
[ "$(grep -c '\[text-bracket\]$' "$work/stdout")" -eq 20 ] || { echo "FAIL many: not 20 shown" >&2; fail=1; }
"$planc" check --format json "$work/many" >"$work/stdout" 2>/dev/null
[ "$(grep -c '"rule": "text-bracket"' "$work/stdout")" -eq 100 ] || { echo "FAIL many: JSON lacks findings" >&2; fail=1; }
"$planc" check --max-per-rule 0 "$work/many" >"$work/stdout" 2>/dev/null
[ "$(grep -c '\[text-bracket\]$' "$work/stdout")" -eq 100 ] || { echo "FAIL many: --max-per-rule 0" >&2; fail=1; }

# Sizes that once cost quadratic time: 30,000 sibling headings (the section of every
# finding was found by a scan), a line of 100,000 unclosed brackets (each column counted
# from the line start), a table row of 20,000 cells. They must end, and the terminal
# excerpt of a finding on a long line shows a window of it, not the whole line.
mkdir "$work/headings" "$work/brackets" "$work/wide-row"
{ printf '%s\n' "$header"; i=0; while [ $i -lt 30000 ]; do printf '## 1 标题\n\n'; i=$((i + 1)); done; } \
  >"$work/headings/a.plan"
{ printf '%s\n## 1 总则\n\n' "$header"; python3 -c "print('（' * 100000)"; } >"$work/brackets/a.plan"
{
  printf '%s\n## 3 分级 {分级 洪涝灾害}\n\n' "$header"
  python3 -c "
for cell in ('等级', '---', '1人'):
    print('|' + '|'.join([cell] * 20000) + '|')"
} >"$work/wide-row/a.plan"
for c in headings brackets wide-row; do
  run "$c" check "$work/$c"
  run "$c" ir "$work/$c"
done
run brackets check "$work/brackets"; says brackets "另有 99980 处 \[text-bracket\] 未显示"
[ "$(wc -c <"$work/stdout")" -lt 20000 ] || { echo "FAIL brackets: excerpts echo the whole line" >&2; fail=1; }

# A long sentence planc cannot read is quoted in the message up to 80 characters.
mkdir "$work/long-unread"
{
  printf '%s\n## 3 分级 {分级 洪涝灾害}\n\n洪涝灾害分为特别重大、重大、较大、一般四级。\n\n::: 标准 洪涝灾害 特别重大\n' "$header"
  python3 -c "print('堤防' + '决口' * 3000 + '长度达到200延米以上。')"
  printf ':::\n'
} >"$work/long-unread/a.plan"
run long-unread check --format json "$work/long-unread"
says long-unread '…”未读入'
[ "$(wc -c <"$work/stdout")" -lt 20000 ] || { echo "FAIL long-unread: the message quotes the whole sentence" >&2; fail=1; }

# Escape sequences in a plan are not passed to the terminal.
mkdir "$work/escape"
printf '%s\n## 1 总则 {依据}\n\n依据《\033[2J\033[31m某法》。\n' "$header" >"$work/escape/a.plan"
"$planc" check --color never "$work/escape" >"$work/stdout" 2>&1
if grep -q "$(printf '\033')" "$work/stdout"; then
  echo "FAIL escape: planc echoed an escape sequence from the plan" >&2
  fail=1
fi
# A full disk on standard output is an error, not a success.
if [ -w /dev/full ]; then
  "$planc" render "$work/extra-cell/a.plan" >/dev/full 2>"$work/stderr"
  [ $? -eq 2 ] && grep -q "无法写入标准输出" "$work/stderr" || { echo "FAIL full: render to /dev/full" >&2; fail=1; }
  "$planc" check "$work/extra-cell" >/dev/full 2>"$work/stderr"
  [ $? -eq 2 ] || { echo "FAIL full: check to /dev/full" >&2; fail=1; }
fi

[ $fail -eq 0 ] && echo "robustness: all cases ended cleanly"
exit $fail
