// compiler/analysis: the evaluation of grades on an incident's facts (planc respond), the
// action plan drafted from it, the time obligations of a plan and the external clauses
// in force on a date — on made-up plans of places other than Jiyang.
#include <gtest/gtest.h>

#include <algorithm>

#include "compiler/analysis/action_plan.h"
#include "compiler/analysis/external_clauses.h"
#include "compiler/analysis/grade_evaluation.h"
#include "compiler/analysis/intervals.h"
#include "compiler/analysis/obligations.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

const char* kIndicators = R"(---
指标：松岭县（测试用）指标
---

## 死亡人数
别名：死亡人员
单位：人

## 震级
别名：M
单位：M

## 过火面积
单位：平方米

## 直接经济损失
单位：元

## 降水量
单位：毫米

## 地震
类别：灾种
)";

const char* kOrgs = R"(---
机构：松岭县（测试用）机构名录
---

## 县政府
全称：松岭县人民政府
类型：政府

## 县抗震救灾指挥部
类型：指挥部
)";

const char* kQuake = R"(---
预案：松岭县地震应急预案
类别：专项
层级：县
印发：松岭县人民政府办公室 2025-03-03
---

# 松岭县地震应急预案

## 1 分级 {分级 地震灾害}

地震灾害分为重大、较大、一般三个级别。

### 1.1 重大地震灾害 {标准 地震灾害}

分级标准：死亡人员10人（含）以上。

### 1.2 较大地震灾害 {标准 地震灾害}

分级标准：死亡人员3人（含）以上、10人以下。

### 1.3 一般地震灾害 {标准 地震灾害}

分级标准：死亡人员3人以下。

## 2 分级响应 {响应}

重大地震灾害发生时，启动Ⅰ级应急响应；较大地震灾害发生时，启动Ⅱ级应急响应；一般地震灾害发生时，启动Ⅲ级应急响应。Ⅰ级应急响应由县政府决定启动，Ⅱ级、Ⅲ级应急响应由县抗震救灾指挥部决定启动。
)";

struct Loaded {
  testing::TextCorpus in;
  const ir::Plan* plan = nullptr;
};

void load(Loaded& out, const std::vector<std::pair<std::string, std::string>>& extra = {},
          const std::string& quake = kQuake) {
  std::vector<std::pair<std::string, std::string>> files = {
      {"songling/indicators.plan", kIndicators}, {"songling/orgs.plan", kOrgs}, {"songling/quake.plan", quake}};
  files.insert(files.end(), extra.begin(), extra.end());
  testing::load_texts(out.in, files);
  out.plan = out.in.corpus.plan_titled("松岭县地震应急预案");
}

analysis::Fact fact(const ir::Plan& plan, const std::string& text) {
  std::string error;
  std::optional<analysis::Fact> f = analysis::parse_fact(text, *plan.indicators, error);
  EXPECT_TRUE(f) << text << ": " << error;
  return f.value_or(analysis::Fact{});
}

