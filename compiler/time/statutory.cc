// The statutory public holidays, for a year whose State Council notice is not yet out.
#include "compiler/time/statutory.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace planc::time {
namespace {

constexpr double kDegree = std::numbers::pi / 180.0;
constexpr double kUnixEpochJd = 2440587.5;  // 1970-01-01 00:00 UT
constexpr double kChinaOffsetDays = 8.0 / 24.0;

double sin_deg(double degrees) { return std::sin(degrees * kDegree); }

double normalise(double degrees) {
  double d = std::fmod(degrees, 360.0);
  return d < 0 ? d + 360.0 : d;
}

// The China Standard Time date of a Julian Day (UT; the difference to TT, about a
// minute in these years, is below the precision asked for).
ir::Date china_date(double jd) {
  double days = jd + kChinaOffsetDays - kUnixEpochJd;
  return ir::Date::from_serial(static_cast<long>(std::floor(days)));
}

double julian_day(const ir::Date& date) { return kUnixEpochJd + static_cast<double>(date.serial()); }

// The sun's apparent ecliptic longitude, degrees (Meeus, Astronomical Algorithms, ch. 25,
// low accuracy: about 0.01°).
double solar_longitude(double jd) {
  double t = (jd - 2451545.0) / 36525.0;
  double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m) + (0.019993 - 0.000101 * t) * sin_deg(2 * m) +
             0.000289 * sin_deg(3 * m);
  double omega = 125.04 - 1934.136 * t;
  return normalise(l0 + c - 0.00569 - 0.00478 * sin_deg(omega));
}

