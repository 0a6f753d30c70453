// Work manuals: for a few organisations, the exact roles and duties the four Jiyang plans
// give them, each checked by hand against the plans' text; the obligations a drafting
// unit owns; and the errors a user meets.
#include "compiler/manual/manual.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "compiler/manual/layout.h"
#include "compiler/manual/write.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

class JiyangManuals : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new corpus::Corpus;
    DiagnosticSink sink;
    ASSERT_TRUE(corpus::load({testing::source_path("plans")}, *corpus_, sink));
    manuals_ = new std::vector<manual::Manual>(manual::compile(*corpus_, {2026, 11, 28}));
  }
  static void TearDownTestSuite() {
    delete manuals_;
    delete corpus_;
  }

  static const manual::Manual& of(const std::string& name) {
    std::vector<const manual::Manual*> found = manual::find(*manuals_, name);
    EXPECT_EQ(found.size(), 1u) << name;
    return *found.at(0);
  }

  static std::string plan(const ir::Plan* p) { return std::filesystem::path(p->path).stem().string(); }

  // "geo:60 指挥部成员单位 区地质灾害应急救援指挥部 →区地质灾害应急救援指挥部"
  static std::vector<std::string> roles(const manual::Manual& m) {
    std::vector<std::string> out;
    for (const manual::Role& r : m.roles) {
      out.push_back(plan(r.source.plan) + ":" + std::to_string(r.source.range.begin.line) + " " + r.kind +
                    (r.body.empty() ? "" : " " + r.body) + (r.post.empty() ? "" : "（" + r.post + "）"));
    }
    return out;
  }

  // "meteo:280 本单位 收到冰雹预警信号（红色、橙色、黄色）后"
  static std::vector<std::string> duties(const manual::Manual& m) {
    std::vector<std::string> out;
    for (const manual::Duty& d : m.duties) {
      std::string via = d.via == manual::Via::Own ? "本单位" : d.through + "（" + d.capacity + "）";
      out.push_back(plan(d.source.plan) + ":" + std::to_string(d.source.range.begin.line) + " " + via +
                    (d.trigger.empty() ? "" : " " + d.trigger));
    }
    return out;
  }

  static corpus::Corpus* corpus_;
  static std::vector<manual::Manual>* manuals_;
};

corpus::Corpus* JiyangManuals::corpus_ = nullptr;
std::vector<manual::Manual>* JiyangManuals::manuals_ = nullptr;

// 区气象局: a member of both commands and of two groups, the interpreter of the
// meteorological plan, holder of one signal-triggered duty (人工防雹, 5.1.10 冰雹).
TEST_F(JiyangManuals, MeteorologicalBureau) {
  const manual::Manual& m = of("区气象局");
  EXPECT_EQ(roles(m), std::vector<std::string>({
                          "geo:60 指挥部成员单位 区地质灾害应急救援指挥部",
                          "geo:276 工作组成员单位 应急专家组",
                          "meteo:336 预案解释单位",
                          "seismic:61 指挥部成员单位 区抗震救灾指挥部",
                          "seismic:367 工作组成员单位 震情灾情研判组",
                      }));
  EXPECT_EQ(duties(m), std::vector<std::string>({
                           "geo:150 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:154 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:156 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:170 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:178 区地质灾害应急救援指挥部（成员单位） Ⅰ级应急响应",
                           "geo:276 应急专家组（成员） 应急响应启动、应急专家组成立后",
                           "geo:326 本单位",
                           "meteo:280 本单位 收到冰雹预警信号（红色、橙色、黄色）后",
                           "seismic:190 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:193 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:195 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:209 震情灾情研判组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:211 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第二阶段",
                           "seismic:227 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第二阶段",
                           "seismic:231 震情灾情研判组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:277 区抗震救灾指挥部（成员单位） Ⅰ级应急响应",
                           "seismic:367 震情灾情研判组（成员） 应急响应启动、震情灾情研判组成立后",
                           "seismic:417 本单位",
                       }));
  EXPECT_EQ(m.names_used, (std::vector<std::string>{"区气象局", "气象主管机构", "区气象部门", "气象部门"}));
}

