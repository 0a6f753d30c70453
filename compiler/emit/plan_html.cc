// The official text of a plan as HTML, every line addressable.
#include "compiler/emit/plan_html.h"

#include <algorithm>

namespace planc::emit {
namespace {

using syntax::Node;
using syntax::NodeKind;

// A numbered heading without a title runs into the paragraph after it: "3.1.1 开展…".
bool runs_in(const Node& section) { return !section.number.empty() && section.title.empty(); }

// A paragraph's text with an anchor where each of its further source lines begins.
void paragraph_text(const Node& node, std::ostream& out) {
  std::string_view text = node.text.text();
  size_t done = 0;
  int line = node.range.begin.line;
  for (size_t i = 1; i < node.line_starts.size(); ++i) {
    size_t at = std::min(node.line_starts[i], text.size());
    out << html_escape(text.substr(done, at - done)) << "<a id=\"L" << line + static_cast<int>(i) << "\"></a>";
    done = at;
  }
  out << html_escape(text.substr(done));
}

void render(const Node& node, std::ostream& out) {
  switch (node.kind) {
    case NodeKind::Document:
    case NodeKind::Div:
      for (const auto& child : node.children) render(*child, out);
      return;
    case NodeKind::Section: {
      int level = std::clamp(node.level, 1, 6);
      size_t first = 0;
      out << "<h" << level << " id=\"L" << node.heading_range.begin.line << "\">";
      if (runs_in(node) && !node.children.empty() && node.children[0]->kind == NodeKind::Paragraph) {
        out << html_escape(node.number.text()) << "</h" << level << ">\n<p class=\"run-in\" id=\"L"
            << node.children[0]->range.begin.line << "\">";
        paragraph_text(*node.children[0], out);
        out << "</p>\n";
        first = 1;
      } else {
        out << html_escape(node.heading_label()) << "</h" << level << ">\n";
      }
      for (size_t i = first; i < node.children.size(); ++i) render(*node.children[i], out);
      return;
    }
    case NodeKind::Paragraph:
      out << "<p id=\"L" << node.range.begin.line << "\">";
      paragraph_text(node, out);
      out << "</p>\n";
      return;
    case NodeKind::Table:
      out << "<table>\n";
      for (const auto& row : node.rows) {
        out << "<tr id=\"L" << row.line << "\">";
        for (const auto& cell : row.cells) {
          const char* tag = row.header ? "th" : "td";
          out << "<" << tag;
          if (cell.row_span > 1) out << " rowspan=\"" << cell.row_span << "\"";
          if (cell.col_span > 1) out << " colspan=\"" << cell.col_span << "\"";
          out << ">" << html_escape(cell.text.text()) << "</" << tag << ">";
        }
        out << "</tr>\n";
      }
      out << "</table>\n";
      return;
    case NodeKind::Comment: return;
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void render_html(const syntax::Document& document, std::ostream& out) {
  if (document.root) render(*document.root, out);
}

}  // namespace planc::emit
