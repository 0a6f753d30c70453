// Longest-match look-up of names (organisations, indicators, hazards) in folded text.
#include "compiler/ir/lexicon.h"

#include <algorithm>
#include <tuple>

namespace planc::ir {
namespace {

// Bytes of the UTF-8 character at text[pos] (1 for a stray continuation byte).
size_t first_length(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, text.size() - pos);
}

}  // namespace

void Lexicon::add(const std::string& key, int id) {
  if (key.empty()) return;
  auto [it, inserted] = keys_.emplace(key, id);
  if (!inserted && it->second != id) conflicts_.emplace_back(key, it->second, id);
  lengths_.insert(key.size());
  starts_.insert(key.substr(0, first_length(key, 0)));
}

Lexicon::Match Lexicon::longest(std::string_view folded, size_t pos) const {
  if (pos >= folded.size() || !starts_.contains(folded.substr(pos, first_length(folded, pos)))) return {};
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
