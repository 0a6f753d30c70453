// Quantities: numbers in every form the plans use, units, bounds and intervals.
#include "compiler/ir/quantity.h"

#include <cmath>
#include <cstdio>

#include "compiler/base/fold.h"
#include "compiler/base/number.h"
#include "compiler/base/utf8.h"

namespace planc::ir {
namespace {

int chinese_digit(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零': return 0;
    case U'一': return 1;
    case U'二':
    case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

// Multipliers after a number: 万 千 亿 百 (not when they start a unit such as 千米).
double multiplier(std::string_view text, size_t& i) {
  if (starts(text, i, "万")) {
    i += 3;
    return 1e4;
  }
  if (starts(text, i, "亿")) {
    i += 3;
    return 1e8;
  }
  if (starts(text, i, "千") && !starts(text, i, "千米") && !starts(text, i, "千克") && !starts(text, i, "千瓦")) {
    i += 3;
    return 1e3;
  }
  if (starts(text, i, "百") && !starts(text, i, "百分")) {
    i += 3;
    return 1e2;
  }
  return 1;
}

}  // namespace

const char* dimension_unit(Dimension dimension) {
  switch (dimension) {
    case Dimension::None: return "";
    case Dimension::Count: return "人";
    case Dimension::Money: return "元";
    case Dimension::Mass: return "吨";
    case Dimension::Area: return "平方米";
    case Dimension::Volume: return "立方米";
    case Dimension::Length: return "毫米";
    case Dimension::Temperature: return "℃";
    case Dimension::Level: return "级";
    case Dimension::Intensity: return "度";
    case Dimension::Magnitude: return "M";
    case Dimension::Percent: return "%";
    case Dimension::Hours: return "小时";
    case Dimension::Days: return "天";
    case Dimension::WorkingDays: return "工作日";
    case Dimension::Months: return "月";
    case Dimension::Years: return "年";
  }
  return "";
}

const char* dimension_key(Dimension dimension) {
  switch (dimension) {
    case Dimension::None: return "none";
    case Dimension::Count: return "count";
    case Dimension::Money: return "money";
    case Dimension::Mass: return "mass";
    case Dimension::Area: return "area";
    case Dimension::Volume: return "volume";
    case Dimension::Length: return "length";
    case Dimension::Temperature: return "temperature";
    case Dimension::Level: return "level";
    case Dimension::Intensity: return "intensity";
    case Dimension::Magnitude: return "magnitude";
    case Dimension::Percent: return "percent";
    case Dimension::Hours: return "hours";
    case Dimension::Days: return "days";
    case Dimension::WorkingDays: return "working_days";
    case Dimension::Months: return "months";
    case Dimension::Years: return "years";
  }
  return "none";
}

Dimension dimension_of_unit(std::string_view unit) {
  std::string key = match_key(unit, {.drop_space = true});
  for (std::string_view count : {"人", "户", "万人", "人次", "起", "例", "名", "头", "只", "辆", "间",
                                 "座", "处", "家",   "艘",   "架", "栋", "台", "个", "条", "所", "次"}) {
    if (key == count) return Dimension::Count;
  }
  if (key == "元" || key == "万元" || key == "亿元") return Dimension::Money;
  if (key == "吨" || key == "千克" || key == "公斤" || key == "万吨") return Dimension::Mass;
  if (key == "平方米" || key == "公顷" || key == "亩" || key == "平方公里" || key == "平方千米" || key == "万亩")
    return Dimension::Area;
  if (key == "立方米" || key == "万立方米") return Dimension::Volume;
  if (key == "毫米" || key == "mm" || key == "厘米" || key == "米" || key == "公里" || key == "千米")
    return Dimension::Length;
  if (key == "°C" || key == "℃") return Dimension::Temperature;
  if (key == "级") return Dimension::Level;
  if (key == "度" || key == "烈度") return Dimension::Intensity;
  if (key == "M") return Dimension::Magnitude;
  if (key == "%") return Dimension::Percent;
  if (key == "小时") return Dimension::Hours;
  if (key == "天" || key == "日") return Dimension::Days;
  if (key == "工作日" || key == "个工作日") return Dimension::WorkingDays;
  if (key == "月" || key == "个月") return Dimension::Months;
  if (key == "年") return Dimension::Years;
  return Dimension::None;
}

const char* inclusion_key(Inclusion inclusion) {
  switch (inclusion) {
    case Inclusion::Inclusive: return "inclusive";
    case Inclusion::Exclusive: return "exclusive";
    case Inclusion::Convention: return "convention";
  }
  return "inclusive";
}

bool Interval::exact() const {
  return lower && upper && lower->value == upper->value && lower->inclusion != Inclusion::Exclusive &&
         upper->inclusion != Inclusion::Exclusive;
}

std::optional<double> parse_number(std::string_view text, size_t& i) {
  size_t j = i;
  bool negative = false;
  if (j < text.size() && text[j] == '-' && j + 1 < text.size() && text[j + 1] >= '0' && text[j + 1] <= '9') {
    negative = true;
    ++j;
  }
  if (j < text.size() && text[j] >= '0' && text[j] <= '9') {
    size_t start = j;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    if (j + 1 < text.size() && text[j] == '.' && text[j + 1] >= '0' && text[j + 1] <= '9') {
      ++j;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    }
    double value = std::stod(std::string(text.substr(start, j - start)));
    value *= multiplier(text, j);
    i = j;
    return negative ? -value : value;
  }
  // Chinese numerals: 三, 十二, 二十, 一百.
  size_t k = j;
  int total = 0;
  int current = -1;
  bool any = false;
  while (k < text.size()) {
    size_t before = k;
    char32_t c = utf8::next(text, k);
    int digit = chinese_digit(c);
    if (digit >= 0) {
      current = digit;
      any = true;
      continue;
    }
    if (c == U'十') {
      total += (current < 0 ? 1 : current) * 10;
      current = -1;
      any = true;
      continue;
    }
    k = before;
    break;
  }
  if (!any) return std::nullopt;
  if (current > 0) total += current;
  double value = total;
  value *= multiplier(text, k);
  i = k;
  return value;
}

std::optional<int> parse_chinese_numeral(std::string_view text) {
  size_t i = 0;
  if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return std::nullopt;
  std::optional<double> value = parse_number(text, i);
  if (!value || i != text.size()) return std::nullopt;
  return static_cast<int>(*value);
}

std::optional<int> parse_roman(std::string_view text, size_t& i) {
  static constexpr std::string_view forms[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                               "VII", "VIII", "IX",  "X",  "XI", "XII"};
  size_t j = i;
  while (j < text.size() && (text[j] == 'I' || text[j] == 'V' || text[j] == 'X')) ++j;
  std::string_view seen = text.substr(i, j - i);
  for (int k = 0; k < 12; ++k) {
    if (seen == forms[k]) {
      i = j;
      return k + 1;
    }
  }
  return std::nullopt;
}

std::string roman(int value) {
  if (value < 1 || value > 12) return {};
  std::string out;
  utf8::append(out, static_cast<char32_t>(0x2160 + value - 1));
  return out;
}

std::string show_quantity(double value, Dimension dimension) {
  switch (dimension) {
    case Dimension::Intensity: return roman(static_cast<int>(value));
    case Dimension::Magnitude: {
      char buffer[40];
      std::snprintf(buffer, sizeof buffer, value == std::floor(value) ? "M%.1f" : "M%.15g", value);  // M4.0
      return buffer;
    }
    case Dimension::Money:
      if (value >= 1e8 && std::fmod(value, 1e6) == 0) return format_number(value / 1e8) + "亿元";
      if (value >= 1e4 && std::fmod(value, 100) == 0) return format_number(value / 1e4) + "万元";
      return format_number(value) + "元";
    case Dimension::Length:
      if (value >= 1000 && std::fmod(value, 1000) == 0) return format_number(value / 1000) + "米";
      return format_number(value) + "毫米";
    default: return format_number(value) + dimension_unit(dimension);
  }
}

}  // namespace planc::ir
