// Longest-match look-up of names (organisations, indicators, hazards) in folded text.
#include "compiler/ir/lexicon.h"

#include <tuple>

#include "compiler/base/utf8.h"

namespace planc::ir {
namespace {

// The bytes of the character at text[pos].
std::string_view first_character(std::string_view text, size_t pos) {
  size_t end = pos;
  utf8::next(text, end);
  return text.substr(pos, end - pos);
}

}  // namespace

void Lexicon::add(const std::string& key, int id) {
  if (key.empty()) return;
  auto [it, inserted] = keys_.emplace(key, id);
  if (!inserted && it->second != id) conflicts_.emplace_back(key, it->second, id);
  lengths_.insert(key.size());
  starts_.emplace(first_character(key, 0));
}

Lexicon::Match Lexicon::longest(std::string_view folded, size_t pos) const {
  if (pos >= folded.size() || !starts_.contains(first_character(folded, pos))) return {};
  for (size_t length : lengths_) {
    if (pos + length > folded.size()) continue;
    auto it = keys_.find(folded.substr(pos, length));
    if (it != keys_.end()) return {it->second, length};
  }
  return {};
}

int Lexicon::find(std::string_view key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? -1 : it->second;
}

}  // namespace planc::ir
