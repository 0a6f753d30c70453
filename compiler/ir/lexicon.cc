// Longest-match look-up of names (organisations, indicators, hazards) in folded text.
#include "compiler/ir/lexicon.h"

#include <tuple>

namespace planc::ir {

void Lexicon::add(const std::string& key, int id) {
  if (key.empty()) return;
  auto [it, inserted] = keys_.emplace(key, id);
  if (!inserted && it->second != id) conflicts_.emplace_back(key, it->second, id);
  lengths_.insert(key.size());
}

Lexicon::Match Lexicon::longest(std::string_view folded, size_t pos) const {
  for (size_t length : lengths_) {
    if (pos + length > folded.size()) continue;
    auto it = keys_.find(std::string(folded.substr(pos, length)));
    if (it != keys_.end()) return {it->second, length};
  }
  return {};
}

int Lexicon::find(std::string_view key) const {
  auto it = keys_.find(std::string(key));
  return it == keys_.end() ? -1 : it->second;
}

}  // namespace planc::ir
