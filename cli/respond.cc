// planc respond: evaluating a plan's grading schemes on the facts of an incident.
#include "cli/respond.h"

#include <algorithm>
#include <map>

#include "checkers/intervals.h"
#include "compiler/base/fold.h"
#include "compiler/ir/quantity.h"

namespace planc::cli {
namespace {

std::string key_of(std::string_view text) { return match_key(text, {.drop_space = true}); }

// A value with an optional unit, in the indicator's base unit.
std::optional<double> parse_value(const std::string& text, ir::Dimension dimension) {
  std::string s = key_of(text);
  size_t i = 0;
  if (dimension == ir::Dimension::Intensity) {
    if (std::optional<int> roman = ir::parse_roman(s, i)) return *roman;
    i = 0;
  }
  std::optional<double> number = ir::parse_number(s, i);
  if (!number) return std::nullopt;
  std::string unit = s.substr(i);
  double factor = 1;
  if (dimension == ir::Dimension::Length) {
    if (unit == "厘米" || unit == "cm")
      factor = 10;
    else if (unit == "米" || unit == "m")
      factor = 1000;
    else if (unit == "千米" || unit == "公里")
      factor = 1e6;
    else if (!unit.empty() && unit != "毫米" && unit != "mm")
      return std::nullopt;
  } else if (!unit.empty()) {
    static const std::vector<std::string> known = {"人", "户", "元", "级", "度", "烈度", "°C", "%", "M"};
    if (std::find(known.begin(), known.end(), unit) == known.end()) return std::nullopt;
  }
  return *number * factor;
}

bool inside(double v, const checkers::ResolvedInterval& r) {
  if (r.lower && (v < r.lower->value || (v == r.lower->value && !r.lower->inclusive))) return false;
  if (r.upper && (v > r.upper->value || (v == r.upper->value && !r.upper->inclusive))) return false;
  return true;
}

std::string show(double v, ir::Dimension dimension) {
  if (dimension == ir::Dimension::Intensity) return ir::roman(static_cast<int>(v));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return std::string(buffer) + (dimension == ir::Dimension::Magnitude ? "" : ir::dimension_unit(dimension));
}

// One criterion on the facts.
Truth judge(const ir::Criterion& c, const std::vector<Fact>& facts, const ir::Plan& plan, std::vector<std::string>& why,
            bool& boundary) {
  if (c.qualitative()) {
    why.push_back("定性标准“" + c.text + "”需要人工判断");
    return Truth::Unknown;
  }
  auto fact = std::find_if(facts.begin(), facts.end(), [&](const Fact& f) { return f.indicator == c.indicator; });
  if (fact == facts.end()) {
    why.push_back("没有给出“" + c.indicator_name + "”");
    return Truth::Unknown;
  }
  checkers::ResolvedInterval r = checkers::resolve(c.interval, plan.convention);
  bool in = inside(fact->value, r);
  bool flipped = inside(fact->value, checkers::flip_defaults(r));
  std::string written = c.indicator_name + " " + show(fact->value, c.interval.dimension) + "，标准为“" + c.text + "”";
  if (in != flipped) {
    boundary = true;
    why.push_back(written + "：正落在“以上/以下”的边界上，而预案没有写明是否含本数");
    return Truth::Unknown;
  }
  why.push_back(written + (in ? "：符合" : "：不符合"));
  return in ? Truth::Yes : Truth::No;
}

Truth judge(const ir::Clause& clause, const std::vector<Fact>& facts, const ir::Plan& plan,
            std::vector<std::string>& why, bool& boundary) {
  Truth result = Truth::Yes;
  for (const ir::Criterion& c : clause.all) {
    Truth t = judge(c, facts, plan, why, boundary);
    if (t == Truth::No) return Truth::No;
    if (t == Truth::Unknown) result = Truth::Unknown;
  }
  return result;
}

GradeVerdict judge(const ir::GradeDefinition& d, const std::vector<Fact>& facts, const ir::Plan& plan) {
  GradeVerdict verdict;
  verdict.definition = &d;
  verdict.truth = Truth::No;
  for (const ir::Clause& clause : d.criteria.any) {
    std::vector<std::string> why;
    Truth t = judge(clause, facts, plan, why, verdict.boundary);
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

std::optional<Fact> parse_fact(const std::string& text, const ir::IndicatorRegistry& indicators, std::string& error) {
  size_t eq = text.find('=');
  if (eq == std::string::npos) eq = text.find("＝");
  if (eq == std::string::npos) {
    error = "事实应写作 指标=值，例如 死亡人数=12 或 M=5.2";
    return std::nullopt;
  }
  size_t value_at = text.compare(eq, 3, "＝") == 0 ? eq + 3 : eq + 1;
  std::string name = text.substr(0, eq);
  int index = indicators.index_of(name);
  if (index < 0 || indicators.indicators()[index].hazard) {
    error = "“" + name + "”不是登记的指标：指标及其别名见指标登记文件";
    return std::nullopt;
  }
  const ir::Indicator& indicator = indicators.indicators()[index];
  std::optional<double> value = parse_value(text.substr(value_at), indicator.dimension);
  if (!value) {
    error = "“" + text.substr(value_at) + "”不是“" + indicator.name + "”的值（单位：" + indicator.unit + "）";
    return std::nullopt;
  }
  return Fact{index, indicator.name, text, *value};
}

std::vector<Reading> evaluate(const ir::Plan& plan, const std::vector<Fact>& facts) {
  std::vector<Reading> readings;
  for (const ir::GradeScheme& scheme : plan.schemes) {
    for (ir::CriteriaRole role : {ir::CriteriaRole::Initial, ir::CriteriaRole::Grading}) {
      for (bool table : {false, true}) {
        Reading reading{scheme.name, role, table, {}, {}, {}};
        for (const ir::Grade& grade : scheme.grades) {
          for (const ir::GradeDefinition& d : plan.definitions) {
            if (d.scheme != scheme.name || d.grade != grade.name || d.role != role || d.from_table != table) continue;
            GradeVerdict v = judge(d, facts, plan);
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

}  // namespace planc::cli
