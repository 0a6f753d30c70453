// IR tests on the Jiyang corpus: each plan's IR holds every structure the plan contains.
#include <gtest/gtest.h>

#include <algorithm>

#include "compiler/corpus/corpus.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

class JiyangIr : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new corpus::Corpus();
    DiagnosticSink sink;
    ASSERT_TRUE(corpus::load({testing::source_path("plans/jiyang")}, *corpus_, sink));
    for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << d.message;
  }
  static void TearDownTestSuite() { delete corpus_; }

  static const ir::Plan& plan(const std::string& title) {
    const ir::Plan* p = corpus_->plan_titled(title);
    EXPECT_NE(p, nullptr) << title;
    return *p;
  }

  static std::vector<std::string> names(const std::vector<ir::OrgRef>& refs) {
    std::vector<std::string> out;
    for (const auto& r : refs) out.push_back(r.resolved() ? r.name : "?" + r.words);
    return out;
  }

  static const ir::GradeDefinition* definition(const ir::Plan& p, const std::string& grade, ir::CriteriaRole role,
                                               bool table) {
    for (const auto& d : p.definitions) {
      if (d.grade == grade && d.role == role && d.from_table == table) return &d;
    }
    return nullptr;
  }

  static corpus::Corpus* corpus_;
};

corpus::Corpus* JiyangIr::corpus_ = nullptr;

TEST_F(JiyangIr, FourPlansAndTheirRegistries) {
  EXPECT_EQ(corpus_->plans.size(), 4u);
  const ir::Plan& general = plan("济南市济阳区突发事件总体应急预案（试行）");
  EXPECT_GT(general.orgs->orgs().size(), 50u);
  EXPECT_GT(general.indicators->indicators().size(), 30u);
}

TEST_F(JiyangIr, GeneralPlanSchemesAndManagement) {
  const ir::Plan& p = plan("济南市济阳区突发事件总体应急预案（试行）");
  ASSERT_EQ(p.schemes.size(), 1u);
  EXPECT_EQ(p.schemes[0].grades.size(), 4u);
  EXPECT_EQ(p.schemes[0].grades[0].name, "特别重大");
  EXPECT_TRUE(p.schemes[0].order_stated);
  ASSERT_TRUE(p.response.has_value());
  ASSERT_EQ(p.response->levels.size(), 3u);
  EXPECT_EQ(names(p.response->levels[0].activated_by), std::vector<std::string>{"区政府"});
  EXPECT_EQ(names(p.response->levels[2].activated_by), std::vector<std::string>{"突发事件应对主要牵头部门"});
  ASSERT_TRUE(p.warning.has_value());
  EXPECT_EQ(p.warning->levels.front().colour, "红色");
  EXPECT_EQ(p.warning->levels.front().ordinal, 1);
  EXPECT_EQ(p.groups.size(), 11u);
  EXPECT_EQ(p.triggers.size(), 7u);
  // Filing within 20 working days, for each plan category the clause names.
  int filing = 0;
  for (const auto& m : p.management) {
    if (m.kind == ir::Obligation::Filing && m.duration) {
      EXPECT_EQ(m.duration->value, 20);
      EXPECT_EQ(m.duration->unit, ir::Dimension::WorkingDays);
      ++filing;
    }
    if (m.kind == ir::Obligation::Drill && m.duration) {
      EXPECT_EQ(m.applies_to, (std::vector<std::string>{"专项", "部门"}));
      EXPECT_EQ(m.duration->value, 2);
      EXPECT_TRUE(m.minimum);
    }
  }
  EXPECT_EQ(filing, 4);
  EXPECT_EQ(p.notice->doc_number, "济阳政发〔2023〕1号");
  EXPECT_EQ(p.footer_date->iso(), "2023-01-31");
}

TEST_F(JiyangIr, GeologicalCommandGroupsAndGrading) {
  const ir::Plan& p = plan("济南市济阳区突发地质灾害应急预案");
  ASSERT_EQ(p.commands.size(), 1u);
  const ir::Command& c = p.commands[0];
  EXPECT_EQ(c.name, "区地质灾害应急救援指挥部");
  EXPECT_EQ(c.members.size(), 25u);
  EXPECT_EQ(c.deputies.size(), 4u);
  EXPECT_EQ(c.office_seat.name, "区应急管理局");
  EXPECT_EQ(p.groups.size(), 8u);
  for (const auto& g : p.groups) EXPECT_EQ(g.leads.size(), 1u) << g.name;
  EXPECT_EQ(p.duties.size(), 24u);
  ASSERT_TRUE(p.convention.has_value());
  EXPECT_TRUE(*p.convention->above_inclusive);
  EXPECT_FALSE(*p.convention->below_inclusive);
  // 大型: four alternatives, body and table alike.
  for (bool table : {false, true}) {
    const ir::GradeDefinition* d = definition(p, "大型", ir::CriteriaRole::Grading, table);
    ASSERT_NE(d, nullptr);
    ASSERT_EQ(d->criteria.any.size(), 4u);
    const ir::Criterion& people = d->criteria.any[0].all[0];
    EXPECT_EQ(people.indicator_name, "需搬迁转移人数");
    EXPECT_EQ(people.interval.lower->value, 500);
    EXPECT_EQ(people.interval.upper->value, 1000);
  }
  EXPECT_EQ(definition(p, "大型", ir::CriteriaRole::Grading, true)->response_level, "Ⅰ级响应");
  ASSERT_EQ(p.response->levels.size(), 2u);
  EXPECT_EQ(p.response->levels[0].grades, (std::vector<std::string>{"特大型", "大型", "中型"}));
  EXPECT_EQ(names(p.response->levels[1].activated_by), std::vector<std::string>{"区地质灾害应急救援指挥部办公室"});
}

