// Rule tests: every registered rule has a doc and an annotated input, and fires exactly
// where its input says (<!-- expect: rule -->) and nowhere else (<!-- ok --> cases).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "checkers/driver.h"
#include "checkers/registry.h"
#include "compiler/corpus/corpus.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

struct Expectations {
  std::vector<int> lines;  // one entry per expected diagnostic
  int negatives = 0;
};

// "<!-- expect: RULE [+N] -->" expects a finding on the N-th line below (default: the next
// line that is neither blank nor a comment); "<!-- ok … -->" marks a negative case.
Expectations read_expectations(const std::string& text, const std::string& rule) {
  Expectations result;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::regex expect(R"(<!--\s*expect:\s*([a-z-]+)(?:\s+\+(\d+))?\s*-->)");
  for (size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (lines[i].rfind("<!-- ok", 0) == 0) ++result.negatives;
    if (!std::regex_search(lines[i], m, expect) || m[1] != rule) continue;
    size_t target = i + 1;
    if (m[2].matched) {
      target = i + static_cast<size_t>(std::stoi(m[2]));
    } else {
      while (target < lines.size() && (lines[target].empty() || lines[target].rfind("<!--", 0) == 0)) ++target;
    }
    result.lines.push_back(static_cast<int>(target) + 1);
  }
  std::sort(result.lines.begin(), result.lines.end());
  return result;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const auto& check : checkers::make_checks()) ids.push_back(check->info().id);
  return ids;
}

TEST(RuleRegistry, IdsAreUniqueAndEveryRuleHasBasis) {
  std::vector<std::string> ids = rule_ids();
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
  for (const auto& check : checkers::make_checks()) {
    const checkers::RuleInfo& info = check->info();
    EXPECT_FALSE(info.summary.empty()) << info.id;
    EXPECT_FALSE(info.basis.document.empty()) << info.id;
    EXPECT_FALSE(info.basis.excerpt.empty()) << info.id;
    if (info.basis.derived) {
      EXPECT_NE(info.severity, Severity::Error) << info.id << ": a derived rule is a warning";
    }
  }
}

TEST(RuleRegistry, EveryRuleHasItsDocAndItsTest) {
  for (const std::string& id : rule_ids()) {
    EXPECT_TRUE(std::filesystem::exists(testing::source_path("docs/rules/" + id + ".md")))
        << id << ": docs/rules/" << id << ".md";
    std::string test = testing::read_source("tests/checkers/" + id + ".plan");
    ASSERT_FALSE(test.empty()) << id << ": tests/checkers/" << id << ".plan";
    Expectations expectations = read_expectations(test, id);
    EXPECT_FALSE(expectations.lines.empty()) << id << ": the test shows the rule firing";
    EXPECT_GT(expectations.negatives, 0) << id << ": the test shows the rule staying silent (<!-- ok -->)";
  }
}

class RuleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleTest, FiresExactlyWhereAnnotated) {
  const std::string id = GetParam();
  std::string path = testing::source_path("tests/checkers/" + id + ".plan");
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  ASSERT_TRUE(corpus::load({path}, corpus, front_end));
  checkers::RunOptions options;
  options.as_of = {2026, 11, 28};
  options.only = {id};
  DiagnosticSink sink;
  std::vector<std::string> unknown;
  ASSERT_TRUE(checkers::run_checks(corpus, front_end, options, sink, unknown));
  std::vector<int> actual;
  std::ostringstream found;
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.rule != id) continue;
    actual.push_back(d.range.begin.line);
    found << "  " << d.range.begin.line << ":" << d.range.begin.column << " " << d.message << "\n";
  }
  std::sort(actual.begin(), actual.end());
  Expectations expected = read_expectations(testing::read_source("tests/checkers/" + id + ".plan"), id);
  EXPECT_EQ(actual, expected.lines) << "findings:\n" << found.str();
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleTest, ::testing::ValuesIn(rule_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace planc
