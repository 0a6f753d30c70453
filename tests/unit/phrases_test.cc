// The phrase suite, in the style of cmark's spec tests: tests/phrases/*.md hold examples
// of the constructions real plans use, each a passage in and what planc reads out.
//
//   ```` phrase 分级
//   按危害程度分为特别重大、重大、较大和一般四个级别。
//   .
//   grades: 特别重大 | 重大 | 较大 | 一般
//   ````
//
// The kind after `phrase` says which block the passage is put in (see wrap()); the lines
// after "." are the readout (see readout()). PLANC_PHRASES_REGEN=1 rewrites every
// expected readout with what planc reads now, for review as a diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/base/number.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

struct Example {
  std::string kind;  // 分级, 标准, 表格, 响应, 管理, 约定, 指挥部, 办公室, 依据, 报告
  std::string arg;   // for 管理: the block kind (备案, 演练, 修订, 评估)
  std::string input;
  std::string expected;
  size_t line = 0;            // of the opening fence
  size_t expected_begin = 0;  // line index of the first expected line
  size_t expected_end = 0;    // line index of the closing fence
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<Example> parse_examples(const std::vector<std::string>& lines) {
  std::vector<Example> examples;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("```` phrase ", 0) != 0) continue;
    Example e;
    std::istringstream info(lines[i].substr(std::string("```` phrase ").size()));
    info >> e.kind >> e.arg;
    e.line = i + 1;
    size_t j = i + 1;
    for (; j < lines.size() && lines[j] != "."; ++j) e.input += lines[j] + "\n";
    e.expected_begin = j + 1;
    size_t k = j + 1;
    for (; k < lines.size() && lines[k] != "````"; ++k) e.expected += lines[k] + "\n";
    e.expected_end = k;
    examples.push_back(std::move(e));
    i = k;
  }
  return examples;
}

// The plan the passage is read in.
std::string wrap(const Example& e) {
  std::string head = "---\n预案：短语测试预案\n类别：专项\n层级：县\n---\n\n# 短语测试预案\n\n";
  const std::string scheme = "## 1 分级 {分级 测试}\n\n事件分为特别重大、重大、较大和一般四个级别。\n\n";
  if (e.kind == "分级") return head + "## 1 分级 {分级 测试}\n\n" + e.input;
  if (e.kind == "标准") return head + scheme + "### 1.1 特别重大 {标准 测试 特别重大}\n\n" + e.input;
  if (e.kind == "表格")
    return head + "## 1 分级\n\n::: 分级 测试\n事件分为特别重大、重大、较大和一般四个级别。\n\n" + e.input + ":::\n";
  if (e.kind == "响应") return head + scheme + "## 2 应急响应 {响应}\n\n" + e.input;
  if (e.kind == "管理") return head + "## 7 附则 {" + (e.arg.empty() ? "修订" : e.arg) + "}\n\n" + e.input;
  if (e.kind == "约定") return head + "## 1 总则\n\n" + e.input;
  if (e.kind == "指挥部") return head + "## 2 组织指挥体系\n\n### 2.1 县指挥部 {指挥部}\n\n" + e.input;
  if (e.kind == "办公室") {
    return head +
           "## 2 组织指挥体系\n\n### 2.1 县指挥部 {指挥部}\n\n指挥长：县长。\n\n### 2.2 县指挥部办公室 {办公室}\n\n" +
           e.input;
  }
  if (e.kind == "依据") return head + "## 1 总则\n\n### 1.2 编制依据 {依据}\n\n" + e.input;
  if (e.kind == "报告") return head + "## 4 信息报告\n\n" + e.input;
  return head + e.input;
}

std::string refs(const std::vector<ir::OrgRef>& list) {
  std::string out;
  for (const ir::OrgRef& r : list) {
    out += (out.empty() ? "" : " | ") + r.words;
    if (!r.title.empty()) out += "[" + r.title + "]";
  }
  return out.empty() ? "?" : out;
}

