// A small document model and its DOCX writer, laid out as GB/T 9704-2012 lays out 公文.
#include "compiler/emit/docx.h"

#include <algorithm>
#include <map>
#include <set>

#include "compiler/emit/docx_parts.h"
#include "compiler/emit/docx_xml.h"

namespace planc::emit::docx {
namespace {

bool internal(const std::string& link) { return !link.empty() && link[0] == '#'; }

template <typename F>
void for_each_paragraph(const Document& document, F&& f) {
  for (const Block& block : document.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      f(*p);
      continue;
    }
    for (const Row& row : std::get<Table>(block).rows) {
      for (const Cell& cell : row.cells) {
        for (const Paragraph& p : cell.paragraphs) f(p);
      }
    }
  }
}

// Bookmarks must be valid and unique, internal links must find theirs; external link
// targets get relationship ids in order of first use.
bool check_links(const Document& document, std::vector<parts::Link>& links, std::string& out_error) {
  std::string error;
  std::set<std::string> bookmarks;
  for_each_paragraph(document, [&](const Paragraph& p) {
    for (const std::string& name : p.bookmarks) {
      if (!error.empty()) return;
      if (!valid_bookmark(name)) {
        error = "书签名“" + name + "”无效：应以字母开头，只含字母、数字和下划线，至多 40 个字符";
      } else if (!bookmarks.insert(name).second) {
        error = "书签名“" + name + "”重复";
      }
    }
  });
  if (!error.empty()) {
    out_error = error;
    return false;
  }
  std::map<std::string, bool> seen;
  for_each_paragraph(document, [&](const Paragraph& p) {
    for (const Run& run : p.runs) {
      if (!error.empty() || run.link.empty()) continue;
      if (internal(run.link)) {
        if (bookmarks.count(run.link.substr(1)) == 0) error = "链接“" + run.link + "”指向不存在的书签";
      } else if (seen.emplace(run.link, true).second) {
        links.push_back({"rIdLink" + std::to_string(links.size() + 1), run.link});
      }
    }
  });
  if (!error.empty()) out_error = error;
  return error.empty();
}

// How the paragraphs of one table cell are set.
struct CellFormat {
  int half_points = 28;
  bool bold = false;
  const char* jc = "center";
};

const char* jc_of(Align align) {
  switch (align) {
    case Align::Left: return "left";
    case Align::Centre: return "center";
    case Align::Right: return "right";
    case Align::Justify: return "both";
    case Align::Default: return nullptr;
  }
  return nullptr;
}

// Where each cell of a table sits on the grid, laid out as HTML lays out rows: a cell
// takes the next column that no row span from above covers.
struct Slot {
  const Cell* cell = nullptr;
  int row = 0;     ///< the cell's top row
  int column = 0;  ///< the cell's first column
  int rows = 1;    ///< spans, clamped to the table
  int columns = 1;
};

std::vector<std::vector<Slot>> lay_out(const Table& table, int& columns) {
  const int row_count = static_cast<int>(table.rows.size());
  std::vector<std::vector<Slot>> grid(row_count);
  auto at = [&](int r, int c) -> Slot& {
    if (static_cast<int>(grid[r].size()) <= c) grid[r].resize(c + 1);
    return grid[r][c];
  };
  for (int r = 0; r < row_count; ++r) {
    int c = 0;
    for (const Cell& cell : table.rows[r].cells) {
      while (c < static_cast<int>(grid[r].size()) && grid[r][c].cell != nullptr) ++c;
      Slot slot{&cell, r, c, std::clamp(cell.row_span, 1, row_count - r), std::max(cell.col_span, 1)};
      for (int dr = 0; dr < slot.rows; ++dr) {
        for (int dc = 0; dc < slot.columns; ++dc) at(r + dr, c + dc) = slot;
      }
      c += slot.columns;
    }
  }
  columns = std::max(table.columns, 1);
  for (const auto& row : grid) columns = std::max(columns, static_cast<int>(row.size()));
  for (auto& row : grid) row.resize(columns);
  return grid;
}

// Column widths in twips: the relative widths scaled to the text width.
std::vector<int> column_widths(const Table& table, int columns) {
  std::vector<int> weights(columns, 1);
  if (static_cast<int>(table.widths.size()) == columns) {
    for (int c = 0; c < columns; ++c) weights[c] = std::max(table.widths[c], 1);
  }
  long total = 0;
  for (int w : weights) total += w;
  std::vector<int> widths(columns);
  int used = 0;
  for (int c = 0; c < columns; ++c) {
    widths[c] = static_cast<int>(static_cast<long>(Page::kTextWidth) * weights[c] / total);
    used += widths[c];
  }
  widths[columns - 1] += Page::kTextWidth - used;
  return widths;
}

class BodyWriter {
 public:
  BodyWriter(PartWriter& x, const std::vector<parts::Link>& links) : x_(x) {
    for (const parts::Link& link : links) link_ids_[link.target] = link.id;
  }

