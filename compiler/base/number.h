// Numbers in and out: parsing digits without overflow, and one way to print a value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace planc {

/// The value of a run of ASCII digits, or nullopt when it is empty, has another
/// character, or does not fit in an int ("99999999999").
std::optional<int> parse_int(std::string_view digits);

/// A value as the plans write it: no decimals for whole numbers ("300", "0.5", "1e+08"
/// never: large values keep their digits, "100000000").
std::string format_number(double value);

}  // namespace planc
