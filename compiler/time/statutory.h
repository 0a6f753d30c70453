// The statutory public holidays, for a year whose State Council notice is not yet out.
//
// 《全国年节及纪念日放假办法》 as revised on 2024-11-10 gives every citizen 元旦 (1 day),
// 春节 (4 days: 农历除夕 and 正月初一 to 初三), 清明 (1 day), 劳动节 (5月1日、2日), 端午
// (1 day), 中秋 (1 day) and 国庆 (10月1日 to 3日); 第六条: a holiday that falls on a
// Saturday or Sunday is made up on a working day. The yearly notice then moves days
// around (调休), which no rule predicts; what is computed here is therefore provisional
// and every result that uses it says so.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/date.h"

namespace planc::time {

/// The day (China Standard Time) on which the sun's apparent longitude reaches 15°:
/// 清明. A low-precision solar theory (errors of minutes), enough for a date.
ir::Date qingming(int year);

/// The Gregorian date of day `day` of month `month` (1–12, never a leap month) of the
/// Chinese year that begins in Gregorian `year`. ICU's Chinese calendar numbers the
/// months; the day a month begins is the China Standard Time date of the new moon,
/// computed here with the full series of periodic terms (ICU's own lunar theory puts a
/// new moon minutes before midnight on the next day, as on 2027-02-06). nullopt if ICU
/// fails.
std::optional<ir::Date> lunar_date(int year, int month, int day);

/// One day off.
struct StatutoryDay {
  ir::Date date;
  std::string name;      ///< 元旦, 春节 …
  bool make_up = false;  ///< a working day given for a holiday on a weekend (第六条)
};

/// The days off of `year` by the 2024 revision, with the make-up days for holidays that
/// fall on a weekend (the next working days after the festival); empty before 2025, the
/// first year the revision governs.
std::vector<StatutoryDay> statutory_days_off(int year);

}  // namespace planc::time
