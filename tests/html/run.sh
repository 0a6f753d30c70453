#!/bin/sh
# Writes every Jiyang manual as HTML, then loads the index and one manual in headless
# Chromium (and, one level deep, every page they link to): no console errors, no broken
# links, no external resources.
set -eu
planc=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$planc" manual plans/ --all --as-of 2026-11-28 --format html -o "$out"
/usr/bin/python3 tests/html/check.py "$out/index.html" "$out/023-区气象局.html"

# The check itself can fail: a page with a console error and a broken link.
cat > "$out/bad.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head>
<body><script>console.error("planc-test");</script><a href="index.html#no-such-id">x</a>
<a href="missing.html">y</a></body></html>
HTML
if /usr/bin/python3 tests/html/check.py "$out/bad.html" >"$out/bad.txt" 2>&1; then
  echo "check.py passed a page with a console error and broken links" >&2
  exit 1
fi
grep -q "console" "$out/bad.txt" && grep -q "no id no-such-id" "$out/bad.txt" && grep -q "no file" "$out/bad.txt" || {
  cat "$out/bad.txt" >&2
  exit 1
}
