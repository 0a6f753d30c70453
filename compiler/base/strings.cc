// Character-aware string helpers.
#include "compiler/base/strings.h"

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/base/utf8.h"

namespace planc {

std::optional<std::string_view> after_prefix(std::string_view text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return std::nullopt;
  return text.substr(prefix.size());
}

std::optional<std::string_view> before_suffix(std::string_view text, std::string_view suffix) {
  if (!text.ends_with(suffix)) return std::nullopt;
  return text.substr(0, text.size() - suffix.size());
}

size_t chars_before(std::string_view text, size_t bytes) {
  return utf8::count_code_points(text.substr(0, std::min(bytes, text.size())));
}

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

}  // namespace planc