  void blocks(const std::vector<Block>& blocks) {
    bool page_break = false;
    for (const Block& block : blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        if (p->kind == Kind::PageBreak) {
          page_break = true;
          continue;
        }
        paragraph(*p, page_break, nullptr);
      } else {
        // A table cannot break a page before itself: an empty paragraph does.
        if (page_break) paragraph(blank(), true, nullptr);
        table(std::get<Table>(block));
      }
      page_break = false;
    }
  }

 private:
  void paragraph(const Paragraph& p, bool page_break, const CellFormat* cell) {
    x_.start("w:p").start("w:pPr");
    x_.val("w:pStyle", parts::style_id(p.kind));
    if (page_break) x_.leaf("w:pageBreakBefore");
    if (cell != nullptr && cell->half_points != 28) {
      // Cell lines at about 1.43 times the font size, off the page grid (as TableText).
      x_.leaf("w:spacing", {{"w:line", std::to_string(cell->half_points * 100 / 7)}, {"w:lineRule", "exact"}});
    }
    const char* jc = jc_of(p.align);
    if (jc == nullptr && cell != nullptr) jc = cell->jc;
    if (jc != nullptr) x_.val("w:jc", jc);
    x_.end();
    std::vector<int> ids;
    for (const std::string& name : p.bookmarks) {
      ids.push_back(next_bookmark_++);
      x_.leaf("w:bookmarkStart", {{"w:id", std::to_string(ids.back())}, {"w:name", name}});
    }
    for (const Run& r : p.runs) {
      run(r, cell != nullptr && cell->bold, cell != nullptr && cell->half_points != 28 ? cell->half_points : 0);
    }
    for (int id : ids) x_.leaf("w:bookmarkEnd", {{"w:id", std::to_string(id)}});
    x_.end();
  }

