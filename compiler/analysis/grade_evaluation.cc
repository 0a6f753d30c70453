// planc respond: evaluating a plan's grading schemes on the facts of an incident.
#include "compiler/analysis/grade_evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "compiler/analysis/intervals.h"
#include "compiler/base/fold.h"
#include "compiler/base/number.h"
#include "compiler/ir/criteria.h"
#include "compiler/ir/quantity.h"

namespace planc::analysis {
namespace {

// Whether a value written with a unit of dimension `unit` can measure `indicator`.
bool fits(ir::Dimension unit, ir::Dimension indicator) {
  if (unit == indicator) return true;
  return indicator == ir::Dimension::Magnitude && unit == ir::Dimension::Level;  // 5.2级
}

// A value with an optional unit, in the indicator's base unit; `why` says what is wrong.
std::optional<double> parse_value(const std::string& text, ir::Dimension dimension, std::string& why) {
  std::string s = compact_key(text);
  size_t i = 0;
  if (dimension == ir::Dimension::Intensity) {
    if (std::optional<int> roman = ir::parse_roman(s, i)) {
      std::string rest = s.substr(i);
      if (!rest.empty() && rest != "度" && rest != "烈度") return std::nullopt;
      return *roman;
    }
    i = 0;
  }
  if (dimension == ir::Dimension::Magnitude && s.rfind("M", 0) == 0) i = 1;  // M5.2
  std::optional<double> number = ir::parse_number(s, i);
  if (!number) return std::nullopt;
  std::string unit = s.substr(i);
  double value = *number;
  // The unit as the criteria reader reads it, with its factor: 150公顷 is 1500000 平方米,
  // 5厘米 is 50 毫米 (the indicators' base units).
  size_t j = i;
  auto [unit_dimension, factor] = ir::unit_at(s, j);
  if (unit == "cm" || unit == "m" || unit == "mm") {
    unit_dimension = ir::Dimension::Length;
    factor = unit == "cm" ? 10 : unit == "m" ? 1000 : 1;
    j = s.size();
  }
  if (!unit.empty() && j == s.size() && unit_dimension != ir::Dimension::None) {
    if (!fits(unit_dimension, dimension)) {
      why = "单位“" + unit + "”不能度量这个指标";
      return std::nullopt;
    }
    value *= factor;
  } else if (!unit.empty() && !fits(ir::dimension_of_unit(unit), dimension)) {
    why = "单位“" + unit + "”不能度量这个指标";
    return std::nullopt;
  }
  if (value < 0 && dimension != ir::Dimension::Temperature) {
    why = "不能为负数";
    return std::nullopt;
  }
  if (dimension == ir::Dimension::Count && value != std::floor(value)) {
    why = "人数应为整数";
    return std::nullopt;
  }
  if (dimension == ir::Dimension::Intensity && (value != std::floor(value) || value < 1 || value > 12)) {
    why = "烈度应为Ⅰ至Ⅻ度";
    return std::nullopt;
  }
  if (dimension == ir::Dimension::Money) value = std::round(value * 100) / 100;  // 0.1亿 is 1000万 exactly
  return value;
}

bool inside(double v, const ResolvedInterval& r) {
  if (r.lower && (v < r.lower->value || (v == r.lower->value && !r.lower->inclusive))) return false;
  if (r.upper && (v > r.upper->value || (v == r.upper->value && !r.upper->inclusive))) return false;
  return true;
}

// When the fact stands exactly on a bound that the text or the convention decides: why
// it is in or out. "" otherwise.
std::string on_bound(const ir::Criterion& c, const ResolvedInterval& r, double v, const ir::Plan& plan) {
  if (c.interval.exact()) return {};
  const std::optional<ir::Bound>& lower = c.interval.lower;
  const std::optional<ir::Bound>& upper = c.interval.upper;
  bool at_lower = r.lower && r.lower->value == v;
  bool at_upper = r.upper && r.upper->value == v;
  if (!at_lower && !at_upper) return {};
  const ResolvedBound& b = at_lower ? *r.lower : *r.upper;
  const ir::Bound& words = at_lower ? *lower : *upper;
  std::string head = "（" + show_value(v, c.interval.dimension) + "恰在边界上，";
  if (b.decided == Decided::Convention) {
    std::string where =
        plan.convention ? "按本预案“" + syntax::last_heading(plan.convention->origin.section) + "”" : "按本预案约定";
    return head + where + "，“" + (at_lower ? "以上" : "以下") + "”" + (b.inclusive ? "含本数" : "不含本数") + "）";
  }
  if (words.word == "~") return head + "原文的范围含两端）";
  return head + "原文写明" + (b.inclusive ? "含本数" : "不含本数") + "）";
}

// One criterion on the facts.
Truth judge(const ir::Criterion& c, const std::vector<Fact>& facts, const ir::Plan& plan, bool lowest,
            std::vector<std::string>& why, bool& boundary) {
  if (c.qualitative()) {
    why.push_back("定性标准“" + c.text + "”需要人工判断");
    return Truth::Unknown;
  }
  auto fact = std::find_if(facts.begin(), facts.end(), [&](const Fact& f) { return f.indicator == c.indicator; });
  if (fact == facts.end()) {
    why.push_back("没有给出“" + c.indicator_name + "”");
    return Truth::Unknown;
  }
  ResolvedInterval r = resolve(c.interval, plan.convention);
  bool in = inside(fact->value, r);
  bool flipped = inside(fact->value, flip_defaults(r));
  std::string written =
      c.indicator_name + " " + show_value(fact->value, c.interval.dimension) + "，标准为“" + c.text + "”";
  if (in != flipped) {
    boundary = true;
    why.push_back(written + "：正落在“以上/以下”的边界上，而预案没有写明是否含本数（含本数则" +
                  (in ? "符合" : "不符合") + "，不含本数则" + (flipped ? "符合" : "不符合") + "）");
    return Truth::Unknown;
  }
  std::string note = on_bound(c, r, fact->value, plan);
  // "紧急安置5千人以下" for a grade above the lowest: literally any smaller number meets it.
  if (in && !lowest && c.interval.upper && !c.interval.lower)
    note += "（此标准只写了上限：按字面，任何更小的值，包括0，都符合；请核对预案原意）";
  why.push_back(written + (in ? "：符合" : "：不符合") + note);
  return in ? Truth::Yes : Truth::No;
}

Truth judge(const ir::Clause& clause, const std::vector<Fact>& facts, const ir::Plan& plan, bool lowest,
            std::vector<std::string>& why, bool& boundary) {
  Truth result = Truth::Yes;
  for (const ir::Criterion& c : clause.all) {
    Truth t = judge(c, facts, plan, lowest, why, boundary);
    if (t == Truth::No) return Truth::No;
    if (t == Truth::Unknown) result = Truth::Unknown;
  }
  return result;
}

GradeVerdict judge(const ir::GradeDefinition& d, const std::vector<Fact>& facts, const ir::Plan& plan, bool lowest) {
  GradeVerdict verdict;
  verdict.definition = &d;
  verdict.truth = Truth::No;
  for (const ir::Clause& clause : d.criteria.any) {
    std::vector<std::string> why;
    Truth t = judge(clause, facts, plan, lowest, why, verdict.boundary);
    if (t == Truth::Yes) {
      verdict.truth = Truth::Yes;
      verdict.reasons = why;
      return verdict;
    }
    if (t == Truth::Unknown) verdict.truth = Truth::Unknown;
    verdict.reasons.insert(verdict.reasons.end(), why.begin(), why.end());
  }
  return verdict;
}

}  // namespace

std::string show_value(double value, ir::Dimension dimension) { return ir::show_quantity(value, dimension); }

std::optional<Fact> parse_fact(const std::string& text, const ir::IndicatorRegistry& indicators, std::string& error) {
  size_t eq = text.find('=');
  size_t width = 1;
  if (eq == std::string::npos) {
    eq = text.find("＝");
    width = 3;
  }
  if (eq == std::string::npos) {
    error = "事实“" + text + "”应写作 指标=值，例如 死亡人数=12 或 M=5.2";
    return std::nullopt;
  }
  std::string name = text.substr(0, eq);
  std::string value_text = text.substr(eq + width);
  int index = indicators.index_of(name);
  if (index < 0) {
    error = "“" + name + "”不是登记的指标";
    return std::nullopt;
  }
  const ir::Indicator& indicator = indicators.indicators()[index];
  if (indicator.hazard) {
    error = "“" + name + "”是灾种，不是指标";
    return std::nullopt;
  }
  std::string why;
  std::optional<double> value = parse_value(value_text, indicator.dimension, why);
  if (!value) {
    error = "“" + value_text + "”不是“" + indicator.name + "”的值（单位：" + indicator.unit + "）" +
            (why.empty() ? "" : "：" + why);
    return std::nullopt;
  }
  return Fact{index, indicator.name, text, *value, indicator.dimension};
}

std::vector<int> criteria_indicators(const ir::Plan& plan) {
  std::set<int> used;
  for (const ir::GradeDefinition& d : plan.definitions) {
    for (const ir::Clause& c : d.criteria.any) {
      for (const ir::Criterion& k : c.all) {
        if (!k.qualitative()) used.insert(k.indicator);
      }
    }
  }
  return {used.begin(), used.end()};
}

std::vector<Reading> evaluate(const ir::Plan& plan, const std::vector<Fact>& facts) {
  std::vector<Reading> readings;
  for (const ir::GradeScheme& scheme : plan.schemes) {
    for (ir::CriteriaRole role : {ir::CriteriaRole::Initial, ir::CriteriaRole::Grading}) {
      for (bool table : {false, true}) {
        Reading reading{scheme.name, role, table, {}, {}, {}};
        for (const ir::Grade& grade : scheme.grades) {
          bool lowest = &grade == &scheme.grades.back();
          for (const ir::GradeDefinition& d : plan.definitions) {
            if (d.scheme != scheme.name || d.grade != grade.name || d.role != role || d.from_table != table) continue;
            GradeVerdict v = judge(d, facts, plan, lowest);
            if (v.truth == Truth::Yes) reading.matched.push_back(grade.name);
            if (v.truth == Truth::Unknown) reading.undecided.push_back(grade.name);
            reading.verdicts.push_back(std::move(v));
          }
        }
        if (!reading.verdicts.empty()) readings.push_back(std::move(reading));
      }
    }
  }
  return readings;
}

std::string decision(const Reading& reading) { return reading.matched.empty() ? "" : reading.matched.front(); }

std::vector<std::string> possibly_higher(const Reading& reading) {
  std::vector<std::string> out;
  std::string d = decision(reading);
  for (const GradeVerdict& v : reading.verdicts) {
    if (v.definition->grade == d) break;
    if (v.truth == Truth::Unknown) out.push_back(v.definition->grade);
  }
  return out;
}

std::set<std::string> outcomes(const Reading& reading) {
  std::vector<std::string> higher = possibly_higher(reading);
  std::set<std::string> out(higher.begin(), higher.end());
  out.insert(decision(reading));  // "" when none is met: no grade stays possible
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "、") + i;
  return out;
}

std::string summary(const Reading& reading) {
  std::string d = decision(reading);
  std::vector<std::string> higher = possibly_higher(reading);
  if (!d.empty() && higher.empty()) return d;
  if (!d.empty()) return "至少为" + d + "（更高的" + join(higher) + "尚不能排除）";
  if (!reading.undecided.empty()) return "无法判定（尚不能排除：" + join(reading.undecided) + "）";
  return "不属于任何等级";
}

std::string role_name(ir::CriteriaRole role) { return role == ir::CriteriaRole::Initial ? "初判标准" : "分级标准"; }

std::string label(const Reading& reading) {
  return role_name(reading.role) + "（" + (reading.from_table ? "附件表" : "正文") + "）";
}

}  // namespace planc::analysis
