// Corpus tests: which files a load reads (support files, registries above), and linking
// of citations and superiors to plans and external documents.
#include "compiler/corpus/corpus.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/unit/test_support.h"

namespace planc {
namespace {

namespace fs = std::filesystem;

const char* kExternal =
    "---\n外部文件：测试用外部文件登记\n---\n\n"
    "## 某市突发事件总体应急预案\n类别：预案\n层级：市\n核实：未核实（测试）\n";

const char* kGeneral = "---\n预案：某市突发事件总体应急预案\n类别：总体\n---\n\n# 某市突发事件总体应急预案\n";

const char* kSpecial =
    "---\n预案：某市防汛应急预案\n类别：专项\n上位：某市突发事件总体应急预案\n---\n\n"
    "# 某市防汛应急预案\n\n## 1.2 编制依据\n\n"
    "依据《某市突发事件总体应急预案》《某市突发事件总体应急预案（试行）》制定。\n";

TEST(CorpusLink, APlanOfTheCorpusWinsOverARegisteredDocumentWithItsTitle) {
  testing::TextCorpus in;
  testing::load_texts(in, {{"t/external.plan", kExternal}, {"t/general.plan", kGeneral}, {"t/flood.plan", kSpecial}});
  const ir::Plan* general = in.corpus.plan_titled("某市突发事件总体应急预案");
  const ir::Plan* flood = in.corpus.plan_titled("某市防汛应急预案");
  ASSERT_NE(general, nullptr);
  ASSERT_NE(flood, nullptr);
  ASSERT_FALSE(flood->external->empty());
  ASSERT_EQ(flood->citations.size(), 2u);
  EXPECT_EQ(flood->citations[0].plan, general);
  EXPECT_EQ(flood->citations[0].document, nullptr);
  // A near title resolves to the plan too.
  EXPECT_EQ(flood->citations[1].near_plan, general);
  EXPECT_EQ(flood->citations[1].near_document, nullptr);
  EXPECT_EQ(flood->superior_plans, std::vector<const ir::Plan*>{general});
  EXPECT_TRUE(flood->superior_documents.empty());
}

TEST(CorpusLink, ARegisteredDocumentResolvesWhenNoPlanHasItsTitle) {
  testing::TextCorpus in;
  testing::load_texts(in, {{"t/external.plan", kExternal}, {"t/flood.plan", kSpecial}});
  const ir::Plan* flood = in.corpus.plan_titled("某市防汛应急预案");
  ASSERT_NE(flood, nullptr);
  ASSERT_EQ(flood->citations.size(), 2u);
  ASSERT_NE(flood->citations[0].document, nullptr);
  EXPECT_EQ(flood->citations[0].document->title, "某市突发事件总体应急预案");
  EXPECT_EQ(flood->citations[1].near_document, flood->citations[0].document);
  ASSERT_EQ(flood->superior_documents.size(), 1u);
  EXPECT_TRUE(flood->superior_plans.empty());
}

// A directory tree on disk, entered as the working directory for one test.
class CorpusLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("planc-corpus-test-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "district");
    fs::create_directories(root_ / "calendar");
    previous_ = fs::current_path();
    fs::current_path(root_);
  }
  void TearDown() override {
    fs::current_path(previous_);
    fs::remove_all(root_);
  }
  static void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

  fs::path root_;
  fs::path previous_;
};

TEST_F(CorpusLoad, ReadsTheWholeMarkedCorpusOfAFile) {
  // A byte-order mark and a comment before the first key: the kind is still read.
  write("planc.corpus", "# 语料根目录\n");
  write("external.plan", std::string("\xEF\xBB\xBF---\n<!-- 说明 -->\n") + (kExternal + 4));
  write("top.plan", "---\n预案：某省突发事件总体应急预案\n类别：总体\n---\n");
  write("calendar/holidays.plan", "---\n日历：测试用日历\n---\n");
  write("district/orgs.plan", "---\n机构：测试用机构\n---\n\n## 区政府\n类型：政府\n");
  write("district/a.plan", "---\n预案：甲预案\n类别：专项\n---\n");
  write("district/b.plan", "---\n预案：乙预案\n类别：专项\n---\n");
  write("district/c.plan", "---\n预案：丙预案\n类别：专项\n---\n");
  corpus::Corpus corpus;
  DiagnosticSink sink;
  // b named twice and by another spelling: read once.
  ASSERT_TRUE(corpus::load({"district/a.plan", "district/b.plan", "./district/b.plan"}, corpus, sink));
  std::vector<std::string> units;
  for (const auto& unit : corpus.units) {
    units.push_back(unit->file->path() + " " + corpus::file_kind_name(unit->kind) + (unit->requested ? " *" : ""));
  }
  EXPECT_EQ(units, (std::vector<std::string>{"district/a.plan 预案 *", "district/b.plan 预案 *",
                                             "calendar/holidays.plan 日历", "district/c.plan 预案",
                                             "district/orgs.plan 机构", "external.plan 外部文件", "top.plan 预案"}));
  EXPECT_EQ(corpus.requested_plans().size(), 2u);
  EXPECT_FALSE(corpus.external_for("district/a.plan").empty());
  EXPECT_FALSE(corpus.orgs_for("./district/a.plan").empty());
  EXPECT_EQ(corpus::corpus_root("district/a.plan"), ".");
}

TEST_F(CorpusLoad, WithoutAMarkerReadsOnlyTheFilesBesideAFile) {
  write("external.plan", kExternal);
  write("top.plan", "---\n预案：某省突发事件总体应急预案\n类别：总体\n---\n");
  write("district/orgs.plan", "---\n机构：测试用机构\n---\n\n## 区政府\n类型：政府\n");
  write("district/a.plan", "---\n预案：甲预案\n类别：专项\n---\n");
  corpus::Corpus corpus;
  DiagnosticSink sink;
  ASSERT_TRUE(corpus::load({"district/a.plan"}, corpus, sink));
  std::vector<std::string> units;
  for (const auto& unit : corpus.units) units.push_back(unit->file->path());
  EXPECT_EQ(units, (std::vector<std::string>{"district/a.plan", "district/orgs.plan"}));
  EXPECT_TRUE(corpus.external_for("district/a.plan").empty());
  EXPECT_EQ(corpus::corpus_root("district/a.plan"), "district");
}

}  // namespace
}  // namespace planc
