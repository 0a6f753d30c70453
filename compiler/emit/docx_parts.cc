// The fixed parts of a .docx package: styles, settings, fonts, footers, relationships.
//
// Layout follows GB/T 9704-2012《党政机关公文格式》: A4; 天头 37 mm, 订口 28 mm; a 版心 of
// 156 × 225 mm; 3号仿宋 body text, 22 lines of 28 characters; title 2号小标宋; page numbers
// "— N —" in 4号半角宋体, odd pages right and even pages left, one character in.
//
// The page, in twips (1/20 pt; 1 mm = 1440/25.4 = 56.693 twips): 210 × 297 mm = 11906 ×
// 16838; margins top 37 mm = 2097.6 → 2098, bottom 35 mm = 1984.3 → 1984, left 28 mm =
// 1587.4 → 1587, right 26 mm = 1474.0 → 1474; so the 版心 is 11906 − 1587 − 1474 = 8845
// wide (156.0 mm = 442.25 pt) and 16838 − 2098 − 1984 = 12756 high (225.0 mm).
//
// 22 lines: the grid's linePitch is 12756 / 22 = 579.8 → 579 twips (28.95 pt), rounded
// down so that 22 × 579 = 12738 ≤ 12756 and the 22nd line still fits. (The standard's
// 行 of "a character height plus 7/8 of it" would be 30 pt, and 22 of those would
// overflow the 版心 it says they fill; Word templates for 公文 use 28.95 pt too.) Body
// paragraphs also get an exact line height of 579, so editors that do not snap to the
// grid set 22 lines as well.
//
// 28 characters: 28 full 3号 characters (16 pt) take 448 pt, 5.75 pt more than the 442.25
// pt of the 版心, so the characters must close up a little.
//  - Word's character grid (docGrid type "linesAndChars") does it with charSpace: the
//    character pitch is the default font size (16 pt) plus charSpace/4096 pt, and
//    8845 / 28 = 315.89 twips = 15.7946 pt needs charSpace ≤ (15.7946 − 16) × 4096 =
//    −841.1, so −842 (with −841, 28 × 315.894 = 8845.03 > 8845 and Word sets 27).
//  - LibreOffice (7.4) gives every 16 pt character two cells of a grid narrower than 16
//    pt, so with that grid it sets 14 characters a line. The grid is therefore a line
//    grid (type "lines"), and the characters close up by run spacing instead: −5 twips
//    (−0.25 pt) gives 28 × 15.75 = 441 pt ≤ 442.25 pt, the least that fits 28 (−4 twips
//    gives 28 × 15.8 = 442.4 pt). LibreOffice then sets 28 (seen with
//    docs/docx-to-pdf.sh); by the same sums Word and WPS do too. charSpace −842 is still
//    written: it is what Word shows, and uses, if a person turns the character grid on.
#include "compiler/emit/docx_parts.h"

#include "compiler/emit/docx_xml.h"

