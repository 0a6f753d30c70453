// Longest-match look-up of names (organisations, indicators, hazards) in folded text.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace planc::ir {

/// Maps match keys (folded, white space dropped) to ids and finds the longest key
/// that starts at a position of a folded text. A position whose character starts no
/// key costs one probe; otherwise one probe per distinct key length, without copying,
/// so matching is linear in the text for a fixed lexicon.
class Lexicon {
 public:
  struct Match {
    int id = -1;
    size_t length = 0;  ///< bytes of folded text matched
    bool found() const { return id >= 0; }
  };

  /// Adds a key (already a match key). A key added twice keeps its first id and the
  /// later id is reported through conflicts().
  void add(const std::string& key, int id);
  /// The longest key starting at folded[pos].
  Match longest(std::string_view folded, size_t pos) const;
  /// The id of an exact key, or -1.
  int find(std::string_view key) const;
  /// Keys that were added for two different ids: (key, first id, second id).
  const std::vector<std::tuple<std::string, int, int>>& conflicts() const { return conflicts_; }
  bool empty() const { return keys_.empty(); }

 private:
  // Hashes std::string and std::string_view alike, so look-ups need no copy.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> keys_;
  std::unordered_set<std::string, Hash, std::equal_to<>> starts_;  ///< the first character of each key
  std::set<size_t, std::greater<>> lengths_;
  std::vector<std::tuple<std::string, int, int>> conflicts_;
};

}  // namespace planc::ir
