// Calendar dates as the plans write them: 2023-01-31, 2023 年 1 月 31 日, 2023.1.31.
#include "compiler/ir/date.h"

#include <cstdio>

#include "compiler/base/fold.h"

namespace planc::ir {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads up to max digits at text[i]; advances i.
int read_int(std::string_view text, size_t& i, int max) {
  int value = 0;
  int count = 0;
  while (i < text.size() && digit(text[i]) && count < max) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++count;
  }
  return count == 0 ? -1 : value;
}

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

// Reads a date at folded[i] (white space dropped): YYYY-M-D, YYYY.M.D, YYYY/M/D or
// YYYY年M月D日.
std::optional<Date> read_at(std::string_view text, size_t i, size_t& end) {
  if (i > 0 && digit(text[i - 1])) return std::nullopt;
  int year = read_int(text, i, 4);
  if (year < 1900 || year > 2200) return std::nullopt;
  bool chinese = starts(text, i, "年");
  char separator = 0;
  if (chinese) {
    i += 3;
  } else if (i < text.size() && (text[i] == '-' || text[i] == '.' || text[i] == '/')) {
    separator = text[i];
    ++i;
  } else {
    return std::nullopt;
  }
  int month = read_int(text, i, 2);
  if (month < 0) return std::nullopt;
  if (chinese) {
    if (!starts(text, i, "月")) return std::nullopt;
    i += 3;
  } else {
    if (i >= text.size() || text[i] != separator) return std::nullopt;
    ++i;
  }
  int day = read_int(text, i, 2);
  if (day < 0) return std::nullopt;
  if (chinese && starts(text, i, "日")) i += 3;
  if (!valid_date(year, month, day)) return std::nullopt;
  end = i;
  return Date{year, month, day};
}

}  // namespace

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Howard Hinnant's days_from_civil.
long Date::serial() const {
  int y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_serial(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int Date::weekday() const {
  long days = serial();  // 1970-01-01 was a Thursday
  long w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Date Date::plus_months(int months) const {
  int total = year * 12 + (month - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  int d = day;
  while (!valid_date(y, m, d)) --d;
  return {y, m, d};
}

bool valid_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = days[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::optional<Date> parse_date(std::string_view text) {
  std::string folded = match_key(text, {.drop_space = true});
  size_t end = 0;
  std::optional<Date> date = read_at(folded, 0, end);
  if (!date || end != folded.size()) return std::nullopt;
  return date;
}

std::optional<Date> find_date(std::string_view text, size_t& begin, size_t& end) {
  Folded folded = fold(text, {.drop_space = true});
  std::string_view s = folded.text;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!digit(s[i])) continue;
    size_t stop = 0;
    if (std::optional<Date> date = read_at(s, i, stop)) {
      begin = folded.original(i);
      end = folded.original(stop);
      return date;
    }
  }
  return std::nullopt;
}

}  // namespace planc::ir
