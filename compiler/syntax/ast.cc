// The document tree: heading paths and front-matter look-ups.
#include "compiler/syntax/ast.h"

#include "compiler/base/fold.h"

namespace planc::syntax {

const Node* Node::section() const {
  const Node* node = this;
  while (node != nullptr && node->kind != NodeKind::Section) node = node->parent;
  return node;
}

std::string Node::heading_label() const {
  if (kind != NodeKind::Section) return {};
  std::string label = number.text();
  // "1.1 编制依据" takes a space; "一、各工作组" and "（一）…" do not.
  auto ends_with = [&](std::string_view suffix) {
    return label.size() >= suffix.size() && label.compare(label.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  bool spaced = !ends_with("、") && !ends_with("）") && !ends_with(")");
  if (!label.empty() && !title.empty() && spaced) label += ' ';
  label += title.text();
  return label;
}

std::string last_heading(std::string_view section_path) {
  size_t at = section_path.rfind(" / ");
  return std::string(at == std::string_view::npos ? section_path : section_path.substr(at + 3));
}

std::string Node::section_path() const {
  std::vector<const Node*> chain;
  for (const Node* node = section(); node != nullptr; node = node->parent ? node->parent->section() : nullptr) {
    chain.push_back(node);
  }
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!path.empty()) path += " / ";
    path += (*it)->heading_label();
  }
  return path;
}

std::string Document::kind() const {
  if (front_matter.empty()) return {};
  return match_key(front_matter.front().key.text(), {.drop_space = true});
}

const Field* Document::field(std::string_view key) const {
  std::string wanted = match_key(key, {.drop_space = true});
  for (const Field& field : front_matter) {
    if (match_key(field.key.text(), {.drop_space = true}) == wanted) return &field;
  }
  return nullptr;
}

std::vector<TextSpan> paragraph_lines(const Node& paragraph) {
  std::vector<TextSpan> lines;
  const auto& starts = paragraph.line_starts;
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t end = i + 1 < starts.size() ? starts[i + 1] : paragraph.text.text().size();
    lines.push_back(paragraph.text.sub(starts[i], end).trimmed());
  }
  if (starts.empty() && !paragraph.text.empty()) lines.push_back(paragraph.text);
  return lines;
}

void for_each_text(const Node& node, const std::function<void(const Node&, const TextSpan&)>& f) {
  switch (node.kind) {
    case NodeKind::Section:
      if (!node.title.empty()) f(node, node.title);
      break;
    case NodeKind::Paragraph: f(node, node.text); break;
    case NodeKind::Table:
      for (const auto& row : node.rows) {
        for (const auto& cell : row.cells) {
          if (!cell.text.empty()) f(node, cell.text);
        }
      }
      break;
    default: break;
  }
  for (const auto& child : node.children) for_each_text(*child, f);
}

}  // namespace planc::syntax