  void run(const Run& r, bool bold, int half_points) {
    if (!r.link.empty()) {
      x_.start("w:hyperlink");
      if (internal(r.link)) {
        x_.attr("w:anchor", r.link.substr(1));
      } else {
        x_.attr("r:id", link_ids_.at(r.link));
      }
      x_.attr("w:history", "1");
    }
    x_.start("w:r").start("w:rPr");
    if (!r.link.empty()) x_.val("w:rStyle", "Hyperlink");
    // Quotation marks, dashes and ellipses take the East Asian font, as Chinese text needs.
    x_.leaf("w:rFonts", {{"w:hint", "eastAsia"}});
    if (bold || r.bold) x_.leaf("w:b").leaf("w:bCs");
    if (half_points > 0) x_.val("w:sz", std::to_string(half_points)).val("w:szCs", std::to_string(half_points));
    x_.end();
    size_t begin = 0;
    const std::string& s = r.text;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (i < s.size() && s[i] != '\n' && s[i] != '\t') continue;
      if (i > begin)
        x_.start("w:t").attr("xml:space", "preserve").text(std::string_view(s).substr(begin, i - begin)).end();
      if (i < s.size()) x_.leaf(s[i] == '\n' ? "w:br" : "w:tab");
      begin = i + 1;
    }
    x_.end();
    if (!r.link.empty()) x_.end();
  }

  void table(const Table& t) {
    int columns = 0;
    std::vector<std::vector<Slot>> grid = lay_out(t, columns);
    std::vector<int> widths = column_widths(t, columns);
    x_.start("w:tbl").start("w:tblPr");
    x_.leaf("w:tblW", {{"w:w", std::to_string(Page::kTextWidth)}, {"w:type", "dxa"}});
    x_.val("w:jc", "center");
    if (t.borders) {
      x_.start("w:tblBorders");
      for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        x_.leaf(side, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "000000"}});
      }
      x_.end();
    }
    x_.leaf("w:tblLayout", {{"w:type", "fixed"}});
    x_.start("w:tblCellMar");
    x_.leaf("w:top", {{"w:w", "28"}, {"w:type", "dxa"}});
    x_.leaf("w:left", {{"w:w", "85"}, {"w:type", "dxa"}});
    x_.leaf("w:bottom", {{"w:w", "28"}, {"w:type", "dxa"}});
    x_.leaf("w:right", {{"w:w", "85"}, {"w:type", "dxa"}});
    x_.end();
    x_.leaf("w:tblLook", {{"w:val", "0000"},
                          {"w:firstRow", "0"},
                          {"w:lastRow", "0"},
                          {"w:firstColumn", "0"},
                          {"w:lastColumn", "0"},
                          {"w:noHBand", "1"},
                          {"w:noVBand", "1"}});
    x_.end();
    x_.start("w:tblGrid");
    for (int w : widths) x_.leaf("w:gridCol", {{"w:w", std::to_string(w)}});
    x_.end();
    bool heading_rows = true;  // only the leading header rows can repeat
    for (size_t r = 0; r < t.rows.size(); ++r) {
      heading_rows = heading_rows && t.rows[r].header;
      x_.start("w:tr");
      if (heading_rows) x_.start("w:trPr").leaf("w:cantSplit").leaf("w:tblHeader").end();
      CellFormat format{t.font_half_points, t.header_bold && t.rows[r].header, "center"};
      for (int c = 0; c < columns;) {
        const Slot& slot = grid[r][c];
        int span = slot.cell != nullptr ? slot.columns : 1;
        int width = 0;
        for (int k = c; k < c + span; ++k) width += widths[k];
        cell(slot, static_cast<int>(r), span, width, format);
        c += span;
      }
      x_.end();
    }
    x_.end();
  }

  void cell(const Slot& slot, int row, int span, int width, CellFormat format) {
    const bool origin = slot.cell != nullptr && slot.row == row;
    const bool centred = slot.cell == nullptr || slot.cell->centred;
    x_.start("w:tc").start("w:tcPr");
    x_.leaf("w:tcW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
    if (span > 1) x_.val("w:gridSpan", std::to_string(span));
    if (slot.cell != nullptr && slot.rows > 1) {
      if (origin) {
        x_.val("w:vMerge", "restart");
      } else {
        x_.leaf("w:vMerge");
      }
    }
    x_.val("w:vAlign", centred ? "center" : "top");
    x_.end();
    format.jc = centred ? "center" : "both";
    if (!origin || slot.cell->paragraphs.empty()) {
      paragraph(Paragraph{Kind::TableText, {}, {}, Align::Default}, false, &format);
    } else {
      for (const Paragraph& p : slot.cell->paragraphs) paragraph(p, false, &format);
    }
    x_.end();
  }

  PartWriter& x_;
  std::map<std::string, std::string> link_ids_;
  int next_bookmark_ = 0;
};

