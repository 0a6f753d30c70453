// Match keys: compatibility and width folding (ICU NFKC) with a map back to the text.
//
// Text is stored as written; folding happens only when building keys for matching
// numbers, comparisons, organisation names and titles. Folded text remembers, for
// each of its bytes, the byte of the original it came from, so a match found in the
// folded text still points at the words as written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planc {

struct FoldOptions {
  bool drop_space = false;  ///< drop white space (letter-spaced titles: "指 挥 长")
};

/// Folded text and, for each byte of it, the byte offset in the original.
struct Folded {
  std::string text;
  std::vector<uint32_t> origin;  ///< origin.size() == text.size() + 1 (end maps to end)

  /// Original offset of a folded offset.
  size_t original(size_t folded_offset) const { return origin[folded_offset]; }
};

/// Folds each code point to its NFKC form, maps the wave dashes 〜～ to '~' and the
/// full-width minus to '-'. Ⅵ becomes "VI", （ becomes "(", １ becomes "1", ℃ "°C".
Folded fold(std::string_view text, FoldOptions options = {});

/// The folded text alone: a match key.
std::string match_key(std::string_view text, FoldOptions options = {});

/// The match key with white space dropped, the key names and titles are compared by.
inline std::string compact_key(std::string_view text) { return match_key(text, {.drop_space = true}); }

}  // namespace planc