TEST_F(JiyangIr, SeismicCommandGroupsGradingAndTasks) {
  const ir::Plan& p = plan("济南市济阳区地震应急预案");
  ASSERT_EQ(p.commands.size(), 1u);
  EXPECT_EQ(p.commands[0].members.size(), 30u);
  EXPECT_EQ(p.commands[0].duties.size(), 11u);
  EXPECT_EQ(p.commands[0].office_duties.size(), 4u);
  EXPECT_EQ(p.groups.size(), 9u);
  EXPECT_EQ(p.duties.size(), 31u);
  ASSERT_EQ(p.schemes.size(), 1u);
  EXPECT_EQ(p.schemes[0].name, "地震灾害");
  // Body 3.1.3 and attachment 2 disagree on the initial judgement of 较大.
  const ir::GradeDefinition* body = definition(p, "较大", ir::CriteriaRole::Initial, false);
  const ir::GradeDefinition* table = definition(p, "较大", ir::CriteriaRole::Initial, true);
  ASSERT_NE(body, nullptr);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(body->criteria.any[0].all[0].interval.lower->value, 5.0);
  EXPECT_EQ(table->criteria.any[0].all[0].interval.lower->value, 4.5);
  // 一般: a quantitative and two qualitative alternatives.
  const ir::GradeDefinition* general = definition(p, "一般", ir::CriteriaRole::Grading, false);
  ASSERT_NE(general, nullptr);
  ASSERT_EQ(general->criteria.any.size(), 3u);
  EXPECT_TRUE(general->criteria.any[1].all[0].qualitative());
  EXPECT_EQ(p.tasks.size(), 38u);
  EXPECT_TRUE(std::any_of(p.tasks.begin(), p.tasks.end(), [](const ir::Task& t) {
    return t.phase == "第三阶段" && !t.owners.empty() && t.owners[0].name == "社会治安组" && t.owners[0].group >= 0;
  }));
  // Line 217 gives one task to three groups, one per ；-clause.
  auto three =
      std::find_if(p.tasks.begin(), p.tasks.end(), [](const ir::Task& t) { return t.origin.range.begin.line == 217; });
  ASSERT_NE(three, p.tasks.end());
  std::vector<std::string> owners;
  for (const ir::TaskOwner& o : three->owners) owners.push_back(o.name);
  EXPECT_EQ(owners, (std::vector<std::string>{"抢险救援组", "社会治安组", "综合协调组"}));
  // "区指挥部成员单位每日向综合协调组报送…；综合协调组将有关情况及时上报…" (geo 6.2.1 (11)):
  // the command's members, then the group.
  const ir::Plan& geo = plan("济南市济阳区突发地质灾害应急预案");
  auto members = std::find_if(geo.tasks.begin(), geo.tasks.end(),
                              [](const ir::Task& t) { return t.origin.range.begin.line == 170; });
  ASSERT_NE(members, geo.tasks.end());
  ASSERT_EQ(members->owners.size(), 2u);
  EXPECT_EQ(members->owners[0].name, "区地质灾害应急救援指挥部");
  EXPECT_TRUE(members->owners[0].members);
  EXPECT_EQ(members->owners[1].name, "综合协调组");
}

TEST_F(JiyangIr, MeteorologicalScopeDutiesSignalsAndTerms) {
  const ir::Plan& p = plan("济南市济阳区气象灾害应急预案");
  EXPECT_EQ(p.scope_hazards.size(), 14u);
  EXPECT_EQ(p.terms.size(), 14u);
  EXPECT_EQ(p.signals.size(), 47u);  // five hazards with four colours, nine with three
  ASSERT_TRUE(p.warning.has_value());
  EXPECT_EQ(p.warning->max_levels, 4);
  EXPECT_EQ(p.warning->levels.back().colour, "蓝色");
  EXPECT_EQ(p.warning->levels.back().ordinal, 4);
  std::vector<std::string> hazards;
  for (const auto& d : p.duties) {
    if (std::find(hazards.begin(), hazards.end(), d.hazard) == hazards.end()) hazards.push_back(d.hazard);
  }
  EXPECT_EQ(hazards.size(), 14u);
  EXPECT_EQ(p.interpreter.name, "区气象局");
}

