// Walking the document tree, for the text-* and struct-* rules.
#include "checkers/document.h"

#include "compiler/syntax/line_lexer.h"

namespace planc::checkers {

std::string_view list_marker(const syntax::Node& paragraph) {
  std::string_view text = paragraph.text.text();
  if (paragraph.marker_length > 0) return text.substr(0, paragraph.marker_length);
  for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
    size_t at = text.find(colon);
    if (at == std::string_view::npos || at > 12) continue;
    std::string_view rest = text.substr(at + colon.size());
    size_t length = syntax::list_marker_length(rest);
    if (length > 0) return rest.substr(0, length);
  }
  return {};
}

namespace {

void add_through_divs(const syntax::Node& container, std::vector<const syntax::Node*>& out) {
  for (const auto& child : container.children) {
    if (child->kind == syntax::NodeKind::Div)
      add_through_divs(*child, out);
    else
      out.push_back(child.get());
  }
}

}  // namespace

std::vector<const syntax::Node*> through_divs(const syntax::Node& container) {
  std::vector<const syntax::Node*> out;
  add_through_divs(container, out);
  return out;
}

void for_each_text(const syntax::Document& document,
                   const std::function<void(const syntax::Node&, const TextSpan&)>& f) {
  if (document.root) syntax::for_each_text(*document.root, f);
}

}  // namespace planc::checkers
