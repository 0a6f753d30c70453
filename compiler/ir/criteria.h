// Criteria: the meaning of a grading or signal phrase, read from its words.
//
// "死亡（含失踪）人员50人（含）以上，300人以下；或紧急安置5千人（含）以上，10万人以下"
// becomes any-of { all-of {死亡人数 ∈ [50, 300]}, all-of {紧急安置人数 ∈ [5000, 100000]} },
// each bound remembering whether the text includes it (（含）), excludes it (不足, ＜) or
// leaves it to the plan's convention (bare 以上/以下). A phrase with no quantity in an
// alternative of its own ("部分建筑物有一定损坏") is a qualitative criterion, kept as text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/base/text_span.h"
#include "compiler/ir/quantity.h"
#include "compiler/ir/registry.h"

namespace planc::ir {

/// One condition on one indicator, or one qualitative statement.
struct Criterion {
  int indicator = -1;           ///< index in the IndicatorRegistry; -1 when qualitative
  std::string indicator_name;   ///< canonical indicator name, "" when qualitative
  std::string indicator_words;  ///< the words naming it in the text ("因灾死亡")
  Interval interval;
  std::optional<Quantity> window;  ///< a time window: 3小时, 24小时内, 连续三天
  std::string text;                ///< the phrase as written
  SourceRange range;
  bool qualitative() const { return indicator < 0; }
};

/// Criteria that must all hold.
struct Clause {
  std::vector<Criterion> all;
};

/// Words of a phrase the reader could not turn into a criterion: a quantity with an
/// unknown unit, or one whose indicator it could not tell.
struct UnreadWords {
  std::string words;   ///< "泄漏量在100吨以上"
  std::string reason;  ///< 单位“吨”未登记
  SourceRange range;
};

/// Alternatives: the criteria hold when any clause holds.
struct Criteria {
  std::vector<Clause> any;
  std::vector<UnreadWords> unread;
  bool empty() const { return any.empty(); }
};

struct CriteriaContext {
  int default_indicator = -1;  ///< the indicator of a table column, for cells that do not name one
  /// The unit a table column's header gives ("直接经济损失（万元）"): bare numbers in its
  /// cells are in it. Empty when the header names none.
  std::string default_unit;
};

/// Reads the criteria of a phrase.
Criteria parse_criteria(const TextSpan& text, const IndicatorRegistry& indicators, const CriteriaContext& context = {});

/// A duration or interval stated in words: "20 个工作日", "每２年", "24小时内".
struct Duration {
  double value = 0;
  Dimension unit = Dimension::None;
  SourceRange range;
  std::string text;
};

/// The first duration in a text (a number followed by 个工作日, 工作日, 年, 个月, 月, 天,
/// 日 or 小时), or nullopt.
std::optional<Duration> find_duration(const TextSpan& text);

/// The unit at folded text[i] after a number ("公顷", "万元" after 万 was read, "毫米"):
/// its dimension and the factor to the dimension's base unit (公顷 → 10000 平方米);
/// advances i past it. Dimension::None, factor 1 when no unit starts there.
std::pair<Dimension, double> unit_at(std::string_view text, size_t& i);

}  // namespace planc::ir
