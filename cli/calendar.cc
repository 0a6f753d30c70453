// planc calendar add DATE N | between DATE DATE: deadlines in working days, for a person.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "compiler/base/number.h"
#include "compiler/corpus/corpus.h"

namespace planc::cli {
namespace {

const char* kCalendarUsage =
    "用法：planc calendar add 日期 N            日期后第 N 个工作日\n"
    "      planc calendar between 日期 日期      两个日期之间的工作日数\n"
    "      选项：--calendar 日历文件或目录（默认 plans/calendar）";

std::string years(const time::WorkCalendar& calendar) {
  if (calendar.years().empty()) return "无";
  return std::to_string(*calendar.years().begin()) + "—" + std::to_string(*calendar.years().rbegin()) + " 年";
}

std::string weekday(const ir::Date& date) {
  static const char* names[] = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  return names[date.weekday()];
}

int missing_year(const time::WorkCalendar& calendar, int year) {
  std::cerr << "planc: 无法计算：" << year << " 年的放假安排不在日历中（日历有 " << years(calendar);
  if (!calendar.provisional_years().empty()) {
    std::cerr << "，暂按法定节假日推算到 " << *calendar.provisional_years().rbegin() << " 年";
  }
  std::cerr << "）\n";
  return kFindings;
}

// The answer runs through a year whose notice the calendar lacks: a warning, not a failure.
void warn_provisional(const time::WorkCalendar& calendar) {
  std::cerr << "planc: 警告：结果是暂定的：日历中没有 " << *calendar.provisional_years().begin()
            << " 年及以后的放假安排，按《全国年节及纪念日放假办法》（2024年修订）的法定节假日及周末补假推算，未计调休；"
               "国务院办公厅的放假通知公布后将其录入日历文件，以通知为准\n";
}

}  // namespace

int run_calendar(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"--calendar"}, options, error)) return usage_error(error, kCalendarUsage);
  if (options.help || options.paths.empty()) {
    std::cout << kCalendarUsage << "\n";
    return options.help ? kOk : kUsage;
  }
  std::string source = options.calendar.empty() ? "plans/calendar" : options.calendar;
  const std::vector<std::string>& words = options.paths;
  corpus::Corpus corpus;
  DiagnosticSink sink;
  if (!corpus::load({source}, corpus, sink, {.support_files = false}) || corpus.calendar.empty()) {
    return usage_error("没有读到日历：" + source + "（前置信息首行为“日历：…”的文件）", kCalendarUsage);
  }
  const time::WorkCalendar& calendar = corpus.calendar;
  if (words.size() == 3 && words[0] == "add") {
    std::optional<ir::Date> start = ir::parse_date(words[1]);
    std::optional<int> parsed = parse_int(words[2]);
    if (!parsed) return usage_error("N 应为非负整数：" + words[2], kCalendarUsage);
    int n = *parsed;
    if (!start || n < 0) return usage_error("日期应为 YYYY-MM-DD，N 应为非负整数", kCalendarUsage);
    int missing = 0;
    bool provisional = false;
    std::optional<ir::Date> end = calendar.add_working_days(*start, n, &missing, &provisional);
    if (!end) return missing_year(calendar, missing);
    std::cout << start->iso() << " 后第 " << n << " 个工作日：" << end->iso() << "（" << weekday(*end) << "）"
              << (provisional ? "（暂定）" : "") << "\n";
    if (provisional) warn_provisional(calendar);
    return kOk;
  }
  if (words.size() == 3 && words[0] == "between") {
    std::optional<ir::Date> from = ir::parse_date(words[1]);
    std::optional<ir::Date> to = ir::parse_date(words[2]);
    if (!from || !to) return usage_error("日期应为 YYYY-MM-DD", kCalendarUsage);
    int missing = 0;
    bool provisional = false;
    std::optional<int> count = calendar.working_days_between(*from, *to, &missing, &provisional);
    if (!count) return missing_year(calendar, missing);
    std::cout << from->iso() << " 至 " << to->iso() << "：" << *count << " 个工作日（不计 " << from->iso() << "，计 "
              << to->iso() << "）" << (provisional ? "（暂定）" : "") << "\n";
    if (provisional) warn_provisional(calendar);
    return kOk;
  }
  return usage_error("calendar 的用法不对", kCalendarUsage);
}

}  // namespace planc::cli
