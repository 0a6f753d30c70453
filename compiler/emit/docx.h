// A small document model and its DOCX writer, laid out as GB/T 9704-2012 lays out 公文.
//
// The model knows paragraphs of a few kinds (title, headings, body, signature …) and
// tables; the writer turns them into WordprocessingML whose styles carry the standard's
// fonts and sizes, on an A4 page with the standard's margins, 22 lines of 28 characters.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace planc::emit::docx {

/// What a paragraph is; each kind is a named style in styles.xml.
enum class Kind {
  Title,      ///< 公文标题: 2号方正小标宋简体, centred (style "Title", 标题)
  Subtitle,   ///< a centred line: 文号, 副标题, 发文机关 (3号仿宋, style "Subtitle")
  Heading1,   ///< 一级标题: 3号黑体, indented two characters ("heading 1")
  Heading2,   ///< 二级标题: 3号楷体_GB2312 ("heading 2")
  Heading3,   ///< 三级标题: 3号仿宋_GB2312 bold ("heading 3")
  Body,       ///< 正文: 3号仿宋_GB2312, first line indented two characters, justified ("Normal")
  Plain,      ///< no indent, justified: 主送机关, notes, blank lines (正文无缩进)
  Label,      ///< 附件标识 "附件1": 3号黑体 at the left margin (附件标识)
  Signature,  ///< right-aligned, four characters from the right: 发文机关署名, 成文日期 (落款)
  TableText,  ///< text in a table cell: 4号仿宋 or smaller, no indent (表格文字)
  PageBreak,  ///< not text: the next block starts on a new page
};

/// A stretch of text. A link is "#name" for a bookmark of this document, otherwise a URL
/// or a relative path (a fragment allowed: "general.docx#L120").
struct Run {
  std::string text;  ///< '\n' is a line break inside the paragraph
  bool bold = false;
  std::string link;
};

enum class Align { Default, Left, Centre, Right, Justify };

struct Paragraph {
  Kind kind = Kind::Body;
  std::vector<Run> runs;
  /// Bookmarks (anchors) set on this paragraph: a letter first, then letters, digits or
  /// '_', at most 40 characters, each name used once in a document.
  std::vector<std::string> bookmarks;
  Align align = Align::Default;  ///< overrides the style's alignment
};

struct Cell {
  std::vector<Paragraph> paragraphs;  ///< Kind::TableText paragraphs; none is an empty cell
  int row_span = 1;
  int col_span = 1;
  bool centred = true;  ///< vertically and horizontally; otherwise top and justified
};

/// A row holds the cells that start in it; a cell covered by a row span from above is
/// not repeated (as in HTML).
struct Row {
  std::vector<Cell> cells;
  bool header = false;  ///< header rows come first and repeat on every page the table spans
};

struct Table {
  std::vector<Row> rows;
  int columns = 0;            ///< grid columns; 0: the widest row decides
  std::vector<int> widths;    ///< relative column widths; empty: equal
  int font_half_points = 28;  ///< 28 = 4号 (14 pt); 24 = 小四
  bool borders = true;        ///< single 0.5 pt lines around and between the cells
  bool header_bold = true;    ///< header cells in bold
};

using Block = std::variant<Paragraph, Table>;

struct Document {
  std::string title;         ///< docProps/core.xml dc:title
  std::string subject;       ///< dc:subject
  std::string creator;       ///< dc:creator (the issuing or drafting unit)
  std::string date;          ///< YYYY-MM-DD for dcterms:created/modified; empty: none (output stays reproducible)
  bool page_numbers = true;  ///< "— N —" footers, odd pages right and even pages left
  std::vector<Block> blocks;
};

/// A paragraph of one run.
Paragraph paragraph(Kind kind, std::string text, std::string bookmark = {});
/// An empty paragraph: one blank line of the grid (公文 leave blank lines, not spacing).
Paragraph blank();
/// A cell of one Kind::TableText paragraph.
Cell cell(std::string text, int row_span = 1, int col_span = 1);
/// True when name can be a bookmark name (see Paragraph::bookmarks).
bool valid_bookmark(const std::string& name);

/// Page geometry in twips (1/1440 inch), from the millimetres of GB/T 9704-2012.
struct Page {
  static constexpr int kWidth = 11906;                          ///< 210 mm (A4)
  static constexpr int kHeight = 16838;                         ///< 297 mm
  static constexpr int kTop = 2098;                             ///< 天头 37 mm
  static constexpr int kBottom = 1984;                          ///< 35 mm: 297 − 37 − 225 (版心 height)
  static constexpr int kLeft = 1587;                            ///< 订口 28 mm
  static constexpr int kRight = 1474;                           ///< 26 mm: 210 − 28 − 156 (版心 width)
  static constexpr int kTextWidth = kWidth - kLeft - kRight;    ///< 8845 ≈ 156 mm
  static constexpr int kTextHeight = kHeight - kTop - kBottom;  ///< 12756 ≈ 225 mm
  static constexpr int kLinePitch = 579;                        ///< docGrid linePitch: 22 lines (see docx_parts.cc)
  static constexpr int kCharSpace = -842;  ///< docGrid charSpace: 28 characters of 3号 on Word's character grid
  static constexpr int kCharSpacing = -5;  ///< run spacing in twips: 28 characters of 3号 without that grid
  static constexpr int kFooter = 1420;     ///< page bottom to footer: the 一字线 7 mm under the 版心
};

/// Builds the .docx package in memory. Returns false and sets error when the model is
/// not writable (a bad or repeated bookmark, a link to a missing bookmark) or a library
/// call fails.
bool build(const Document& document, std::string& bytes, std::string& error);

/// Writes the .docx to path atomically: a temporary file in the same directory, renamed
/// over path once complete, so a failure never leaves a partial file. Returns false and
/// sets error on failure.
bool write(const Document& document, const std::string& path, std::string& error);

}  // namespace planc::emit::docx
