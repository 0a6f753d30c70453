// grade-conflict: 同一等级在正文和附件表中的两处定义（标准或响应级别）不一致.
#include <optional>
#include <set>

#include "checkers/grading.h"
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class GradeConflictCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "grade-conflict",
        Severity::Error,
        "同一等级在正文和附件表中的两处定义（标准或响应级别）不一致",
        {"planc 预案语言（docs/language.md）", "分级",
         "同一预案中同一等级的各处定义（正文条款与附件表格）是同一标准的两种写法，必须一致；空单元格不表述任何标准。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      grading::skip_unchecked(context, *plan);
      for (const ir::GradeDefinition& body : plan->definitions) {
        if (body.from_table) continue;
        for (const ir::GradeDefinition& table : plan->definitions) {
          if (table.from_table && table.role == body.role && key(table.scheme) == key(body.scheme) &&
              key(table.grade) == key(body.grade))
            compare(context, *plan, body, table);
        }
      }
      check_response_levels(context, *plan);
    }
  }

 private:
  // Each indicator both definitions give a single-criterion interval, compared.
  static void compare(CheckContext& context, const ir::Plan& plan, const ir::GradeDefinition& body,
                      const ir::GradeDefinition& table) {
    std::set<int> seen;
    for (const ir::Clause& clause : body.criteria.any) {
      if (clause.all.size() != 1) continue;
      const ir::Criterion& said = clause.all.front();
      if (said.qualitative() || said.interval.empty_bounds() || !seen.insert(said.indicator).second) continue;
      const ir::Criterion* other = grading::single_criterion(table, said.indicator);
      if (other == nullptr || other->interval.dimension != said.interval.dimension) continue;
      ResolvedInterval a = resolve(said.interval, plan.convention);
      ResolvedInterval b = resolve(other->interval, plan.convention);
      if (same(a, b)) continue;
      std::string role = grading::role_name(body.role);
      std::string message = "正文把“" + body.grade + "”的" + role + "中" + said.indicator_name + "写作 " + describe(a) +
                            "（" + grading::quoted(said) + "），附件表写作 " + describe(b) + "（" +
                            grading::quoted(*other) + "）：同一等级的两处定义不一致，应改为同一标准。" +
                            default_note(said, a) + default_note(*other, b);
      Diagnostic& d = context.report(said.range, message, body.origin.section);
      d.related.push_back({other->range, "附件表写作" + grading::quoted(*other) + "（" + describe(b) + "）"});
    }
  }

  // "“以下”未约定是否含本数，按通常读法（含本数）比较。" for a bare bound the comparison rests on.
  static std::string default_note(const ir::Criterion& criterion, const ResolvedInterval& interval) {
    std::string words;
    if (interval.lower && interval.lower->decided == Decided::Default)
      words += "“" + criterion.interval.lower->word + "”";
    if (interval.upper && interval.upper->decided == Decided::Default) {
      std::string w = "“" + criterion.interval.upper->word + "”";
      if (w != words) words += w;
    }
    if (words.empty()) return "";
    return grading::quoted(criterion) + "中的" + words + "未约定是否含本数，按通常读法（含本数）比较。";
  }

  static const ir::ResponseLevel* level_of(const ir::Plan& plan, const std::string& grade) {
    if (!plan.response) return nullptr;
    for (const ir::ResponseLevel& level : plan.response->levels) {
      for (const std::string& g : level.grades) {
        if (key(g) == key(grade)) return &level;
      }
    }
    return nullptr;
  }

  // A table's 响应级别 cell against the level the response scheme gives the grade.
  static void check_response_levels(CheckContext& context, const ir::Plan& plan) {
    std::set<std::pair<std::string, int>> seen;  // (grade, line of the cell): a row has one per role
    for (const ir::GradeDefinition& table : plan.definitions) {
      if (!table.from_table || table.response_level.empty()) continue;
      if (!seen.insert({key(table.grade), table.response_range.begin.line}).second) continue;
      std::optional<int> written = ir::level_ordinal(table.response_level);
      const ir::ResponseLevel* level = level_of(plan, table.grade);
      if (!written || level == nullptr || level->ordinal == *written) continue;
      std::string name = level->name;
      if (!name.ends_with("响应")) name += "响应";
      std::string message = "正文规定“" + table.grade + "”启动" + name + "，附件表却写作“" + table.response_level +
                            "”：同一等级的响应级别两处不一致。";
      Diagnostic& d = context.report(level->origin.range, message, level->origin.section);
      d.related.push_back({table.response_range, "附件表写作“" + table.response_level + "”"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_conflict_check() { return std::make_unique<GradeConflictCheck>(); }

}  // namespace planc::checkers
