// Rule tests: every registered rule has a doc and an annotated input, fires exactly
// where its input says (<!-- expect: rule -->) and nowhere else (<!-- ok --> cases), and
// skips exactly the files that say so (<!-- skip: rule -->).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "checkers/driver.h"
#include "checkers/registry.h"
#include "compiler/base/source.h"
#include "compiler/corpus/corpus.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

struct Expectations {
  std::vector<int> lines;               // one entry per expected diagnostic
  std::vector<std::string> severities;  // the severity each expects ("" for the rule's own)
  int negatives = 0;
};

// "<!-- expect: RULE [error|warning|note] [+N] -->" expects a finding on the N-th line
// below (default: the next line that is neither blank nor a comment), of the rule's own
// severity unless one is named; "<!-- ok … -->" marks a negative case.
Expectations read_expectations(const std::string& text, const std::string& rule) {
  Expectations result;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::regex expect(R"(<!--\s*expect:\s*([a-z-]+)(?:\s+(error|warning|note))?(?:\s+\+(\d+))?\s*-->)");
  for (size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (lines[i].rfind("<!-- ok", 0) == 0) ++result.negatives;
    if (!std::regex_search(lines[i], m, expect) || m[1] != rule) continue;
    size_t target = i + 1;
    if (m[3].matched) {
      target = i + static_cast<size_t>(std::stoi(m[3]));
    } else {
      while (target < lines.size() && (lines[target].empty() || lines[target].rfind("<!--", 0) == 0)) ++target;
    }
    result.lines.push_back(static_cast<int>(target) + 1);
    result.severities.push_back(m[2].matched ? m[2].str() : std::string());
  }
  return result;
}

// "<!-- skip: RULE [why] -->", anywhere in a file: the rule reports that it could not
// run on the file.
bool expects_skip(const std::string& text, const std::string& rule) {
  std::regex skip(R"(<!--\s*skip:\s*([a-z-]+)[\s\S]*?-->)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), skip); it != std::sregex_iterator(); ++it) {
    if ((*it)[1] == rule) return true;
  }
  return false;
}

// Every rule id an expect: or skip: annotation names.
std::vector<std::string> annotated_rules(const std::string& text) {
  std::vector<std::string> ids;
  std::regex annotation(R"(<!--\s*(?:expect|skip):\s*([a-z-]*))");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), annotation); it != std::sregex_iterator(); ++it)
    ids.push_back((*it)[1]);
  return ids;
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

// A rule's test input: tests/checkers/<id>.plan, or a folder tests/checkers/<id>/ of
// plans with their own registries (for rules that compare plans or need other data).
std::vector<std::string> test_files(const std::string& id) {
  std::vector<std::string> files;
  std::string folder = testing::source_path("tests/checkers/" + id);
  if (std::filesystem::is_directory(folder)) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".plan") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
  } else if (std::filesystem::exists(folder + ".plan")) {
    files.push_back(folder + ".plan");
  }
  return files;
}

std::string read(const std::string& path) {
  std::string text;
  std::string error;
  read_file(path, text, error);
  return text;
}

TEST(RuleRegistry, EveryRuleHasItsDocAndItsTest) {
  for (const std::string& id : rule_ids()) {
    EXPECT_TRUE(std::filesystem::exists(testing::source_path("docs/rules/" + id + ".md")))
        << id << ": docs/rules/" << id << ".md";
    std::vector<std::string> files = test_files(id);
    ASSERT_FALSE(files.empty()) << id << ": tests/checkers/" << id << ".plan or tests/checkers/" << id << "/";
    size_t positives = 0;
    int negatives = 0;
    for (const std::string& file : files) {
      Expectations expectations = read_expectations(read(file), id);
      positives += expectations.lines.size();
      negatives += expectations.negatives;
    }
    EXPECT_GT(positives, 0u) << id << ": the test shows the rule firing";
    EXPECT_GT(negatives, 0) << id << ": the test shows the rule staying silent (<!-- ok -->)";
  }
}

TEST(RuleRegistry, AnnotationsNameRegisteredRules) {
  std::vector<std::string> ids = rule_ids();
  size_t annotations = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::source_path("tests/checkers"))) {
    if (entry.path().extension() != ".plan") continue;
    for (const std::string& id : annotated_rules(read(entry.path().string()))) {
      ++annotations;
      EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end())
          << entry.path().string() << ": “" << id << "” is not a registered rule";
    }
  }
  EXPECT_GT(annotations, 0u);
}

class RuleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleTest, FiresExactlyWhereAnnotated) {
  const std::string id = GetParam();
  std::vector<std::string> files = test_files(id);
  ASSERT_FALSE(files.empty());
  std::string folder = testing::source_path("tests/checkers/" + id);
  std::string target = std::filesystem::is_directory(folder) ? folder : files.front();
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  ASSERT_TRUE(corpus::load({target}, corpus, front_end));
  checkers::RunOptions options;
  options.as_of = {2026, 11, 28};
  options.only = {id};
  DiagnosticSink sink;
  std::vector<std::string> unknown;
  ASSERT_TRUE(checkers::run_checks(corpus, front_end, options, sink, unknown));
  std::vector<std::string> actual;
  std::ostringstream found;
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.rule != id) continue;
    const SourceFile* file = corpus.sources.file(d.range.file);
    std::string name = file ? std::filesystem::path(file->path()).filename().string() : "?";
    actual.push_back(name + ":" + std::to_string(d.range.begin.line) + ":" + severity_name(d.severity));
    found << "  " << name << ":" << d.range.begin.line << ":" << d.range.begin.column << " " << d.message << "\n";
  }
  Severity default_severity = Severity::Warning;
  for (const auto& check : checkers::make_checks()) {
    if (check->info().id == id) default_severity = check->info().severity;
  }
  std::vector<std::string> expected;
  for (const std::string& file : files) {
    std::string name = std::filesystem::path(file).filename().string();
    Expectations e = read_expectations(read(file), id);
    for (size_t i = 0; i < e.lines.size(); ++i) {
      std::string severity = e.severities[i].empty() ? severity_name(default_severity) : e.severities[i];
      expected.push_back(name + ":" + std::to_string(e.lines[i]) + ":" + severity);
    }
  }
  std::sort(actual.begin(), actual.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(actual, expected) << "findings:\n" << found.str();

  // Skips: exactly the annotated files, each reason said once.
  std::set<std::string> skipped;
  std::set<std::string> reasons;
  std::ostringstream said;
  for (const Skipped& skip : sink.skipped()) {
    if (skip.rule != id) continue;
    std::string name = std::filesystem::path(skip.file).filename().string();
    skipped.insert(name);
    said << "  " << name << ": " << skip.reason << "\n";
    EXPECT_TRUE(reasons.insert(name + ": " + skip.reason).second)
        << "skip reported twice: " << name << ": " << skip.reason;
  }
  std::set<std::string> expected_skips;
  for (const std::string& file : files) {
    if (expects_skip(read(file), id)) expected_skips.insert(std::filesystem::path(file).filename().string());
  }
  EXPECT_EQ(skipped, expected_skips) << "skips:\n" << said.str();
}

// A rule that cannot judge says so: drill-after-revision on a plan whose superior asks for
// a drill after a major change but does not say which changes are major.
TEST(RuleSkips, DrillAfterRevisionWithoutTheListOfMajorParts) {
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  ASSERT_TRUE(corpus::load({testing::source_path("tests/checkers/drill-after-revision")}, corpus, front_end));
  checkers::RunOptions options;
  options.as_of = {2026, 11, 28};
  options.only = {"drill-after-revision"};
  DiagnosticSink sink;
  std::vector<std::string> unknown;
  ASSERT_TRUE(checkers::run_checks(corpus, front_end, options, sink, unknown));
  std::vector<std::string> skipped;
  for (const Skipped& s : sink.skipped()) {
    if (s.rule == "drill-after-revision") skipped.push_back(std::filesystem::path(s.file).filename().string());
  }
  EXPECT_EQ(skipped, std::vector<std::string>{"landslide.plan"});
  ASSERT_FALSE(sink.skipped().empty());
  EXPECT_NE(sink.skipped().front().reason.find("《临山县突发事件总体应急预案》的修订条款没有列出"), std::string::npos)
      << sink.skipped().front().reason;
}

// The made-up corpora of tests/corpora/: places in other provinces, in their own wording.
// Every finding of every rule is annotated where it falls, and every annotation is found.
std::vector<std::string> corpora() {
  std::vector<std::string> names;
  std::string root = testing::source_path("tests/corpora");
  if (!std::filesystem::is_directory(root)) return names;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CorpusTest : public ::testing::TestWithParam<std::string> {};
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(CorpusTest);

TEST_P(CorpusTest, EveryFindingIsAnnotatedAndEveryAnnotationFound) {
  std::filesystem::path root = testing::source_path("tests/corpora/" + GetParam());
  ASSERT_TRUE(std::filesystem::exists(root / corpus::kCorpusMarker)) << root << " is not a corpus root";
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  ASSERT_TRUE(corpus::load({root.string()}, corpus, front_end));
  checkers::RunOptions options;
  options.as_of = {2026, 11, 28};
  DiagnosticSink sink;
  std::vector<std::string> unknown;
  ASSERT_TRUE(checkers::run_checks(corpus, front_end, options, sink, unknown));
  auto relative = [&](const std::string& path) {
    return std::filesystem::path(path).lexically_relative(root).generic_string();
  };
  std::vector<std::string> actual;
  std::ostringstream found;
  for (const Diagnostic& d : sink.diagnostics()) {
    const SourceFile* file = corpus.sources.file(d.range.file);
    std::string name = file ? relative(file->path()) : "?";
    actual.push_back(name + ":" + std::to_string(d.range.begin.line) + ":" + d.rule);
    found << "  " << name << ":" << d.range.begin.line << ":" << d.range.begin.column << " [" << d.rule << "] "
          << d.message << "\n";
  }
  std::vector<std::string> expected;
  std::vector<std::string> ids = rule_ids();
  ids.push_back("syntax");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".plan") continue;
    std::string text = read(entry.path().string());
    std::string name = relative(entry.path().string());
    std::set<std::string> named(ids.begin(), ids.end());
    for (const std::string& id : named) {
      for (int line : read_expectations(text, id).lines)
        expected.push_back(name + ":" + std::to_string(line) + ":" + id);
      if (expects_skip(text, id)) {
        bool skipped = std::any_of(sink.skipped().begin(), sink.skipped().end(),
                                   [&](const Skipped& s) { return s.rule == id && relative(s.file) == name; });
        EXPECT_TRUE(skipped) << name << ": " << id << " was expected to say it could not run";
      }
    }
  }
  std::sort(actual.begin(), actual.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(actual, expected) << "findings:\n" << found.str();
}

INSTANTIATE_TEST_SUITE_P(Corpora, CorpusTest, ::testing::ValuesIn(corpora()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

INSTANTIATE_TEST_SUITE_P(Rules, RuleTest, ::testing::ValuesIn(rule_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace planc