TEST(GradeEvaluation, ParsesFactsWithAndWithoutUnits) {
  Loaded l;
  load(l);
  ASSERT_NE(l.plan, nullptr);
  analysis::Fact a = fact(*l.plan, "死亡人员=12人");
  EXPECT_EQ(a.name, "死亡人数");
  EXPECT_EQ(a.value, 12);
  EXPECT_EQ(fact(*l.plan, "死亡人数=3").value, 3);
  std::string error;
  EXPECT_FALSE(analysis::parse_fact("死亡人数=12米", *l.plan->indicators, error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(analysis::parse_fact("没有这个指标=1", *l.plan->indicators, error));
  // Units convert to the indicator's base unit, as in the criteria: 公顷 to 平方米, 万元 to 元.
  EXPECT_EQ(fact(*l.plan, "过火面积=150公顷").value, 1500000);
  EXPECT_EQ(fact(*l.plan, "过火面积=2平方千米").value, 2000000);
  EXPECT_EQ(fact(*l.plan, "直接经济损失=500万元").value, 5000000);
  EXPECT_EQ(fact(*l.plan, "降水量=5厘米").value, 50);
}

TEST(GradeEvaluation, TheHighestGradeMetDecides) {
  Loaded l;
  load(l);
  ASSERT_NE(l.plan, nullptr);
  std::vector<analysis::Reading> readings = analysis::evaluate(*l.plan, {fact(*l.plan, "死亡人数=12")});
  ASSERT_EQ(readings.size(), 1u);
  EXPECT_EQ(analysis::decision(readings[0]), "重大");
  EXPECT_EQ(analysis::summary(readings[0]), "重大");
  // On the bound: 10 is 重大 (（含）), 9 is 较大, 3 is 较大 (（含）), 2 is 一般.
  EXPECT_EQ(analysis::decision(analysis::evaluate(*l.plan, {fact(*l.plan, "死亡人数=10")})[0]), "重大");
  EXPECT_EQ(analysis::decision(analysis::evaluate(*l.plan, {fact(*l.plan, "死亡人数=9")})[0]), "较大");
  EXPECT_EQ(analysis::decision(analysis::evaluate(*l.plan, {fact(*l.plan, "死亡人数=3")})[0]), "较大");
  EXPECT_EQ(analysis::decision(analysis::evaluate(*l.plan, {fact(*l.plan, "死亡人数=2")})[0]), "一般");
}

TEST(GradeEvaluation, WithoutTheFactsNoGradeIsDecided) {
  Loaded l;
  load(l);
  ASSERT_NE(l.plan, nullptr);
  std::vector<analysis::Reading> readings = analysis::evaluate(*l.plan, {fact(*l.plan, "震级=5")});
  ASSERT_EQ(readings.size(), 1u);
  EXPECT_EQ(analysis::decision(readings[0]), "");
  std::set<std::string> open = analysis::outcomes(readings[0]);
  EXPECT_TRUE(open.count("重大") && open.count("较大") && open.count("一般"));
  EXPECT_NE(analysis::summary(readings[0]).find("无法判定"), std::string::npos) << analysis::summary(readings[0]);
}

TEST(ActionPlan, TheGradeCallsForItsLevelAndTheLevelsStarter) {
  Loaded l;
  load(l);
  ASSERT_NE(l.plan, nullptr);
  analysis::ActionPlan a = analysis::draft_action_plan(*l.plan, {fact(*l.plan, "死亡人数=5")});
  ASSERT_FALSE(a.responses.empty());
  EXPECT_EQ(a.responses[0].grade, "较大");
  ASSERT_NE(a.responses[0].level, nullptr);
  EXPECT_EQ(a.responses[0].level->ordinal, 2);
  ASSERT_FALSE(a.responses[0].level->activated_by.empty());
  EXPECT_EQ(a.responses[0].level->activated_by[0].words, "县抗震救灾指挥部");
  EXPECT_TRUE(a.unknown.empty());
  // A fact no definition uses is named, not dropped.
  analysis::ActionPlan b = analysis::draft_action_plan(*l.plan, {fact(*l.plan, "死亡人数=5"), fact(*l.plan, "震级=5")});
  EXPECT_EQ(b.unused, std::vector<std::string>{"震级"});
}

TEST(Intervals, BareBoundsFollowTheLegalDefaultAndDiscreteScalesLeaveNoGap) {
  ir::Interval low, high;
  low.upper = ir::Bound{9, ir::Inclusion::Inclusive, "以下", 0, 0};
  high.lower = ir::Bound{10, ir::Inclusion::Inclusive, "以上", 0, 0};
  analysis::ResolvedInterval a = analysis::resolve(low, std::nullopt);
  analysis::ResolvedInterval b = analysis::resolve(high, std::nullopt);
  a.dimension = b.dimension = ir::Dimension::Count;
  EXPECT_FALSE(analysis::overlap(a, b));
  EXPECT_FALSE(analysis::gap_between(a, b));
  a.dimension = b.dimension = ir::Dimension::Money;
  EXPECT_TRUE(analysis::gap_between(a, b));
}

const char* kGeneral = R"(---
预案：松岭县突发事件总体应急预案
类别：总体
层级：县
印发：松岭县人民政府 2025-01-06
---

# 松岭县突发事件总体应急预案

## 7 预案管理

### 7.1 备案 {备案}

县级专项应急预案印发后15个工作日内报县人民政府备案。

### 7.2 演练 {演练}

县级专项应急预案至少每2年组织一次应急演练。
)";

// The quake plan issued on `issued` under the general plan above, with the calendar.
void load_under_general(Loaded& l, const std::string& issued) {
  std::string quake = kQuake;
  const std::string written = "印发：松岭县人民政府办公室 2025-03-03";
  quake.replace(quake.find(written), written.size(),
                "印发：松岭县人民政府办公室 " + issued + "\n上位：松岭县突发事件总体应急预案");
  load(l,
       {{"songling/general.plan", kGeneral},
        {"songling/calendar/holidays.plan", testing::read_source("plans/calendar/holidays.plan")}},
       quake);
}

TEST(Obligations, TheSuperiorsClauseGovernsAndItsPeriodIsCounted) {
  Loaded l;
  load_under_general(l, "2025-03-03");
  ASSERT_NE(l.plan, nullptr);
  std::optional<analysis::GoverningClause> filing = analysis::governing_clause(*l.plan, ir::Obligation::Filing, true);
  ASSERT_TRUE(filing);
  EXPECT_EQ(filing->plan->meta.title, "松岭县突发事件总体应急预案");
  std::vector<analysis::Deadline> due = analysis::deadlines(l.in.corpus, *l.plan, ir::Date{2026, 1, 5});
  auto it = std::find_if(due.begin(), due.end(),
                         [](const analysis::Deadline& d) { return d.obligation == ir::Obligation::Filing; });
  ASSERT_NE(it, due.end());
  ASSERT_TRUE(it->due);
  // 15 working days after Monday 2025-03-03: 2025-03-24 (no holiday in between).
  EXPECT_EQ(it->due->iso(), "2025-03-24");
  EXPECT_EQ(it->status, analysis::Status::NoRecord);
}

// A plan issued in December 2026, filed by a clause counted in working days: the count
// runs into 2027, whose holiday notice the calendar lacks, so the due date is computed
// from the statutory holidays and marked provisional, never left uncomputed.
TEST(Obligations, ADeadlineIntoAYearWithoutItsNoticeIsProvisional) {
  Loaded l;
  load_under_general(l, "2026-12-21");
  ASSERT_NE(l.plan, nullptr);
  std::vector<analysis::Deadline> due = analysis::deadlines(l.in.corpus, *l.plan, ir::Date{2027, 2, 1});
  auto it = std::find_if(due.begin(), due.end(),
                         [](const analysis::Deadline& d) { return d.obligation == ir::Obligation::Filing; });
  ASSERT_NE(it, due.end());
  ASSERT_TRUE(it->due);
  // 15 working days after Monday 2026-12-21, with 元旦 2027-01-01 off: 2027-01-12.
  EXPECT_EQ(it->due->iso(), "2027-01-12");
  EXPECT_EQ(it->status, analysis::Status::NoRecord);
  EXPECT_NE(it->provisional.find("2027"), std::string::npos) << it->provisional;
  // A deadline counted in months is not provisional.
  for (const analysis::Deadline& d : due) {
    if (d.obligation == ir::Obligation::Drill) {
      EXPECT_TRUE(d.provisional.empty());
    }
  }
}

const char* kExternal = R"(---
外部文件：松岭县（测试用）外部文件
---

## 某省应急预案管理规定
类别：规范性文件
核实：测试用

| 版本 | 文号 | 通过 | 施行 | 废止 |
|---|---|---|---|---|
| 2020 | 未知 | 2019-12-01 | 2020-01-01 | 未知 |

### 第九条
版本：2020
核实：测试用
原文：专项应急预案至少每3年进行一次应急演练。

### 第十条
版本：2020
原文：部门应急预案印发后30日内报备案。
)";

TEST(ExternalClauses, VerifiedClausesSetPeriodsAndUnverifiedOnesAreNamed) {
  testing::TextCorpus in;
  testing::load_texts(in, {{"songling/external.plan", kExternal}, {"songling/quake.plan", kQuake}});
  const ir::Plan* plan = in.corpus.plan_titled("松岭县地震应急预案");
  ASSERT_NE(plan, nullptr);
  ASSERT_NE(plan->external, nullptr);
  analysis::ExternalPeriods periods = analysis::external_periods(*plan->external, ir::Date{2025, 3, 3});
  ASSERT_EQ(periods.requirements.size(), 1u);
  EXPECT_EQ(periods.requirements[0].clause.kind, ir::Obligation::Drill);
  EXPECT_EQ(periods.requirements[0].label, "《某省应急预案管理规定》（2020）第九条");
  EXPECT_EQ(periods.unverified, std::vector<std::string>{"《某省应急预案管理规定》第十条"});
  // Before the version took effect, nothing is in force.
  EXPECT_TRUE(analysis::external_periods(*plan->external, ir::Date{2019, 6, 1}).requirements.empty());
}

}  // namespace
}  // namespace planc
