// The official text of a plan, rendered back from the document tree.
#include "compiler/emit/render_text.h"

namespace planc::emit {
namespace {

using syntax::Node;
using syntax::NodeKind;

// A numbered heading without a title runs into the paragraph after it: "3.1.1 开展…".
bool runs_in(const Node& section) { return !section.number.empty() && section.title.empty(); }

void render(const Node& node, std::ostream& out) {
  switch (node.kind) {
    case NodeKind::Document:
      for (const auto& child : node.children) render(*child, out);
      return;
    case NodeKind::Section: {
      size_t first = 0;
      if (runs_in(node) && !node.children.empty() && node.children[0]->kind == NodeKind::Paragraph) {
        out << node.number.text() << ' ' << node.children[0]->text.text() << "\n\n";
        first = 1;
      } else {
        out << node.heading_label() << "\n\n";
      }
      for (size_t i = first; i < node.children.size(); ++i) render(*node.children[i], out);
      return;
    }
    case NodeKind::Paragraph: out << node.text.text() << "\n\n"; return;
    case NodeKind::Table:
      for (const auto& row : node.rows) {
        bool first = true;
        for (const auto& cell : row.cells) {
          if (cell.text.empty()) continue;
          if (!first) out << "  ";
          out << cell.text.text();
          first = false;
        }
        out << '\n';
      }
      out << '\n';
      return;
    case NodeKind::Div:
      for (const auto& child : node.children) render(*child, out);
      return;
    case NodeKind::Comment: return;
  }
}

}  // namespace

void render_text(const syntax::Document& document, std::ostream& out) {
  if (document.root) render(*document.root, out);
}

}  // namespace planc::emit
