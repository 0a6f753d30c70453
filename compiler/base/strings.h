// Character-aware string helpers: prefixes and suffixes by their words (never by a byte
// count standing in for characters), lengths in characters, and edit distance over code
// points for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace planc {

/// `text` after `prefix`, when it starts with it.
std::optional<std::string_view> after_prefix(std::string_view text, std::string_view prefix);

/// `text` before `suffix`, when it ends with it.
std::optional<std::string_view> before_suffix(std::string_view text, std::string_view suffix);

/// The number of characters (code points) of the first `bytes` bytes of `text`.
size_t chars_before(std::string_view text, size_t bytes);

/// Levenshtein distance over code points.
int edit_distance(std::string_view a, std::string_view b);

}  // namespace planc
