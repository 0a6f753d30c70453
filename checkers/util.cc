// Helpers the checks share: match keys, suggestions, walking a plan's text.
#include "checkers/util.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"

namespace planc::checkers {

std::string key(std::string_view text) { return match_key(text, {.drop_space = true}); }

int edit_distance(std::string_view a, std::string_view b) {
  std::u32string x, y;
  for (size_t i = 0; i < a.size();) x.push_back(utf8::next(a, i));
  for (size_t i = 0; i < b.size();) y.push_back(utf8::next(b, i));
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::string superiors_text(const ir::Plan& plan) {
  std::string out = "上位预案";
  for (const std::string& s : plan.meta.superiors) out += "《" + s + "》";
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