// The time of the new moon with lunation number k (k = 0 near 2000-01-06), Julian
// Day, UT (Meeus, ch. 49, with every periodic and planetary term).
double new_moon(double k) {
  double t = k / 1236.85;
  double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
  double e = 1 - 0.002516 * t - 0.0000074 * t2;
  double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
  double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  double c = -0.40720 * sin_deg(mp) + 0.17241 * e * sin_deg(m) + 0.01608 * sin_deg(2 * mp) + 0.01039 * sin_deg(2 * f) +
             0.00739 * e * sin_deg(mp - m) - 0.00514 * e * sin_deg(mp + m) + 0.00208 * e * e * sin_deg(2 * m) -
             0.00111 * sin_deg(mp - 2 * f) - 0.00057 * sin_deg(mp + 2 * f) + 0.00056 * e * sin_deg(2 * mp + m) -
             0.00042 * sin_deg(3 * mp) + 0.00042 * e * sin_deg(m + 2 * f) + 0.00038 * e * sin_deg(m - 2 * f) -
             0.00024 * e * sin_deg(2 * mp - m) - 0.00017 * sin_deg(omega) - 0.00007 * sin_deg(mp + 2 * m) +
             0.00004 * sin_deg(2 * mp - 2 * f) + 0.00004 * sin_deg(3 * m) + 0.00003 * sin_deg(mp + m - 2 * f) +
             0.00003 * sin_deg(2 * mp + 2 * f) - 0.00003 * sin_deg(mp + m + 2 * f) + 0.00003 * sin_deg(mp - m + 2 * f) -
             0.00002 * sin_deg(mp - m - 2 * f) - 0.00002 * sin_deg(3 * mp + m) + 0.00002 * sin_deg(4 * mp);
  static const double kArgs[14][3] = {
      {299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
      {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
      {207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
      {207.19, 0.121824, 0.000042},  {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
      {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
  };
  double planets = 0;
  for (size_t i = 0; i < 14; ++i) {
    double a = kArgs[i][0] + kArgs[i][1] * k - (i == 0 ? 0.009173 * t2 : 0.0);
    planets += kArgs[i][2] * sin_deg(a);
  }
  // TT to UT: ΔT is about 69 s in the 2020s.
  return jde + c + planets - 69.0 / 86400.0;
}

// The China Standard Time date of the new moon nearest a day.
ir::Date new_moon_near(const ir::Date& date) {
  double k = std::round((julian_day(date) - 2451550.09766) / 29.530588861);
  double best = new_moon(k);
  for (double dk : {-1.0, 1.0}) {
    double other = new_moon(k + dk);
    if (std::fabs(other - julian_day(date)) < std::fabs(best - julian_day(date))) best = other;
  }
  return china_date(best);
}

}  // namespace

ir::Date qingming(int year) {
  // The longitude rises by about 0.9856° a day; 15° falls between 1 and 10 April.
  double low = julian_day({year, 3, 28});
  double high = julian_day({year, 4, 12});
  for (int i = 0; i < 60; ++i) {
    double mid = (low + high) / 2;
    double l = solar_longitude(mid);
    // Near 15°, longitudes just below 360° (the late March values) count as negative.
    if ((l > 180 ? l - 360 : l) < 15.0)
      low = mid;
    else
      high = mid;
  }
  return china_date(high);
}

std::optional<ir::Date> lunar_date(int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone("GMT+08:00"));
  std::unique_ptr<icu::Calendar> chinese(
      icu::Calendar::createInstance(*zone, icu::Locale("zh_CN@calendar=chinese"), status));
  icu::GregorianCalendar gregorian(*zone, status);
  if (U_FAILURE(status) || !chinese) return std::nullopt;
  chinese->clear();
  chinese->set(UCAL_EXTENDED_YEAR, year + 2637);  // the Chinese year that begins in `year`
  chinese->set(UCAL_MONTH, month - 1);
  chinese->set(UCAL_IS_LEAP_MONTH, 0);
  chinese->set(UCAL_DATE, 1);
  UDate first = chinese->getTime(status);
  gregorian.setTime(first, status);
  if (U_FAILURE(status)) return std::nullopt;
  ir::Date icu_first{gregorian.get(UCAL_YEAR, status), gregorian.get(UCAL_MONTH, status) + 1,
                     gregorian.get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  // ICU numbers the month; the day it begins is the day of the new moon.
  ir::Date month_start = new_moon_near(icu_first);
  return month_start.plus_days(day - 1);
}

std::vector<StatutoryDay> statutory_days_off(int year) {
  if (year < 2025) return {};
  std::vector<std::vector<StatutoryDay>> festivals;
  auto festival = [&](const std::string& name, ir::Date first, int days) {
    std::vector<StatutoryDay> f;
    for (int i = 0; i < days; ++i) f.push_back({first.plus_days(i), name, false});
    festivals.push_back(std::move(f));
  };
  festival("元旦", {year, 1, 1}, 1);
  if (std::optional<ir::Date> new_year = lunar_date(year, 1, 1)) festival("春节", new_year->plus_days(-1), 4);
  festival("清明", qingming(year), 1);
  festival("劳动节", {year, 5, 1}, 2);
  if (std::optional<ir::Date> duanwu = lunar_date(year, 5, 5)) festival("端午", *duanwu, 1);
  if (std::optional<ir::Date> midautumn = lunar_date(year, 8, 15)) festival("中秋", *midautumn, 1);
  festival("国庆", {year, 10, 1}, 3);
  std::vector<StatutoryDay> days;
  for (const auto& f : festivals) days.insert(days.end(), f.begin(), f.end());
  auto off = [&](const ir::Date& d) {
    return std::any_of(days.begin(), days.end(), [&](const StatutoryDay& s) { return s.date == d; });
  };
  // 第六条: each festival day on a weekend is made up on the next working day after it.
  for (const auto& f : festivals) {
    int weekend = static_cast<int>(
        std::count_if(f.begin(), f.end(), [](const StatutoryDay& s) { return s.date.weekday() >= 6; }));
    ir::Date d = f.back().date;
    while (weekend > 0) {
      d = d.plus_days(1);
      if (d.weekday() >= 6 || off(d)) continue;
      days.push_back({d, f.front().name, true});
      --weekend;
    }
  }
  std::sort(days.begin(), days.end(), [](const StatutoryDay& a, const StatutoryDay& b) { return a.date < b.date; });
  return days;
}

}  // namespace planc::time
