#!/bin/sh
# Shows a .docx as a person would see it printed: converts it to PDF with LibreOffice,
# renders the PDF's pages to PNG, and lists the fonts the PDF embeds (so one can see which
# fonts stood in for 方正小标宋简体, 仿宋_GB2312, 黑体 and 楷体_GB2312).
#
# For a person to look at, not for CI. Needs Debian's libreoffice-writer-nogui (or
# libreoffice-writer), poppler-utils (pdftoppm, pdffonts), unzip, and fonts-noto-cjk (the
# CJK stand-ins the documents name as w:altName):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils unzip fonts-noto-cjk
#
# LibreOffice does not read w:altName, and fontconfig sends a font name it does not know
# (仿宋_GB2312) to DejaVu Sans, which has no Chinese, so LibreOffice falls back glyph by
# glyph to whatever CJK font it finds first (Noto Sans CJK JP). The conversion therefore
# runs under a private fontconfig file that aliases each font of the document's font
# table to its w:altName, as Word and WPS would substitute it.
#
# Usage: docs/docx-to-pdf.sh FILE.docx [OUTDIR] [DPI]
#   writes OUTDIR/FILE.pdf and OUTDIR/FILE-N.png (OUTDIR defaults to the .docx's folder,
#   DPI to 72, at which one PNG pixel is one point).
set -eu

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  echo "usage: $0 FILE.docx [OUTDIR] [DPI]" >&2
  exit 2
fi
docx=$1
[ -f "$docx" ] || { echo "$0: no such file: $docx" >&2; exit 2; }
outdir=${2:-$(dirname "$docx")}
dpi=${3:-72}
for tool in libreoffice pdftoppm pdffonts unzip fc-match; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (see the header of this script)" >&2; exit 2; }
done
mkdir -p "$outdir"

# A private LibreOffice profile: no first-start wizard, no lock shared with a running
# LibreOffice or with another conversion in parallel.
profile=$(mktemp -d "${TMPDIR:-/tmp}/docx-to-pdf.XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM

# fontTable.xml, one tag a line: w:font w:name="仿宋_GB2312"> then w:altName w:val="…"/>.
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
  echo '<fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  unzip -p "$docx" word/fontTable.xml | tr '<' '\n' | awk -F'"' '
    /^w:font / { name = $2 }
    /^w:altName / && name != "" {
      printf "  <alias binding=\"same\"><family>%s</family><prefer><family>%s</family></prefer></alias>\n", name, $2
    }'
  echo '</fontconfig>'
} >"$profile/fonts.conf"
FONTCONFIG_FILE=$profile/fonts.conf
export FONTCONFIG_FILE
echo "font substitutions (fontconfig):"
unzip -p "$docx" word/fontTable.xml | tr '<' '\n' | awk -F'"' '/^w:font / { print $2 }' | while read -r font; do
  printf '  %s -> %s\n' "$font" "$(fc-match -f '%{family[0]} %{style[0]}' "$font")"
done

libreoffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$docx" >"$profile/convert.log" 2>&1 || {
  cat "$profile/convert.log" >&2
  exit 1
}

name=$(basename "$docx" .docx)
pdf=$outdir/$name.pdf
[ -f "$pdf" ] || { cat "$profile/convert.log" >&2; echo "$0: LibreOffice wrote no PDF" >&2; exit 1; }
rm -f "$outdir/$name"-*.png
pdftoppm -r "$dpi" -png "$pdf" "$outdir/$name"

echo "$pdf"
ls "$outdir/$name"-*.png
echo "fonts embedded in $pdf:"
pdffonts "$pdf"
