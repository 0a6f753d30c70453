// Working-day arithmetic against cases checked by hand with the yearly notices.
#include "compiler/time/calendar.h"

#include <gtest/gtest.h>

#include <set>

#include "compiler/syntax/parser.h"
#include "compiler/time/statutory.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

class WorkingDays : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sources_ = new SourceManager();
    calendar_ = new time::WorkCalendar();
    const SourceFile& file = sources_->add("holidays.plan", testing::read_source("plans/calendar/holidays.plan"));
    DiagnosticSink sink;
    syntax::Document document = syntax::parse(file, sink);
    calendar_->load(document, sink);
    for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << d.range.begin.line << ": " << d.message;
  }
  static void TearDownTestSuite() {
    delete calendar_;
    delete sources_;
  }

  static ir::Date d(const char* iso) { return *ir::parse_date(iso); }

  static std::string add(const char* start, int n) {
    int missing = 0;
    std::optional<ir::Date> r = calendar_->add_working_days(d(start), n, &missing);
    return r ? r->iso() : "missing " + std::to_string(missing);
  }

  static SourceManager* sources_;
  static time::WorkCalendar* calendar_;
};

SourceManager* WorkingDays::sources_ = nullptr;
time::WorkCalendar* WorkingDays::calendar_ = nullptr;

TEST_F(WorkingDays, CoversEveryYearFrom2013To2026) {
  for (int year = 2013; year <= 2026; ++year) EXPECT_TRUE(calendar_->years().count(year)) << year;
  EXPECT_FALSE(calendar_->years().count(2027));
}

TEST_F(WorkingDays, HolidaysAndMakeUpDays) {
  struct Case {
    const char* date;
    bool working;
    const char* why;
  };
  const Case cases[] = {
      {"2023-01-21", false, "Saturday, first day of Spring Festival"},
      {"2023-01-27", false, "Friday, last day of Spring Festival"},
      {"2023-01-28", true, "Saturday, make-up working day"},
      {"2023-01-29", true, "Sunday, make-up working day"},
      {"2023-01-30", true, "Monday"},
      {"2023-04-05", false, "Wednesday, Qingming"},
      {"2023-04-23", true, "Sunday, make-up working day"},
      {"2020-01-31", false, "Friday, Spring Festival as extended on 2020-01-27"},
      {"2020-02-01", false, "Saturday: its make-up day was cancelled by the extension"},
      {"2020-02-03", true, "Monday, normal working day after the extension"},
      {"2018-12-29", true, "Saturday, make-up day set by the 2019 notice"},
      {"2018-12-31", false, "Monday, New Year holiday of the 2019 notice"},
      {"2022-12-31", false, "Saturday, New Year holiday of the 2023 notice"},
      {"2023-12-29", true, "Friday before the 2024 New Year holiday"},
      {"2015-09-03", false, "Thursday, the one-off 70th anniversary holiday"},
      {"2015-09-06", true, "Sunday, make-up working day"},
      {"2024-02-16", false, "Friday, Spring Festival"},
      {"2024-02-18", true, "Sunday, make-up working day"},
      {"2026-10-10", true, "Saturday, make-up working day"},
      {"2026-12-24", true, "Thursday, before the days the 2027 notice could move"},
  };
  for (const Case& c : cases) {
    std::optional<bool> working = calendar_->is_working_day(d(c.date));
    ASSERT_TRUE(working.has_value()) << c.date;
    EXPECT_EQ(*working, c.working) << c.date << ": " << c.why;
  }
}

TEST_F(WorkingDays, YearsAfterTheFileAreProvisionalAndSaySo) {
  // 2027 is not in the file: its days off are the statutory ones, provisionally.
  EXPECT_EQ(calendar_->is_working_day(d("2027-01-04")), true);
  EXPECT_TRUE(calendar_->provisional(d("2027-01-04")));
  EXPECT_EQ(calendar_->is_working_day(d("2027-02-05")), false);  // 除夕, a holiday since the 2024 revision
  EXPECT_EQ(calendar_->is_working_day(d("2027-02-09")), false);  // made up for 初一、初二 on the weekend
  EXPECT_EQ(calendar_->describe(d("2027-02-09")), "春节补假（按法定节假日推算）");
  // The 2027 notice may move the last days of December 2026: provisional too.
  EXPECT_TRUE(calendar_->provisional(d("2026-12-28")));
  EXPECT_EQ(calendar_->missing_year(d("2026-12-28")), 0);
  EXPECT_FALSE(calendar_->provisional(d("2026-12-24")));
  EXPECT_EQ(calendar_->provisional_years(),
            (std::set<int>{2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036}));
  // A year before the file, or beyond the provisional ones, is never guessed.
  EXPECT_FALSE(calendar_->is_working_day(d("2012-06-01")).has_value());
  EXPECT_FALSE(calendar_->is_working_day(d("2037-06-01")).has_value());
}

