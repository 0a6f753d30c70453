// The official text of a plan as a DOCX document laid out per GB/T 9704-2012.
#include "compiler/emit/plan_docx.h"

#include <algorithm>
#include <set>

#include "compiler/base/utf8.h"

namespace planc::emit {
namespace {

using docx::Kind;
using syntax::Node;
using syntax::NodeKind;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_notice(const Node& node) { return node.kind == NodeKind::Div && node.tag && node.tag->kind == "通知"; }

// A numbered heading without a title runs into the paragraph after it: "3.1.1 开展…".
bool runs_in(const Node& section) {
  return !section.number.empty() && section.title.empty() && !section.children.empty() &&
         section.children[0]->kind == NodeKind::Paragraph;
}

// Relative column widths from each column's longest cell, in characters, for a table
// `capacity` characters wide. When every column fits, each gets its own width; when not,
// the space is shared out narrowest first, each column taking what it needs or an even
// share of what is left, whichever is less: 特大型 and Ⅰ级响应 stay on one line and the
// long criteria share the rest.
std::vector<int> column_widths(const std::vector<int>& natural, int capacity) {
  std::vector<int> need(natural.size());
  for (size_t c = 0; c < natural.size(); ++c) need[c] = natural[c] + 1;  // + cell margins
  std::vector<size_t> order(need.size());
  for (size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return need[a] < need[b]; });
  std::vector<int> widths(need.size());
  double left = std::max(capacity, 1);
  for (size_t i = 0; i < order.size(); ++i) {
    double share = std::min<double>(need[order[i]], left / static_cast<double>(order.size() - i));
    widths[order[i]] = std::max(1, static_cast<int>(share * 10));  // tenths of a character
    left -= share;
  }
  return widths;
}

class PlanWriter {
 public:
  explicit PlanWriter(const ir::Plan& plan) : plan_(plan) {}

  docx::Document build() {
    const ir::Meta& meta = plan_.meta;
    out_.title = !meta.title.empty() ? meta.title : plan_.heading_title;
    out_.subject = meta.category.empty() ? "应急预案" : meta.category + "应急预案";
    out_.creator = meta.issuer;
    if (meta.issued) out_.date = meta.issued->iso();
    const Node* root = plan_.document != nullptr ? plan_.document->root.get() : nullptr;
    if (root == nullptr) return std::move(out_);
    // The notice comes first wherever the encoder put it, and the plan starts a new page.
    const Node* notice_div = nullptr;
    for (const auto& child : root->children) {
      if (is_notice(*child)) notice_div = child.get();
    }
    if (notice_div != nullptr) {
      notice(*notice_div);
      add(docx::Paragraph{Kind::PageBreak, {}, {}, docx::Align::Default});
    }
    for (const auto& child : root->children) {
      if (child.get() != notice_div) node(*child);
    }
    return std::move(out_);
  }

 private:
  void add(docx::Paragraph p) { out_.blocks.push_back(std::move(p)); }

  // Gives the paragraph the anchor of a source line, once per document.
  void anchor(docx::Paragraph& p, int line) {
    if (line > 0 && used_.insert(line).second) p.bookmarks.push_back(line_anchor(line));
  }

  docx::Paragraph text(Kind kind, const std::string& words, int line) {
    docx::Paragraph p = docx::paragraph(kind, words);
    anchor(p, line);
    return p;
  }

  // The notice as GB/T 9704 sets it: issuer, title and 文号 centred, a blank line, the
  // addressees flush left, the body, a blank line, the signature and date at the right.
  void notice(const Node& div) {
    const ir::Notice* n = plan_.notice ? &*plan_.notice : nullptr;
    auto on = [](const SourceRange& range, int line) { return range.valid() && range.begin.line == line; };
    bool head = true;
    bool signed_off = false;
    for (const auto& child : div.children) {
      if (child->kind != NodeKind::Paragraph) {
        node(*child);
        continue;
      }
      const std::string& words = child->text.text();
      int line = child->range.begin.line;
      Kind kind = Kind::Body;
      bool signature = false;
      if (n != nullptr && on(n->title_range, line)) {
        kind = Kind::Title;
      } else if (n != nullptr && (on(n->issuer_range, line) || on(n->doc_number_range, line))) {
        kind = head ? Kind::Subtitle : Kind::Signature;
      } else if (n != nullptr && (on(n->date_range, line) || (!head && words == n->issuer))) {
        kind = Kind::Signature;
        signature = true;
      } else if (n != nullptr && !n->recipients.empty() && words == n->recipients) {
        kind = Kind::Plain;
      }
      const bool in_head = kind == Kind::Title || (head && kind == Kind::Subtitle);
      if (head && !in_head) add(docx::blank());
      head = head && in_head;
      if (signature && !signed_off) add(docx::blank());
      signed_off = signed_off || signature;
      add(text(kind, words, line));
    }
  }