// "分为重大、一般两个级别": the count (两, 四, 4) is not part of the last grade's name.
TEST(GradeScheme, CountWordsAreNotGrades) {
  for (const char* sentence : {"地震灾害分为重大、一般两个级别。", "地震灾害分为特别重大、重大、较大和一般四个级别。",
                               "地震灾害分为重大、一般2个级别。"}) {
    testing::TextCorpus loaded;
    testing::load_texts(
        loaded, {{"quake.plan", std::string("---\n预案：某区地震应急预案\n类别：专项\n---\n\n# 某区地震应急预案\n\n"
                                            "## 1 分级 {分级 地震灾害}\n\n") +
                                    sentence + "\n"}});
    std::vector<const ir::Plan*> plans = loaded.corpus.requested_plans();
    ASSERT_EQ(plans.size(), 1u);
    ASSERT_EQ(plans[0]->schemes.size(), 1u) << sentence;
    std::vector<std::string> grades;
    for (const ir::Grade& g : plans[0]->schemes[0].grades) grades.push_back(g.name);
    EXPECT_EQ(grades.back(), "一般") << sentence;
    EXPECT_EQ(grades.front(), grades.size() == 4 ? "特别重大" : "重大") << sentence;
  }
}

// The words of each organisation mention, in order.
std::vector<std::string> words(const std::vector<ir::OrgRef>& refs) {
  std::vector<std::string> out;
  for (const ir::OrgRef& r : refs) out.push_back(r.words);
  return out;
}

// Working groups of a township plan: members that 参加 after a lead, and duties that
// go on after the member list in the same sentence.
TEST(Groups, MembersThatTakePartAndDutiesAfterTheList) {
  testing::TextCorpus loaded;
  testing::load_texts(loaded, {{"town.plan",
                                "---\n预案：柳河镇防汛应急预案\n类别：专项\n层级：镇\n---\n\n"
                                "# 柳河镇防汛应急预案\n\n## 2 组织体系\n\n### 2.1 工作组 {工作组}\n\n"
                                "综合协调组：由镇党政办牵头，镇应急办、镇财政所参加。\n\n"
                                "（1）抢险救援组。由镇应急办牵头，镇派出所、镇卫生院等单位组成，"
                                "负责组织抢险救援、转移群众。\n\n"
                                "物资保障组：由镇财政所牵头，负责调配物资；救援装备参与抢险救援。\n"}});
  std::vector<const ir::Plan*> plans = loaded.corpus.requested_plans();
  ASSERT_EQ(plans.size(), 1u);
  const std::vector<ir::Group>& groups = plans[0]->groups;
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(words(groups[0].members), (std::vector<std::string>{"镇应急办", "镇财政所"}));
  EXPECT_EQ(words(groups[1].members), (std::vector<std::string>{"镇派出所", "镇卫生院"}));
  EXPECT_EQ(groups[1].duties.text, "负责组织抢险救援、转移群众。");
  // 参与 inside a duty ("救援装备参与抢险救援") does not end a member list.
  EXPECT_TRUE(groups[2].members.empty());
  EXPECT_NE(groups[2].duties.text.find("负责调配物资"), std::string::npos);
}

// A committee (应急委员会) is headed by its 主任, with 副主任 and 委员; its office's 主任
// is not its head.
TEST(Commands, ACommitteesOwnPosts) {
  testing::TextCorpus loaded;
  testing::load_texts(loaded, {{"city.plan",
                                "---\n预案：某市突发事件总体应急预案\n类别：总体\n层级：市\n---\n\n"
                                "# 某市突发事件总体应急预案\n\n## 2 组织体系\n\n"
                                "### 2.1 市应急委员会 {指挥部}\n\n"
                                "市应急委员会由市长任主任，常务副市长、分管副市长任副主任，"
                                "市应急管理局、市公安局为委员。市应急管理局局长任办公室主任。\n"}});
  std::vector<const ir::Plan*> plans = loaded.corpus.requested_plans();
  ASSERT_EQ(plans.size(), 1u);
  ASSERT_EQ(plans[0]->commands.size(), 1u);
  const ir::Command& c = plans[0]->commands[0];
  EXPECT_EQ(words(c.commanders), std::vector<std::string>{"市长"});
  EXPECT_EQ(words(c.deputies), (std::vector<std::string>{"常务副市长", "分管副市长"}));
  EXPECT_EQ(words(c.members), (std::vector<std::string>{"市应急管理局", "市公安局"}));
}

}  // namespace
}  // namespace planc
