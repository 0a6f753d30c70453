// Quantities: numbers in every form the plans use, units, bounds and intervals.
//
// The grammar of one quantity phrase (on match-key text, see fold.h):
//   value    := NUMBER [万|千|亿|百] [UNIT] | ROMAN [度|烈度]
//   single   := [PREFIX] value [SUFFIX]          超过50毫米, 300人(含)以上, Ⅸ度及以上
//   range    := value (~|-|至|到) value [UNIT]     5~6级, Ⅶ~Ⅷ烈度
//   set      := value 或 value                     11级或12级
//   chain    := value CMP VAR CMP value | VAR CMP value | value CMP VAR
//                                                 4.0≤M<5.0, M≥7.0, 30%≤X<40%
// PREFIX and SUFFIX are the comparison words: 以上 以下 (含) 及以上 以内 不足 超过 不满
// 大于 小于 低于 高于 达 ≥ ≤ < > and their kin. 以上/以下 at a boundary follow the
// plan's declared convention (Inclusion::Convention) and are resolved by the checker.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace planc::ir {

/// What a number measures, with its base unit.
enum class Dimension {
  None,
  Count,        ///< 人, 户, 起, 例 …
  Money,        ///< 元
  Mass,         ///< 吨
  Area,         ///< 平方米 (公顷, 亩, 平方公里 scaled)
  Volume,       ///< 立方米
  Length,       ///< 毫米 (mm)
  Temperature,  ///< ℃
  Level,        ///< 级 (wind force, response and warning levels)
  Intensity,    ///< 烈度 on the roman scale Ⅰ–Ⅻ
  Magnitude,    ///< M
  Percent,      ///< %
  Hours,
  Days,
  WorkingDays,
  Months,
  Years,
};

/// "人", "元", "毫米" …: the base unit's name.
const char* dimension_unit(Dimension dimension);
/// "count", "money" …: a stable English key for the IR.
const char* dimension_key(Dimension dimension);
/// The dimension a registry unit names ("人", "万元", "毫米", "℃", "级", "度", "M", "%").
Dimension dimension_of_unit(std::string_view unit);

/// A number with its dimension, and where it stood in the (folded) text.
struct Quantity {
  double value = 0;
  Dimension dimension = Dimension::None;
  size_t begin = 0;
  size_t end = 0;
};

enum class Inclusion {
  Inclusive,   ///< (含)以上, 及以上, ≥, 以内, 或以下 …
  Exclusive,   ///< 超过, 不足, 小于, <, 大于 …
  Convention,  ///< bare 以上/以下: the plan's convention decides; the legal default includes
};

const char* inclusion_key(Inclusion inclusion);

struct Bound {
  double value = 0;
  Inclusion inclusion = Inclusion::Inclusive;
  std::string word;  ///< the comparison as written: "以上", "(含)以上", "≥", "" for an exact value
  size_t begin = 0;  ///< folded offsets of the whole bound phrase
  size_t end = 0;
};

/// An interval over one dimension; a missing bound is unbounded.
struct Interval {
  std::optional<Bound> lower;
  std::optional<Bound> upper;
  Dimension dimension = Dimension::None;

  bool empty_bounds() const { return !lower && !upper; }
  /// Whether the interval is one exact value (both bounds equal and inclusive).
  bool exact() const;
};

/// Parses a decimal or Chinese numeral at text[i] of folded text, with an optional
/// multiplier (万 千 亿 百); advances i. nullopt when no number starts there.
std::optional<double> parse_number(std::string_view text, size_t& i);

/// Parses a Chinese numeral alone ("三", "十二", "二十", "两"); nullopt when not one.
std::optional<int> parse_chinese_numeral(std::string_view text);

/// Parses a roman numeral I–XII in folded text ("VI", "IX", a Latin "I") at text[i];
/// advances i. Ⅵ folds to "VI", so both forms are read.
std::optional<int> parse_roman(std::string_view text, size_t& i);

/// The roman numeral for 1–12 as the plans write it: "Ⅵ".
std::string roman(int value);

/// A value in words with its unit, as messages and `respond` show it: "12人", "Ⅵ",
/// "M5.2", "1000万元", "2亿元", "1.5米" (from 1500 毫米), "0.5%".
std::string show_quantity(double value, Dimension dimension);

}  // namespace planc::ir
