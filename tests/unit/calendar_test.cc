// Working-day arithmetic against cases checked by hand with the yearly notices.
#include "compiler/time/calendar.h"

#include <gtest/gtest.h>

#include "compiler/syntax/parser.h"
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

TEST_F(WorkingDays, UnknownYearsAreNeverGuessed) {
  EXPECT_FALSE(calendar_->is_working_day(d("2027-01-04")).has_value());
  // The 2027 notice may move the last days of December 2026.
  EXPECT_FALSE(calendar_->is_working_day(d("2026-12-28")).has_value());
  EXPECT_EQ(calendar_->missing_year(d("2026-12-28")), 2027);
  EXPECT_FALSE(calendar_->is_working_day(d("2012-06-01")).has_value());
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
  EXPECT_EQ(add("2026-02-14", 1), "2026-02-24");     // the nine-day 2026 Spring Festival
  EXPECT_EQ(add("2012-12-31", 1), "2013-01-04");     // the start date's year need not be known
  EXPECT_EQ(add("2026-11-28", 20), "missing 2027");  // runs into late December 2026
  EXPECT_EQ(add("2012-06-01", 1), "missing 2012");
}

TEST_F(WorkingDays, CountingWorkingDaysBetweenDates) {
  EXPECT_EQ(calendar_->working_days_between(d("2023-01-31"), d("2023-02-28")), 20);
  EXPECT_EQ(calendar_->working_days_between(d("2023-03-30"), d("2023-04-27")), 20);
  EXPECT_EQ(calendar_->working_days_between(d("2023-01-20"), d("2023-01-30")), 3);
  EXPECT_EQ(calendar_->working_days_between(d("2023-04-27"), d("2023-03-30")), -20);
  EXPECT_EQ(calendar_->working_days_between(d("2024-02-09"), d("2024-02-19")), 2);
  EXPECT_EQ(calendar_->working_days_between(d("2023-06-21"), d("2023-06-26")), 2);  // 端午, make-up Sunday
  int missing = 0;
  EXPECT_FALSE(calendar_->working_days_between(d("2026-12-01"), d("2027-01-10"), &missing).has_value());
  EXPECT_EQ(missing, 2026 + 1);
}

TEST_F(WorkingDays, ExplainsADate) {
  EXPECT_EQ(calendar_->describe(d("2023-01-28")), "周六，调休上班");
  EXPECT_EQ(calendar_->describe(d("2023-04-05")), "清明假期");
  EXPECT_EQ(calendar_->describe(d("2023-04-06")), "周四");
}

}  // namespace
}  // namespace planc
