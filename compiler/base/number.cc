// Numbers in and out: parsing digits without overflow, and one way to print a value.
#include "compiler/base/number.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace planc {

std::optional<int> parse_int(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || value < 0) return std::nullopt;
  return value;
}

std::string format_number(double value) {
  char buffer[64];
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
  }
  return buffer;
}

}  // namespace planc