void section_properties(PartWriter& x, bool footers) {
  x.start("w:sectPr");
  if (footers) {
    x.leaf("w:footerReference", {{"w:type", "default"}, {"r:id", parts::kOddFooterId}});
    x.leaf("w:footerReference", {{"w:type", "even"}, {"r:id", parts::kEvenFooterId}});
  }
  x.leaf("w:pgSz", {{"w:w", std::to_string(Page::kWidth)}, {"w:h", std::to_string(Page::kHeight)}});
  x.leaf("w:pgMar", {{"w:top", std::to_string(Page::kTop)},
                     {"w:right", std::to_string(Page::kRight)},
                     {"w:bottom", std::to_string(Page::kBottom)},
                     {"w:left", std::to_string(Page::kLeft)},
                     {"w:header", "851"},
                     {"w:footer", std::to_string(Page::kFooter)},
                     {"w:gutter", "0"}});
  x.leaf("w:cols", {{"w:space", "425"}});
  // 22 lines of 28 characters: the arithmetic, and why the grid is a line grid, is in
  // docx_parts.cc.
  x.leaf("w:docGrid", {{"w:type", "lines"},
                       {"w:linePitch", std::to_string(Page::kLinePitch)},
                       {"w:charSpace", std::to_string(Page::kCharSpace)}});
  x.end();
}

bool document_part(const Document& document, const std::vector<parts::Link>& links, std::string& out,
                   std::string& error) {
  PartWriter x;
  x.start("w:document").attr("xmlns:w", parts::kW).attr("xmlns:r", parts::kR);
  x.start("w:body");
  BodyWriter(x, links).blocks(document.blocks);
  section_properties(x, document.page_numbers);
  x.end().end();
  return x.finish(out, error);
}

}  // namespace

Paragraph paragraph(Kind kind, std::string text, std::string bookmark) {
  Paragraph p;
  p.kind = kind;
  if (!text.empty()) p.runs.push_back(Run{std::move(text), false, {}});
  if (!bookmark.empty()) p.bookmarks.push_back(std::move(bookmark));
  return p;
}

Paragraph blank() { return paragraph(Kind::Plain, {}); }

Cell cell(std::string text, int row_span, int col_span) {
  Cell c;
  c.paragraphs.push_back(paragraph(Kind::TableText, std::move(text)));
  c.row_span = row_span;
  c.col_span = col_span;
  return c;
}

bool valid_bookmark(const std::string& name) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (name.empty() || name.size() > 40 || !letter(name[0])) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '_'; });
}

bool build(const Document& document, std::string& bytes, std::string& error) {
  std::vector<parts::Link> links;
  if (!check_links(document, links, error)) return false;
  const bool footers = document.page_numbers;
  std::vector<std::pair<const char*, std::string>> files = {
      {"[Content_Types].xml", {}}, {"_rels/.rels", {}},
      {"word/document.xml", {}},   {"word/_rels/document.xml.rels", {}},
      {"word/styles.xml", {}},     {"word/settings.xml", {}},
      {"word/fontTable.xml", {}},  {"word/footer1.xml", {}},
      {"word/footer2.xml", {}},    {"docProps/core.xml", {}},
      {"docProps/app.xml", {}}};
  bool ok = parts::content_types(footers, files[0].second, error) && parts::package_rels(files[1].second, error) &&
            document_part(document, links, files[2].second, error) &&
            parts::document_rels(footers, links, files[3].second, error) && parts::styles(files[4].second, error) &&
            parts::settings(footers, files[5].second, error) && parts::font_table(files[6].second, error) &&
            parts::footer(false, files[7].second, error) && parts::footer(true, files[8].second, error) &&
            parts::core_properties(document, files[9].second, error) && parts::app_properties(files[10].second, error);
  if (!ok) return false;
  if (!footers) files.erase(files.begin() + 7, files.begin() + 9);
  return parts::zip(files, bytes, error);
}

}  // namespace planc::emit::docx
