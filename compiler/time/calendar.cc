// The working-day calendar: official holidays and make-up working days (调休), per year.
#include "compiler/time/calendar.h"

#include "compiler/base/fold.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/syntax_error.h"
#include "compiler/time/statutory.h"

namespace planc::time {
namespace {

const char* weekday_name(int weekday) {
  static const char* names[] = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  return names[weekday];
}

// "2023-01-21~2023-01-27" or "2023-04-05".
bool read_range(const TextSpan& text, ir::Date& first, ir::Date& last) {
  std::string s = compact_key(text.text());
  size_t tilde = s.find('~');
  std::optional<ir::Date> a = ir::parse_date(tilde == std::string::npos ? s : s.substr(0, tilde));
  std::optional<ir::Date> b = tilde == std::string::npos ? a : ir::parse_date(s.substr(tilde + 1));
  if (!a || !b || *b < *a) return false;
  first = *a;
  last = *b;
  return true;
}

}  // namespace

void WorkCalendar::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const auto& section : document.root->children) {
    if (section->kind != syntax::NodeKind::Section) continue;
    std::string title = compact_key(section->title.text().empty() ? section->number.text() : section->title.text());
    if (title.empty()) title = compact_key(section->number.text());
    int year = 0;
    if (title.size() == 4 && title.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(title);
    if (year < 1949 || year > 2200) {
      syntax::report_syntax(sink, section->heading_range, "日历的每一节应以年份为标题，例如 '## 2023'");
      continue;
    }
    years_.insert(year);
    for (const auto& node : section->children) {
      if (node->kind == syntax::NodeKind::Table) {
        for (const auto& row : node->rows) {
          if (row.header || row.cells.size() < 3) continue;
          ir::Date first, last;
          if (!read_range(row.cells[1].text, first, last)) {
            syntax::report_syntax(sink, row.cells[1].range, "放假日期应为 2023-01-21~2023-01-27 或 2023-04-05");
            continue;
          }
          long days = last.serial() - first.serial() + 1;
          std::string count = compact_key(row.cells[2].text.text());
          if (count != std::to_string(days)) {
            syntax::report_syntax(sink, row.cells[2].range,
                                  "天数“" + count + "”与放假日期不符：" + first.iso() + " 至 " + last.iso() + " 共 " +
                                      std::to_string(days) + " 天");
          }
          for (long d = first.serial(); d <= last.serial(); ++d) off_[d] = row.cells[0].text.text();
        }
      } else if (node->kind == syntax::NodeKind::Paragraph) {
        for (const TextSpan& line : syntax::paragraph_lines(*node)) {
          std::optional<syntax::Field> field = syntax::parse_field(line);
          if (!field) continue;
          std::string k = compact_key(field->key.text());
          if (k != "调休上班") continue;
          for (const TextSpan& item : ir::split_list(field->value)) {
            std::optional<ir::Date> date = ir::parse_date(item.text());
            if (!date) {
              syntax::report_syntax(sink, item.range(), "调休上班日期“" + std::string(item.text()) + "”无效");
              continue;
            }
            if (date->weekday() < 6) {
              syntax::report_syntax(
                  sink, item.range(),
                  date->iso() + "是" + weekday_name(date->weekday()) + "，本就是工作日：调休上班只列周末");
            }
            makeup_.insert(date->serial());
          }
        }
      }
    }
  }
  extend_provisionally();
}

void WorkCalendar::extend_provisionally() {
  provisional_years_.clear();
  provisional_off_.clear();
  if (years_.empty()) return;
  int first = std::max(*years_.rbegin() + 1, 2025);
  for (int year = first; year < first + 10; ++year) {
    provisional_years_.insert(year);
    for (const StatutoryDay& day : statutory_days_off(year))
      provisional_off_[day.date.serial()] = day.name + (day.make_up ? "补假" : "");
  }
}

int WorkCalendar::missing_year(const ir::Date& date) const {
  auto known = [&](int year) { return years_.count(year) || provisional_years_.count(year); };
  if (!known(date.year)) return date.year;
  // The next year's notice may move the last days of December.
  if (date.month == 12 && date.day >= 25 && !known(date.year + 1)) return date.year + 1;
  return 0;
}

bool WorkCalendar::provisional(const ir::Date& date) const {
  if (provisional_years_.count(date.year)) return true;
  return date.month == 12 && date.day >= 25 && provisional_years_.count(date.year + 1);
}

bool WorkCalendar::covers(const ir::Date& date) const { return missing_year(date) == 0; }

std::optional<bool> WorkCalendar::is_working_day(const ir::Date& date) const {
  if (!covers(date)) return std::nullopt;
  long serial = date.serial();
  if (provisional_years_.count(date.year)) return !provisional_off_.count(serial) && date.weekday() <= 5;
  if (makeup_.count(serial)) return true;
  if (off_.count(serial)) return false;
  return date.weekday() <= 5;
}

std::string WorkCalendar::describe(const ir::Date& date) const {
  long serial = date.serial();
  if (makeup_.count(serial)) return std::string(weekday_name(date.weekday())) + "，调休上班";
  auto it = off_.find(serial);
  if (it != off_.end()) return it->second + "假期";
  if (auto p = provisional_off_.find(serial); p != provisional_off_.end()) return p->second + "（按法定节假日推算）";
  return weekday_name(date.weekday());
}

std::optional<ir::Date> WorkCalendar::add_working_days(const ir::Date& start, int n, int* missing,
                                                       bool* provisional_out) const {
  ir::Date day = start;
  int counted = 0;
  while (counted < n) {
    day = day.plus_days(1);
    std::optional<bool> working = is_working_day(day);
    if (!working) {
      if (missing != nullptr) *missing = missing_year(day);
      return std::nullopt;
    }
    if (provisional_out != nullptr && provisional(day)) *provisional_out = true;
    if (*working) ++counted;
  }
  return day;
}

std::optional<int> WorkCalendar::working_days_between(const ir::Date& from, const ir::Date& to, int* missing,
                                                      bool* provisional_out) const {
  if (to < from) {
    std::optional<int> back = working_days_between(to, from, missing, provisional_out);
    if (!back) return std::nullopt;
    return -*back;
  }
  int count = 0;
  for (ir::Date day = from.plus_days(1); day <= to; day = day.plus_days(1)) {
    std::optional<bool> working = is_working_day(day);
    if (!working) {
      if (missing != nullptr) *missing = missing_year(day);
      return std::nullopt;
    }
    if (provisional_out != nullptr && provisional(day)) *provisional_out = true;
    if (*working) ++count;
  }
  return count;
}

}  // namespace planc::time