std::string bound(const ir::Bound& b, bool lower, ir::Dimension dimension) {
  std::string op;
  if (b.inclusion == ir::Inclusion::Inclusive)
    op = lower ? ">=" : "<=";
  else if (b.inclusion == ir::Inclusion::Exclusive)
    op = lower ? ">" : "<";
  else
    op = lower ? ">=?" : "<=?";
  return op + format_number(b.value) + ir::dimension_unit(dimension);
}

std::string criterion(const ir::Criterion& c) {
  if (c.qualitative()) return "“" + c.text + "”";
  std::string out = c.indicator_name;
  if (c.window) out += "[" + format_number(c.window->value) + ir::dimension_unit(c.window->dimension) + "]";
  if (c.interval.exact())
    return out + " =" + format_number(c.interval.lower->value) + ir::dimension_unit(c.interval.dimension);
  if (c.interval.lower) out += " " + bound(*c.interval.lower, true, c.interval.dimension);
  if (c.interval.upper) out += " " + bound(*c.interval.upper, false, c.interval.dimension);
  return out;
}

std::string criteria(const ir::Criteria& list) {
  std::string out;
  for (const ir::Clause& clause : list.any) {
    std::string all;
    for (const ir::Criterion& c : clause.all) all += (all.empty() ? "" : " 且 ") + criterion(c);
    out += "- " + all + "\n";
  }
  return out;
}

// What planc read from the passage, in the kind's terms, and every gap it reported.
std::string readout(const Example& e, const ir::Plan& plan) {
  std::ostringstream out;
  if (e.kind == "分级") {
    if (plan.schemes.empty()) out << "grades: (none)\n";
    for (const ir::GradeScheme& s : plan.schemes) {
      out << "grades:";
      for (size_t i = 0; i < s.grades.size(); ++i) {
        out << (i ? " | " : " ") << s.grades[i].name;
        if (!s.grades[i].alias.empty()) out << "(" << s.grades[i].alias << ")";
      }
      out << (s.order_stated ? "\norder: stated" : "") << "\n";
    }
  } else if (e.kind == "标准" || e.kind == "表格") {
    if (plan.definitions.empty()) out << "criteria: (none)\n";
    for (const ir::GradeDefinition& d : plan.definitions) {
      out << d.grade << (d.role == ir::CriteriaRole::Initial ? " 初判" : "") << ":\n" << criteria(d.criteria);
      if (!d.response_level.empty()) out << "response: " << d.response_level << "\n";
    }
  } else if (e.kind == "响应") {
    if (!plan.response || plan.response->levels.empty()) out << "levels: (none)\n";
    if (plan.response) {
      for (const ir::ResponseLevel& l : plan.response->levels) {
        out << l.name << " <- " << refs(l.activated_by);
        if (!l.grades.empty()) {
          out << " ; grades:";
          for (const std::string& g : l.grades) out << " " << g;
        }
        out << "\n";
        if (!l.ended_by.empty()) out << l.name << " ends <- " << refs(l.ended_by) << "\n";
      }
      if (!plan.response->ended_by.empty()) out << "ends <- " << refs(plan.response->ended_by) << "\n";
      if (plan.response->ended_by_starter) out << "ends <- (whoever started it)\n";
      if (!plan.response->adjustment.empty()) out << "adjusted: yes\n";
    }
  } else if (e.kind == "报告") {
    if (plan.report_limits.empty()) out << "limits: (none)\n";
    for (const ir::ReportLimit& r : plan.report_limits) {
      out << r.kind << " " << (r.minutes ? format_number(*r.minutes) + "分钟" : std::string("无数字"));
      if (!r.to.empty()) out << " 报:" << r.to;
      out << "\n";
    }
  } else if (e.kind == "管理") {
    if (plan.management.empty()) out << "clauses: (none)\n";
    for (const ir::ManagementClause& m : plan.management) {
      out << ir::obligation_word(m.kind);
      if (m.duration) out << " " << format_number(m.duration->value) << ir::dimension_unit(m.duration->unit);
      if (m.minimum) out << " 至少";
      if (m.self) out << " 本预案";
      if (!m.applies_to.empty()) {
        out << " 适用:";
        for (const std::string& a : m.applies_to) out << a << (&a == &m.applies_to.back() ? "" : "、");
      }
      if (!m.recipient.empty()) out << " 报:" << m.recipient;
      out << "\n";
    }
    for (const ir::Trigger& t : plan.triggers)
      out << "触发 " << t.marker << " " << ir::trigger_kind_key(t.category) << "\n";
  } else if (e.kind == "约定") {
    if (!plan.convention) {
      out << "convention: (none)\n";
    } else {
      auto word = [](const std::optional<bool>& b) { return !b ? "?" : *b ? "含本数" : "不含本数"; };
      out << "以上: " << word(plan.convention->above_inclusive) << "\n以下: " << word(plan.convention->below_inclusive)
          << "\n";
    }
  } else if (e.kind == "指挥部") {
    for (const ir::Command& c : plan.commands) {
      out << "command: " << c.name << "\ncommanders: " << refs(c.commanders) << "\n";
      if (!c.commissars.empty()) out << "commissars: " << refs(c.commissars) << "\n";
      out << "deputies: " << refs(c.deputies) << "\nmembers: " << refs(c.members) << "\n";
    }
  } else if (e.kind == "办公室") {
    for (const ir::Command& c : plan.commands) {
      out << "office: " << (c.office_name.empty() ? "?" : c.office_name)
          << "\nseat: " << (c.office_seat.words.empty() ? "?" : c.office_seat.words)
          << "\nheads: " << refs(c.office_heads) << "\n";
      if (!c.office_deputies.empty()) out << "deputies: " << refs(c.office_deputies) << "\n";
    }
    if (plan.commands.empty()) out << "office: (none)\n";
  } else if (e.kind == "依据") {
    if (plan.citations.empty()) out << "citations: (none)\n";
    for (const ir::Citation& c : plan.citations) out << "《" << c.title << "》\n";
  }
  for (const ir::ReadGap& g : plan.gaps) out << "gap: " << g.message << "\n";
  return out.str();
}