TEST_F(WorkingDays, AddingWorkingDays) {
  // 印发后 20 个工作日内: the general plan (2023-01-31) and the special plans (2023-03-30).
  EXPECT_EQ(add("2023-01-31", 20), "2023-02-28");
  EXPECT_EQ(add("2023-03-30", 20), "2023-04-27");  // over 清明 04-05 and the make-up Sunday 04-23
  EXPECT_EQ(add("2023-01-20", 1), "2023-01-28");   // Spring Festival, then the make-up Saturday
  EXPECT_EQ(add("2023-01-24", 1), "2023-01-28");   // issued on a holiday: the count starts after it
  EXPECT_EQ(add("2020-01-23", 1), "2020-02-03");   // the 2020 extension to 02-02
  EXPECT_EQ(add("2023-09-28", 1), "2023-10-07");   // 中秋+国庆, then the make-up Saturday
  EXPECT_EQ(add("2023-09-28", 3), "2023-10-09");
  EXPECT_EQ(add("2024-12-31", 1), "2025-01-02");  // across a year end and New Year's Day
  EXPECT_EQ(add("2018-12-28", 1), "2018-12-29");  // a make-up Saturday set by the next year's notice
  EXPECT_EQ(add("2018-12-28", 2), "2019-01-02");
  EXPECT_EQ(add("2015-09-02", 1), "2015-09-06");
  EXPECT_EQ(add("2013-12-31", 1), "2014-01-02");
  EXPECT_EQ(add("2024-04-30", 1), "2024-05-06");
  EXPECT_EQ(add("2022-04-01", 1), "2022-04-02");  // make-up Saturday before 清明
  EXPECT_EQ(add("2019-04-30", 1), "2019-05-05");  // the May Day holiday changed in March 2019
  EXPECT_EQ(add("2021-02-10", 1), "2021-02-18");
  EXPECT_EQ(add("2025-01-27", 1), "2025-02-05");
  EXPECT_EQ(add("2025-01-24", 1), "2025-01-26");
  EXPECT_EQ(add("2026-02-13", 1), "2026-02-14");
  EXPECT_EQ(add("2026-02-14", 1), "2026-02-24");   // the nine-day 2026 Spring Festival
  EXPECT_EQ(add("2012-12-31", 1), "2013-01-04");   // the start date's year need not be known
  EXPECT_EQ(add("2026-11-28", 20), "2026-12-25");  // into late December 2026: provisional
  bool provisional = false;
  EXPECT_EQ(calendar_->add_working_days(d("2026-12-05"), 20, nullptr, &provisional), d("2027-01-04"));
  EXPECT_TRUE(provisional);
  provisional = false;
  EXPECT_EQ(calendar_->add_working_days(d("2026-11-02"), 10, nullptr, &provisional), d("2026-11-16"));
  EXPECT_FALSE(provisional);
  EXPECT_EQ(add("2027-01-25", 10), "2027-02-12");  // over the provisional Spring Festival and its make-up days
  EXPECT_EQ(add("2012-06-01", 1), "missing 2012");
}

TEST_F(WorkingDays, CountingWorkingDaysBetweenDates) {
  EXPECT_EQ(calendar_->working_days_between(d("2023-01-31"), d("2023-02-28")), 20);
  EXPECT_EQ(calendar_->working_days_between(d("2023-03-30"), d("2023-04-27")), 20);
  EXPECT_EQ(calendar_->working_days_between(d("2023-01-20"), d("2023-01-30")), 3);
  EXPECT_EQ(calendar_->working_days_between(d("2023-04-27"), d("2023-03-30")), -20);
  EXPECT_EQ(calendar_->working_days_between(d("2024-02-09"), d("2024-02-19")), 2);
  EXPECT_EQ(calendar_->working_days_between(d("2023-06-21"), d("2023-06-26")), 2);  // 端午, make-up Sunday
  bool provisional = false;
  EXPECT_EQ(calendar_->working_days_between(d("2026-12-01"), d("2027-01-10"), nullptr, &provisional), 27);
  EXPECT_TRUE(provisional);
  int missing = 0;
  EXPECT_FALSE(calendar_->working_days_between(d("2012-12-01"), d("2013-01-10"), &missing).has_value());
  EXPECT_EQ(missing, 2012);
}