  void node(const Node& node) {
    switch (node.kind) {
      case NodeKind::Document:
      case NodeKind::Div:
        for (const auto& child : node.children) this->node(*child);
        return;
      case NodeKind::Section: section(node); return;
      case NodeKind::Paragraph: {
        const bool footer = plan_.footer_range.valid() && plan_.footer_range.begin.line == node.range.begin.line;
        add(text(footer ? Kind::Signature : Kind::Body, node.text.text(), node.range.begin.line));
        return;
      }
      case NodeKind::Table: table(node); return;
      case NodeKind::Comment: return;
    }
  }

  void section(const Node& s) {
    const int line = s.heading_range.begin.line;
    size_t first = 0;
    if (s.level <= 1) {
      if (starts_with(s.number.text(), "附件")) {
        // An attachment: a new page, 附件N at the left margin, its title centred.
        add(docx::Paragraph{Kind::PageBreak, {}, {}, docx::Align::Default});
        add(text(Kind::Label, s.number.text(), line));
        if (!s.title.empty()) add(text(Kind::Title, s.title.text(), 0));
      } else {
        add(text(Kind::Title, s.heading_label(), line));
      }
      add(docx::blank());
    } else if (runs_in(s)) {
      const Node& lead = *s.children[0];
      docx::Paragraph p = text(Kind::Body, s.number.text() + " " + lead.text.text(), line);
      anchor(p, lead.range.begin.line);
      add(std::move(p));
      first = 1;
    } else {
      Kind kind = s.level == 2 ? Kind::Heading1 : s.level == 3 ? Kind::Heading2 : Kind::Heading3;
      add(text(kind, s.heading_label(), line));
    }
    for (size_t i = first; i < s.children.size(); ++i) node(*s.children[i]);
  }

  void table(const Node& t) {
    docx::Table out;
    out.columns = t.columns;
    // Wide tables step down from 4号 to 小四 or 五号 so that cells keep a few characters a line.
    out.font_half_points = t.columns >= 6 ? 21 : t.columns == 5 ? 24 : 28;
    std::vector<int> natural(std::max(t.columns, 1), 1);
    for (const syntax::TableRow& row : t.rows) {
      docx::Row r;
      r.header = row.header;
      for (const syntax::TableCell& cell : row.cells) {
        docx::Cell c = docx::cell(cell.text.text(), cell.row_span, cell.col_span);
        const int chars = (utf8::display_width(cell.text.text()) + 1) / 2;
        c.centred = row.header || chars <= 20;
        if (cell.col_span == 1 && cell.column < static_cast<int>(natural.size())) {
          // A header may take two lines.
          natural[cell.column] = std::max(natural[cell.column], row.header ? (chars + 1) / 2 : chars);
        }
        r.cells.push_back(std::move(c));
      }
      if (!r.cells.empty()) anchor(r.cells.front().paragraphs.front(), row.line);
      out.rows.push_back(std::move(r));
    }
    out.widths = column_widths(natural, docx::Page::kTextWidth / (out.font_half_points * 10));
    out_.blocks.push_back(std::move(out));
  }

  const ir::Plan& plan_;
  docx::Document out_;
  std::set<int> used_;
};

}  // namespace

std::string line_anchor(int line) { return "L" + std::to_string(line); }

docx::Document plan_document(const ir::Plan& plan) { return PlanWriter(plan).build(); }

bool write_plan_docx(const ir::Plan& plan, const std::string& path, std::string& error) {
  return docx::write(plan_document(plan), path, error);
}

}  // namespace planc::emit