std::vector<std::string> phrase_files() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_path("tests/phrases"))) {
    if (entry.path().extension() == ".md") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class PhraseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PhraseTest, ReadsEachExampleAsWritten) {
  std::string path = testing::source_path("tests/phrases/" + GetParam());
  std::vector<std::string> lines = lines_of(testing::read_source("tests/phrases/" + GetParam()));
  std::vector<Example> examples = parse_examples(lines);
  ASSERT_FALSE(examples.empty()) << path << ": no ```` phrase examples";
  bool regen = std::getenv("PLANC_PHRASES_REGEN") != nullptr;
  std::vector<std::string> actual(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    const Example& e = examples[i];
    testing::TextCorpus corpus;
    testing::load_texts(corpus, {{"phrase.plan", wrap(e)}});
    ASSERT_EQ(corpus.corpus.plans.size(), 1u) << path << ":" << e.line;
    actual[i] = readout(e, corpus.corpus.plans.front());
    if (!regen) {
      EXPECT_EQ(actual[i], e.expected) << path << ":" << e.line << ": example " << i + 1 << " (" << e.kind
                                       << ")\n--- input ---\n"
                                       << e.input;
    }
  }
  if (!regen) return;
  std::ofstream out(path);
  size_t next = 0;
  for (size_t i = 0; i < examples.size(); ++i) {
    for (; next < examples[i].expected_begin; ++next) out << lines[next] << "\n";
    out << actual[i];
    next = examples[i].expected_end;
  }
  for (; next < lines.size(); ++next) out << lines[next] << "\n";
}

INSTANTIATE_TEST_SUITE_P(Phrases, PhraseTest, ::testing::ValuesIn(phrase_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.find('.'));
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

// The suite covers the catalogue (docs/phrasing.md): at least 300 examples.
TEST(PhraseSuite, HoldsAtLeastThreeHundredExamples) {
  size_t count = 0;
  for (const std::string& file : phrase_files()) {
    count += parse_examples(lines_of(testing::read_source("tests/phrases/" + file))).size();
  }
  EXPECT_GE(count, 300u);
}

}  // namespace
}  // namespace planc
