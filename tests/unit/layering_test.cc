// The layering the IR contract rests on, checked on the sources: compiler/ depends on
// neither checkers/ nor cli/, and no rule other than text-* and struct-* reaches the
// document tree — they read the IR, and the tree is reached only through
// CheckContext::document() (checkers/document.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/test_support.h"

namespace planc {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sources_under(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(testing::source_path(folder))) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".cc" || ext == ".h")) out.push_back(entry.path());
  }
  return out;
}

std::string text_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The code of a file without its // comments (which may name what the code must not use).
std::string code_of(const fs::path& path) {
  std::istringstream in(text_of(path));
  std::string out;
  for (std::string line; std::getline(in, line);) {
    size_t comment = line.find("//");
    out += line.substr(0, comment) + "\n";
  }
  return out;
}

TEST(Layering, CompilerIncludesNeitherCheckersNorCli) {
  std::vector<fs::path> files = sources_under("compiler");
  ASSERT_GT(files.size(), 50u);
  for (const fs::path& file : files) {
    std::string text = text_of(file);
    EXPECT_EQ(text.find("#include \"checkers/"), std::string::npos) << file;
    EXPECT_EQ(text.find("#include \"cli/"), std::string::npos) << file;
  }
}

TEST(Layering, OnlyTextAndStructRulesReachTheDocumentTree) {
  // The driver (suppression comments, the section of a finding) and the accessor itself
  // are not rules.
  const std::vector<std::string> infrastructure = {"driver.cc", "document.cc", "document.h", "check.h", "check.cc"};
  int rules = 0;
  for (const fs::path& file : sources_under("checkers")) {
    std::string name = file.filename().string();
    if (name.starts_with("text_") || name.starts_with("struct_")) continue;
    if (std::find(infrastructure.begin(), infrastructure.end(), name) != infrastructure.end()) continue;
    ++rules;
    std::string text = code_of(file);
    for (const char* reach : {"syntax::", "compiler/syntax/", "checkers/document.h", "context.document(",
                              "plan->document", "plan.document", "corpus().units", "unit_of("}) {
      EXPECT_EQ(text.find(reach), std::string::npos) << name << " uses " << reach;
    }
  }
  EXPECT_GT(rules, 30);
}

}  // namespace
}  // namespace planc