// 区财政局: a member of both commands and of five groups, with one duty of its own in
// each of the geological and seismic plans' attachments. Tasks given to a group in a
// later ；-clause count (seismic 217: "…；综合协调组向区抗震救灾指挥部提出…").
TEST_F(JiyangManuals, FinanceBureau) {
  const manual::Manual& m = of("区财政局");
  EXPECT_EQ(roles(m), std::vector<std::string>({
                          "geo:60 指挥部成员单位 区地质灾害应急救援指挥部",
                          "geo:284 工作组成员单位 后勤保障组",
                          "geo:286 工作组成员单位 灾情评估组",
                          "seismic:61 指挥部成员单位 区抗震救灾指挥部",
                          "seismic:363 工作组成员单位 综合协调组",
                          "seismic:383 工作组成员单位 人员救助与物资保障组",
                          "seismic:395 工作组成员单位 灾害损失评估组",
                      }));
  EXPECT_EQ(duties(m), std::vector<std::string>({
                           "geo:150 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:154 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:156 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:170 区地质灾害应急救援指挥部（成员单位） Ⅱ级应急响应",
                           "geo:178 区地质灾害应急救援指挥部（成员单位） Ⅰ级应急响应",
                           "geo:284 后勤保障组（成员） 应急响应启动、后勤保障组成立后",
                           "geo:286 灾情评估组（成员） 应急响应启动、灾情评估组成立后",
                           "geo:304 本单位",
                           "seismic:190 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:193 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:195 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第一阶段",
                           "seismic:199 综合协调组（成员） Ⅱ级应急响应第一阶段",
                           "seismic:211 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第二阶段",
                           "seismic:217 综合协调组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:219 综合协调组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:221 综合协调组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:225 综合协调组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:227 区抗震救灾指挥部（成员单位） Ⅱ级应急响应第二阶段",
                           "seismic:229 人员救助与物资保障组（成员） Ⅱ级应急响应第二阶段",
                           "seismic:243 人员救助与物资保障组（成员） Ⅱ级应急响应第三阶段",
                           "seismic:257 灾害损失评估组（成员） Ⅱ级应急响应第三阶段",
                           "seismic:259 人员救助与物资保障组（成员） Ⅱ级应急响应第三阶段",
                           "seismic:269 灾害损失评估组（成员） Ⅱ级应急响应第四阶段",
                           "seismic:277 区抗震救灾指挥部（成员单位） Ⅰ级应急响应",
                           "seismic:363 综合协调组（成员） 应急响应启动、综合协调组成立后",
                           "seismic:383 人员救助与物资保障组（成员） 应急响应启动、人员救助与物资保障组成立后",
                           "seismic:395 灾害损失评估组（成员） 应急响应启动、灾害损失评估组成立后",
                           "seismic:431 本单位",
                       }));
  EXPECT_TRUE(m.obligations.empty());
}

// The seismic command's office sits in 区应急管理局: each of its four duty items (2.2) is
// the bureau's, one per line; and the bureau, which drafts the general and seismic
// plans and interprets the geological one, owns their filing, drills and revisions.
TEST_F(JiyangManuals, EmergencyBureauOfficeAndObligations) {
  const manual::Manual& m = of("区应急管理局");
  std::vector<std::string> office;
  for (const std::string& d : duties(m)) {
    if (d.find("办公室（办公室所在单位）") != std::string::npos && d.find("应急响应") == std::string::npos)
      office.push_back(d);
  }
  EXPECT_EQ(office, (std::vector<std::string>{
                        "geo:68 区地质灾害应急救援指挥部办公室（办公室所在单位）",
                        "seismic:93 区抗震救灾指挥部办公室（办公室所在单位）",
                        "seismic:95 区抗震救灾指挥部办公室（办公室所在单位）",
                        "seismic:97 区抗震救灾指挥部办公室（办公室所在单位）",
                        "seismic:99 区抗震救灾指挥部办公室（办公室所在单位）",
                    }));
  std::vector<std::string> obligations;
  for (const manual::Obligation& o : m.obligations)
    obligations.push_back(plan(o.plan) + " " + o.what + " " + o.due + " " + o.status);
  EXPECT_EQ(obligations, (std::vector<std::string>{
                             "general 备案 2023-02-28 缺少记录",
                             "general 修订 及时 已触发，台账中没有此后的修订记录",
                             "geo 备案 2023-04-27 缺少记录",
                             "geo 演练 2025-03-30 缺少记录",
                             "geo 修订 及时 已触发，台账中没有此后的修订记录",
                             "geo 修订 及时 已触发，台账中没有此后的修订记录",
                             "seismic 备案 2023-04-27 缺少记录",
                             "seismic 演练 2025-03-30 缺少记录",
                             "seismic 修订 及时 已触发，台账中没有此后的修订记录",
                             "seismic 修订 及时 已触发，台账中没有此后的修订记录",
                             "seismic 修订 及时 已触发，台账中没有此后的修订记录",
                         }));
  EXPECT_EQ(m.obligations[0].as, "编制单位");
  EXPECT_EQ(m.obligations[2].as, "解释单位（预案未写明编制单位）");
  EXPECT_EQ(m.obligations[0].clause, "《济南市济阳区突发事件总体应急预案（试行）》7.2(１)");
}

// Names and aliases select the same manual; generic references get none.
TEST_F(JiyangManuals, FoundByAnyNameTheRegistryKnows) {
  EXPECT_EQ(&of("气象部门"), &of("区气象局"));
  EXPECT_EQ(&of("区网信办"), &of("区委宣传部"));
  EXPECT_TRUE(manual::find(*manuals_, "有关部门（单位）").empty());
  EXPECT_TRUE(manual::find(*manuals_, "区不存在局").empty());
}

