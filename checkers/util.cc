// Helpers the checks share: match keys, suggestions, walking a plan's text.
#include "checkers/util.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/syntax/line_lexer.h"

namespace planc::checkers {

std::string key(std::string_view text) { return compact_key(text); }

std::string superiors_text(const ir::Plan& plan, std::string_view lead) {
  std::string out(lead);
  for (const std::string& s : plan.meta.superiors) out += "《" + s + "》";
  return out;
}

const ir::Plan* first_superior(const ir::Plan& plan, const std::function<bool(const ir::Plan&)>& has) {
  for (const ir::Plan* s : plan.superior_plans) {
    if (has(*s)) return s;
  }
  return nullptr;
}

const syntax::Field* front_matter_field(const ir::Plan& plan, std::string_view name) {
  for (const syntax::Field& f : plan.meta.fields) {
    if (key(f.key.text()) == key(name)) return &f;
  }
  return nullptr;
}

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

namespace {

void walk(const syntax::Node& node, const std::function<void(const syntax::Node&, const TextSpan&)>& f) {
  switch (node.kind) {
    case syntax::NodeKind::Section:
      if (!node.title.empty()) f(node, node.title);
      break;
    case syntax::NodeKind::Paragraph: f(node, node.text); break;
    case syntax::NodeKind::Table:
      for (const auto& row : node.rows) {
        for (const auto& cell : row.cells) {
          if (!cell.text.empty()) f(node, cell.text);
        }
      }
      break;
    default: break;
  }
  for (const auto& child : node.children) walk(*child, f);
}

}  // namespace

void for_each_text(const syntax::Document& document,
                   const std::function<void(const syntax::Node&, const TextSpan&)>& f) {
  if (document.root) walk(*document.root, f);
}

}  // namespace planc::checkers
