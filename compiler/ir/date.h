// Calendar dates as the plans write them: 2023-01-31, 2023 年 1 月 31 日, 2023.1.31.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace planc::ir {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  /// "2023-01-31".
  std::string iso() const;
  /// Days since 1970-01-01 (proleptic Gregorian).
  long serial() const;
  static Date from_serial(long days);
  /// 1 = Monday … 7 = Sunday.
  int weekday() const;
  Date plus_days(long days) const { return from_serial(serial() + days); }
  /// The same day n months later (clamped to the month's last day).
  Date plus_months(int months) const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Whether year-month-day names a real day.
bool valid_date(int year, int month, int day);

/// Parses a whole string as a date in any of the written forms, white space allowed.
std::optional<Date> parse_date(std::string_view text);

/// Finds the first date in a longer text; sets begin/end to its byte range.
std::optional<Date> find_date(std::string_view text, size_t& begin, size_t& end);

}  // namespace planc::ir
