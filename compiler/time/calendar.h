// The working-day calendar: official holidays and make-up working days (调休), per year.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/ir/date.h"
#include "compiler/syntax/ast.h"

namespace planc::time {

/// Working days from the State Council's yearly notices, read from 日历 files. A date
/// is a working day when it is Monday to Friday and not a holiday, or a make-up working
/// day. The ten years after the last year of the file (from 2025, the first year the
/// 2024 revision of the holiday rules governs) are provisional: their days off are the
/// statutory ones (statutory.h), without the 调休 the notice will add, and every result
/// that uses them says so. Any other year with no entry is unknown, and so is the end
/// of December of a year whose next year is unknown: the next year's notice can move
/// those days (2018-12-29 was a working day by the 2019 notice).
class WorkCalendar {
 public:
  /// Reads a 日历 file: '## YEAR', a table (假日 | 放假 | 天数) and '调休上班：…'.
  void load(const syntax::Document& document, DiagnosticSink& sink);

  bool empty() const { return years_.empty(); }
  const std::set<int>& years() const { return years_; }
  /// Whether the calendar can say whether this date is a working day.
  bool covers(const ir::Date& date) const;
  /// The year whose data a date needs and the calendar lacks (0 when covered).
  int missing_year(const ir::Date& date) const;

  /// Whether the date is a working day; nullopt when not covered.
  std::optional<bool> is_working_day(const ir::Date& date) const;
  /// Whether the answer for the date is only provisional: its year's notice
  /// (or, for the last days of December, the next year's) is not in the calendar.
  bool provisional(const ir::Date& date) const;
  /// The provisional years, first to last.
  const std::set<int>& provisional_years() const { return provisional_years_; }
  /// "春节", "调休上班", "周六" … : why the date is (not) a working day, for messages.
  std::string describe(const ir::Date& date) const;

  /// The n-th working day after `start` (the day after `start` is the first candidate):
  /// "印发后 20 个工作日内" ends on add_working_days(issue, 20). nullopt, with the
  /// missing year, when the count runs into a year without data.
  /// `provisional`, when given, is set when a day counted is provisional.
  std::optional<ir::Date> add_working_days(const ir::Date& start, int n, int* missing = nullptr,
                                           bool* provisional = nullptr) const;

  /// The working days in (from, to]: how many working days after `from` the date `to`
  /// is (negative when `to` is before `from`). nullopt when a year is missing.
  std::optional<int> working_days_between(const ir::Date& from, const ir::Date& to, int* missing = nullptr,
                                          bool* provisional = nullptr) const;

 private:
  /// Recomputes the provisional years after the last year loaded.
  void extend_provisionally();

  std::set<int> years_;
  std::set<int> provisional_years_;
  std::map<long, std::string> provisional_off_;  ///< serial day → holiday name
  std::map<long, std::string> off_;              ///< serial day → holiday name
  std::set<long> makeup_;                        ///< serial days of make-up working days
};

}  // namespace planc::time