TEST_F(WorkingDays, ExplainsADate) {
  EXPECT_EQ(calendar_->describe(d("2023-01-28")), "周六，调休上班");
  EXPECT_EQ(calendar_->describe(d("2023-04-05")), "清明假期");
  EXPECT_EQ(calendar_->describe(d("2023-04-06")), "周四");
}

// The statutory computation against every notice of the calendar file: 清明 (own solar
// theory), and 春节, 端午 and 中秋 (ICU's month numbering, own new moons) fall in the
// holiday the notice gave them, every year from 2013.
TEST_F(WorkingDays, StatutoryFestivalsFallInEveryNoticesHoliday) {
  for (int year = 2013; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    auto holiday = [&](const ir::Date& date) { return calendar_->describe(date); };
    EXPECT_EQ(holiday(time::qingming(year)), "清明假期");
    std::optional<ir::Date> spring = time::lunar_date(year, 1, 1);
    ASSERT_TRUE(spring);
    EXPECT_EQ(holiday(*spring), "春节假期");
    std::optional<ir::Date> duanwu = time::lunar_date(year, 5, 5);
    ASSERT_TRUE(duanwu);
    EXPECT_EQ(holiday(*duanwu), "端午假期");
    std::optional<ir::Date> midautumn = time::lunar_date(year, 8, 15);
    ASSERT_TRUE(midautumn);
    EXPECT_NE(holiday(*midautumn).find("中秋"), std::string::npos) << holiday(*midautumn);
  }
}

// Under the 2024 revision (2025, 2026) every statutory day off is a day off in the notice.
TEST_F(WorkingDays, StatutoryDaysOffAreDaysOffInTheNotices) {
  for (int year : {2025, 2026}) {
    for (const time::StatutoryDay& day : time::statutory_days_off(year)) {
      if (day.make_up) continue;  // the notice moves make-up days (调休)
      EXPECT_EQ(calendar_->is_working_day(day.date), false) << day.date.iso() << " " << day.name;
    }
  }
  EXPECT_TRUE(time::statutory_days_off(2024).empty());  // before the revision: not computed
}

// New moons a few minutes before midnight, China time, where ICU's lunar theory starts
// the month on the next day: 2027-02-06 (23:56), 2030-02-03 is the other way round.
TEST_F(WorkingDays, MonthsBeginOnTheDayOfTheNewMoon) {
  EXPECT_EQ(time::lunar_date(2027, 1, 1), d("2027-02-06"));
  EXPECT_EQ(time::lunar_date(2030, 1, 1), d("2030-02-03"));
  EXPECT_EQ(time::lunar_date(2018, 10, 1), d("2018-11-08"));
  EXPECT_EQ(time::lunar_date(2027, 5, 5), d("2027-06-09"));
  EXPECT_EQ(time::lunar_date(2027, 8, 15), d("2027-09-15"));
  EXPECT_EQ(time::qingming(2027), d("2027-04-05"));
}

TEST_F(WorkingDays, StatutoryDaysOf2027) {
  std::vector<std::string> days;
  for (const time::StatutoryDay& day : time::statutory_days_off(2027))
    days.push_back(day.date.iso() + " " + day.name + (day.make_up ? "补假" : ""));
  EXPECT_EQ(days, (std::vector<std::string>{"2027-01-01 元旦", "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节",
                                            "2027-02-08 春节", "2027-02-09 春节补假", "2027-02-10 春节补假",
                                            "2027-04-05 清明", "2027-05-01 劳动节", "2027-05-02 劳动节",
                                            "2027-05-03 劳动节补假", "2027-05-04 劳动节补假", "2027-06-09 端午",
                                            "2027-09-15 中秋", "2027-10-01 国庆", "2027-10-02 国庆", "2027-10-03 国庆",
                                            "2027-10-04 国庆补假", "2027-10-05 国庆补假"}));
}

}  // namespace
}  // namespace planc
