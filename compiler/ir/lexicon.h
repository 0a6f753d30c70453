// Longest-match look-up of names (organisations, indicators, hazards) in folded text.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace planc::ir {

/// Maps match keys (folded, white space dropped) to ids and finds the longest key
/// that starts at a position of a folded text. Look-ups cost one hash probe per
/// distinct key length, so matching is linear in the text for a fixed lexicon.
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
  std::unordered_map<std::string, int> keys_;
  std::set<size_t, std::greater<>> lengths_;
  std::vector<std::tuple<std::string, int, int>> conflicts_;
};

}  // namespace planc::ir