// Official order: the command lists, plan by plan (the general plan has none, so the
// geological plan's 2.1 comes first: 指挥长 区政府, 副指挥长 …, then the members).
TEST_F(JiyangManuals, OfficialOrderFollowsTheCommandLists) {
  std::vector<std::string> first;
  for (size_t i = 0; i < 6; ++i) first.push_back((*manuals_)[i].name);
  EXPECT_EQ(first, (std::vector<std::string>{"区政府", "区应急管理局", "区自然资源局", "区消防救援大队", "区政府办公室",
                                             "区人武部"}));
  EXPECT_EQ(manual::file_stem((*manuals_)[1]), "002-区应急管理局");
  // Units only mentioned come last.
  bool mentioned = false;
  for (const manual::Manual& m : *manuals_) {
    if (!m.has_work()) mentioned = true;
    EXPECT_FALSE(mentioned && m.has_work()) << m.name;
  }
}

// Pinyin order by ICU collation: guó < qū cái < qū yìng < shì < wǔ.
TEST_F(JiyangManuals, PinyinOrder) {
  std::vector<const manual::Manual*> some;
  for (const char* name : {"区应急管理局", "武警济阳中队", "区财政局", "市公安局济阳区分局", "国网济阳供电公司"})
    some.push_back(&of(name));
  std::vector<std::string> names;
  for (const manual::Manual* m : manual::pinyin_order(some)) names.push_back(m->name);
  EXPECT_EQ(names, (std::vector<std::string>{"国网济阳供电公司", "区财政局", "区应急管理局", "市公安局济阳区分局",
                                             "武警济阳中队"}));
}

// The Markdown manual carries the trigger, the capacity and a link to the line.
TEST_F(JiyangManuals, MarkdownLinksEveryDutyToItsLine) {
  std::string text = manual::markdown(of("区气象局"), {2026, 11, 28}, testing::source_path(""));
  EXPECT_NE(text.find("# 区气象局应急工作手册"), std::string::npos);
  EXPECT_NE(text.find("收到冰雹预警信号（红色、橙色、黄色）后"), std::string::npos);
  EXPECT_NE(text.find("(plans/jiyang/meteo.plan#L280)"), std::string::npos);
  EXPECT_NE(text.find("气象部门负责组织实施人工防雹作业。"), std::string::npos);
  EXPECT_NE(text.find("| 主要负责人 |  |"), std::string::npos);
}

// The HTML site: the index, one page per manual, the plans' texts with line anchors;
// every link in it points at a file written and an id that file has.
TEST_F(JiyangManuals, HtmlSiteLinksResolve) {
  std::string dir = ::testing::TempDir() + "planc-manual-html";
  std::filesystem::remove_all(dir);
  manual::Site site;
  site.as_of = {2026, 11, 28};
  site.directory = dir;
  for (const manual::Manual& m : *manuals_) (m.has_work() ? site.manuals : site.mentioned).push_back(&m);
  std::vector<std::string> written;
  std::string error;
  ASSERT_TRUE(manual::write_site(site, manual::Format::Html, written, error)) << error;
  EXPECT_EQ(written.size(), site.manuals.size() + 4 + 1);  // manuals, four plans, index
  std::regex href(R"(href="([^"#]*)(#([^"]*))?")");
  int links = 0;
  for (const std::string& path : written) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    std::string page = text.str();
    EXPECT_EQ(page.find("http"), std::string::npos) << path << " refers to an external resource";
    for (std::sregex_iterator it(page.begin(), page.end(), href), end; it != end; ++it) {
      std::filesystem::path target = std::filesystem::path(path).parent_path() / (*it)[1].str();
      ASSERT_TRUE(std::filesystem::exists(target)) << path << " → " << (*it)[1];
      if ((*it)[3].matched) {
        std::ifstream t(target);
        std::stringstream body;
        body << t.rdbuf();
        EXPECT_NE(body.str().find("id=\"" + (*it)[3].str() + "\""), std::string::npos) << path << " → " << (*it)[0];
      }
      ++links;
    }
  }
  EXPECT_GT(links, 500);
  std::filesystem::remove_all(dir);
}

// Text from a plan is text in every manual format: HTML in a duty does not reach the
// Markdown as markup.
TEST(ManualMarkdown, PlanTextIsEscaped) {
  testing::TextCorpus in;
  testing::load_texts(in, {{"t/orgs.plan", "---\n机构：测试\n---\n\n## 县气象局\n类型：部门\n"},
                           {"t/p.plan",
                            "---\n预案：某县气象灾害应急预案\n类别：专项\n层级：县\n---\n\n"
                            "# 某县气象灾害应急预案\n\n## 2 职责 {职责}\n\n"
                            "县气象局：负责<script>alert(1)</script>预警 & 发布 # 信息。\n"}});
  std::vector<manual::Manual> manuals = manual::compile(in.corpus, {2026, 11, 28});
  std::vector<const manual::Manual*> found = manual::find(manuals, "县气象局");
  ASSERT_EQ(found.size(), 1u);
  std::string text = manual::markdown(*found[0], {2026, 11, 28}, ".");
  EXPECT_EQ(text.find("<script>"), std::string::npos) << text;
  EXPECT_NE(text.find("&lt;script&gt;alert(1)&lt;/script&gt;预警 &amp; 发布 \\# 信息"), std::string::npos) << text;
}

}  // namespace
}  // namespace planc