namespace planc::emit::docx::parts {
namespace {

// The fonts GB/T 9704-2012 names, and the Latin font of digits and letters.
constexpr const char* kFangSong = "仿宋_GB2312";
constexpr const char* kXiaoBiaoSong = "方正小标宋简体";
constexpr const char* kHei = "黑体";
constexpr const char* kKai = "楷体_GB2312";
constexpr const char* kSong = "宋体";
constexpr const char* kLatin = "Times New Roman";

// Stand-ins a Debian machine has (fonts-noto-cjk), named as each font's w:altName. The
// Noto CJK families have no 仿宋 or 楷体; the serif family is the nearer of the two.
constexpr const char* kSerifCjk = "Noto Serif CJK SC";
constexpr const char* kSansCjk = "Noto Sans CJK SC";

constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr const char* kPackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kRelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

bool done(PartWriter& x, std::string& out, std::string& error) { return x.finish(out, error); }

void fonts(PartWriter& x, const char* east_asia) {
  x.leaf("w:rFonts", {{"w:ascii", kLatin}, {"w:eastAsia", east_asia}, {"w:hAnsi", kLatin}, {"w:cs", kLatin}});
}

void size(PartWriter& x, int half_points) {
  x.val("w:sz", std::to_string(half_points));
  x.val("w:szCs", std::to_string(half_points));
}

// Indentation: first line in characters (hundredths) with the twips of a 16 pt character
// for editors that ignore *Chars.
void first_line(PartWriter& x, int chars) {
  x.leaf("w:ind", {{"w:firstLineChars", std::to_string(chars * 100)}, {"w:firstLine", std::to_string(chars * 320)}});
}

struct StyleSpec {
  Kind kind;
  const char* name;  ///< Word's built-in names are shown localised (标题, 正文 …)
  const char* font;
  int half_points;
  bool bold;
  const char* jc;  ///< nullptr: the Normal style's (justified)
  int indent;      ///< first-line indent in characters; -1: the Normal style's
  int outline;     ///< outline level, -1 for none
  bool keep_next;
};

constexpr StyleSpec kStyles[] = {
    {Kind::Body, "Normal", kFangSong, 32, false, "both", 2, -1, false},
    {Kind::Title, "Title", kXiaoBiaoSong, 44, false, "center", 0, -1, true},
    {Kind::Subtitle, "Subtitle", kFangSong, 32, false, "center", 0, -1, true},
    {Kind::Heading1, "heading 1", kHei, 32, false, nullptr, -1, 0, true},
    {Kind::Heading2, "heading 2", kKai, 32, false, nullptr, -1, 1, true},
    {Kind::Heading3, "heading 3", kFangSong, 32, true, nullptr, -1, 2, true},
    {Kind::Plain, "正文无缩进", kFangSong, 32, false, nullptr, 0, -1, false},
    {Kind::Label, "附件标识", kHei, 32, false, "left", 0, -1, true},
    {Kind::Signature, "落款", kFangSong, 32, false, "right", 0, -1, false},
    {Kind::TableText, "表格文字", kFangSong, 28, false, nullptr, 0, -1, false},
};

void paragraph_style(PartWriter& x, const StyleSpec& s) {
  x.start("w:style").attr("w:type", "paragraph").attr("w:styleId", style_id(s.kind));
  if (s.kind == Kind::Body) x.attr("w:default", "1");
  x.val("w:name", s.name);
  if (s.kind != Kind::Body) x.val("w:basedOn", "Normal");
  if (s.kind != Kind::Body && s.kind != Kind::TableText) x.val("w:next", "Normal");
  x.leaf("w:qFormat");
  x.start("w:pPr");
  if (s.keep_next) x.leaf("w:keepNext");
  if (s.kind == Kind::Body) {
    x.val("w:widowControl", "0");
    // Punctuation may hang in the margin, as Word does by default. LibreOffice (7.4) reads
    // this element the other way round and then breaks before the mark instead: it loses
    // a hanging mark inside justified lines, so it had better not hang there.
    x.val("w:overflowPunct", "1");
  }
  // A 2号 line is set in one line of the grid at the exact 28.95 pt, as 公文 templates
  // set titles; LibreOffice would give a line taller than the grid two grid lines.
  if (s.kind == Kind::Title || s.kind == Kind::TableText) x.val("w:snapToGrid", "0");
  if (s.kind == Kind::TableText) {
    x.leaf("w:spacing", {{"w:line", "400"}, {"w:lineRule", "exact"}});
  }
  if (s.kind == Kind::Signature) {
    x.leaf("w:ind", {{"w:rightChars", "400"}, {"w:right", "1280"}, {"w:firstLineChars", "0"}, {"w:firstLine", "0"}});
  } else if (s.indent >= 0) {
    first_line(x, s.indent);
  }
  if (s.jc != nullptr) x.val("w:jc", s.jc);
  if (s.outline >= 0) x.val("w:outlineLvl", std::to_string(s.outline));
  x.end();
  x.start("w:rPr");
  fonts(x, s.font);
  if (s.bold) x.leaf("w:b").leaf("w:bCs");
  size(x, s.half_points);
  x.end();
  x.end();
}

void table_style(PartWriter& x) {
  x.start("w:style").attr("w:type", "table").attr("w:default", "1").attr("w:styleId", "TableNormal");
  x.val("w:name", "Normal Table");
  x.start("w:tblPr").start("w:tblCellMar");
  x.leaf("w:top", {{"w:w", "0"}, {"w:type", "dxa"}});
  x.leaf("w:left", {{"w:w", "108"}, {"w:type", "dxa"}});
  x.leaf("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}});
  x.leaf("w:right", {{"w:w", "108"}, {"w:type", "dxa"}});
  x.end().end().end();
}

void character_styles(PartWriter& x) {
  x.start("w:style").attr("w:type", "character").attr("w:default", "1").attr("w:styleId", "DefaultParagraphFont");
  x.val("w:name", "Default Paragraph Font").end();
  x.start("w:style").attr("w:type", "character").attr("w:styleId", "Hyperlink");
  x.val("w:name", "Hyperlink").val("w:basedOn", "DefaultParagraphFont");
  x.start("w:rPr").val("w:color", "0563C1").val("w:u", "single").end();
  x.end();
}

void footer_style(PartWriter& x) {
  x.start("w:style").attr("w:type", "paragraph").attr("w:styleId", "Footer");
  x.val("w:name", "footer").val("w:basedOn", "Normal");
  x.start("w:pPr");
  x.val("w:snapToGrid", "0");
  x.leaf("w:spacing", {{"w:line", "240"}, {"w:lineRule", "auto"}});
  first_line(x, 0);
  x.end();
  x.start("w:rPr");
  x.leaf("w:rFonts", {{"w:ascii", kSong}, {"w:eastAsia", kSong}, {"w:hAnsi", kSong}, {"w:cs", kSong}});
  size(x, 28);  // 4号
  x.end();
  x.end();
}

void font(PartWriter& x, const char* name, const char* alt, const char* family, const char* pitch,
          const char* charset) {
  x.start("w:font").attr("w:name", name);
  if (alt != nullptr) x.val("w:altName", alt);
  x.val("w:charset", charset).val("w:family", family).val("w:pitch", pitch);
  x.end();
}

}  // namespace

const char* style_id(Kind kind) {
  switch (kind) {
    case Kind::Title: return "Title";
    case Kind::Subtitle: return "Subtitle";
    case Kind::Heading1: return "Heading1";
    case Kind::Heading2: return "Heading2";
    case Kind::Heading3: return "Heading3";
    case Kind::Body: return "Normal";
    case Kind::Plain: return "Plain";
    case Kind::Label: return "Label";
    case Kind::Signature: return "Signature";
    case Kind::TableText: return "TableText";
    case Kind::PageBreak: return "Normal";
  }
  return "Normal";
}

bool content_types(bool footers, std::string& out, std::string& error) {
  PartWriter x;
  x.start("Types").attr("xmlns", kContentTypes);
  x.leaf("Default",
         {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  x.leaf("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  auto part = [&](const char* name, const std::string& type) {
    x.leaf("Override", {{"PartName", name}, {"ContentType", type}});
  };
  part("/word/document.xml", wml + "document.main+xml");
  part("/word/styles.xml", wml + "styles+xml");
  part("/word/settings.xml", wml + "settings+xml");
  part("/word/fontTable.xml", wml + "fontTable+xml");
  if (footers) {
    part("/word/footer1.xml", wml + "footer+xml");
    part("/word/footer2.xml", wml + "footer+xml");
  }
  part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  x.end();
  return done(x, out, error);
}

bool package_rels(std::string& out, std::string& error) {
  PartWriter x;
  x.start("Relationships").attr("xmlns", kPackageRels);
  x.leaf("Relationship",
         {{"Id", "rId1"}, {"Type", std::string(kRelBase) + "officeDocument"}, {"Target", "word/document.xml"}});
  x.leaf("Relationship",
         {{"Id", "rId2"},
          {"Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"},
          {"Target", "docProps/core.xml"}});
  x.leaf("Relationship",
         {{"Id", "rId3"}, {"Type", std::string(kRelBase) + "extended-properties"}, {"Target", "docProps/app.xml"}});
  x.end();
  return done(x, out, error);
}

bool document_rels(bool footers, const std::vector<Link>& links, std::string& out, std::string& error) {
  PartWriter x;
  x.start("Relationships").attr("xmlns", kPackageRels);
  auto rel = [&](const char* id, const char* type, const char* target) {
    x.leaf("Relationship", {{"Id", id}, {"Type", std::string(kRelBase) + type}, {"Target", target}});
  };
  rel("rIdStyles", "styles", "styles.xml");
  rel("rIdSettings", "settings", "settings.xml");
  rel("rIdFontTable", "fontTable", "fontTable.xml");
  if (footers) {
    rel(kOddFooterId, "footer", "footer1.xml");
    rel(kEvenFooterId, "footer", "footer2.xml");
  }
  for (const Link& link : links) {
    x.leaf("Relationship", {{"Id", link.id},
                            {"Type", std::string(kRelBase) + "hyperlink"},
                            {"Target", link.target},
                            {"TargetMode", "External"}});
  }
  x.end();
  return done(x, out, error);
}

bool styles(std::string& out, std::string& error) {
  PartWriter x;
  x.start("w:styles").attr("xmlns:w", kW);
  x.start("w:docDefaults");
  x.start("w:rPrDefault").start("w:rPr");
  fonts(x, kFangSong);
  x.val("w:spacing", std::to_string(Page::kCharSpacing));  // 28 characters a line: see above
  x.val("w:kern", "2");
  size(x, 32);  // 3号
  x.leaf("w:lang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}, {"w:bidi", "ar-SA"}});
  x.end().end();
  x.start("w:pPrDefault").start("w:pPr");
  x.leaf("w:spacing", {{"w:line", std::to_string(Page::kLinePitch)}, {"w:lineRule", "exact"}});
  x.val("w:jc", "both");
  x.end().end();
  x.end();
  for (const StyleSpec& spec : kStyles) paragraph_style(x, spec);
  footer_style(x);
  character_styles(x);
  table_style(x);
  x.end();
  return done(x, out, error);
}

bool settings(bool footers, std::string& out, std::string& error) {
  PartWriter x;
  x.start("w:settings").attr("xmlns:w", kW);
  x.leaf("w:zoom", {{"w:percent", "100"}});
  // 公文 are printed on both sides: the 订口 (28 mm) is the inner margin of every page.
  x.leaf("w:mirrorMargins");
  x.val("w:defaultTabStop", "420");
  if (footers) x.leaf("w:evenAndOddHeaders");
  x.val("w:characterSpacingControl", "doNotCompress");
  x.start("w:compat");
  x.leaf("w:compatSetting",
         {{"w:name", "compatibilityMode"}, {"w:uri", "http://schemas.microsoft.com/office/word"}, {"w:val", "15"}});
  x.end();
  x.leaf("w:themeFontLang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}});
  x.val("w:decimalSymbol", ".");
  x.val("w:listSeparator", ",");
  x.end();
  return done(x, out, error);
}

bool font_table(std::string& out, std::string& error) {
  PartWriter x;
  x.start("w:fonts").attr("xmlns:w", kW);
  font(x, kLatin, nullptr, "roman", "variable", "00");
  font(x, kFangSong, kSerifCjk, "modern", "fixed", "86");
  font(x, kXiaoBiaoSong, kSerifCjk, "modern", "fixed", "86");
  font(x, kHei, kSansCjk, "modern", "fixed", "86");
  font(x, kKai, kSerifCjk, "modern", "fixed", "86");
  font(x, kSong, kSerifCjk, "auto", "variable", "86");
  x.end();
  return done(x, out, error);
}

bool footer(bool even, std::string& out, std::string& error) {
  PartWriter x;
  x.start("w:ftr").attr("xmlns:w", kW).attr("xmlns:r", kR);
  x.start("w:p").start("w:pPr").val("w:pStyle", "Footer");
  // 单页码居右空一字，双页码居左空一字: one 4号 character is 14 pt = 280 twips.
  if (even) {
    x.leaf("w:ind", {{"w:left", "280"}, {"w:firstLine", "0"}});
    x.val("w:jc", "left");
  } else {
    x.leaf("w:ind", {{"w:right", "280"}, {"w:firstLine", "0"}});
    x.val("w:jc", "right");
  }
  x.end();
  // The dashes are 一字线 (U+2014): the eastAsia hint sets them full width.
  auto text_run = [&](const char* text) {
    x.start("w:r").start("w:rPr").leaf("w:rFonts", {{"w:hint", "eastAsia"}}).end();
    x.start("w:t").attr("xml:space", "preserve").text(text).end();
    x.end();
  };
  auto field_char = [&](const char* type) { x.start("w:r").leaf("w:fldChar", {{"w:fldCharType", type}}).end(); };
  text_run("— ");
  field_char("begin");
  x.start("w:r").start("w:instrText").attr("xml:space", "preserve").text(" PAGE ").end().end();
  field_char("separate");
  x.start("w:r").start("w:t").text("1").end().end();
  field_char("end");
  text_run(" —");
  x.end();
  x.end();
  return done(x, out, error);
}

bool core_properties(const Document& document, std::string& out, std::string& error) {
  PartWriter x;
  x.start("cp:coreProperties")
      .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
      .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  auto element = [&](const char* name, const std::string& value) {
    if (!value.empty()) x.start(name).text(value).end();
  };
  element("dc:title", document.title);
  element("dc:subject", document.subject);
  element("dc:creator", document.creator);
  x.start("dc:language").text("zh-CN").end();
  if (!document.date.empty()) {
    for (const char* name : {"dcterms:created", "dcterms:modified"}) {
      x.start(name).attr("xsi:type", "dcterms:W3CDTF").text(document.date + "T00:00:00Z").end();
    }
  }
  x.end();
  return done(x, out, error);
}

bool app_properties(std::string& out, std::string& error) {
  PartWriter x;
  x.start("Properties").attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  x.start("Application").text("planc").end();
  x.end();
  return done(x, out, error);
}

}  // namespace planc::emit::docx::parts
