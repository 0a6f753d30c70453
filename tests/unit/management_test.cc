// Management clauses: the plan categories a sentence is about, and the parts whose
// revision is major, read from the words.
#include <gtest/gtest.h>

#include "compiler/base/source.h"
#include "compiler/ir/plan.h"

namespace planc::ir {
namespace {

std::vector<ManagementClause> read(const std::string& text, const std::string& kind) {
  static SourceManager sources;
  const SourceFile& file = sources.add("clause.plan", text);
  TextSpan span(&file);
  span.append(text, 0);
  return read_management_text(span, *obligation_of(kind));
}

std::vector<std::string> subjects(const std::string& sentence) {
  std::vector<ManagementClause> clauses = read(sentence, "演练");
  return clauses.empty() ? std::vector<std::string>{"(no clause)"} : clauses.front().applies_to;
}

using Strings = std::vector<std::string>;

TEST(ManagementSubject, KindsWithOrWithoutAnAdministrativeLevel) {
  EXPECT_EQ(subjects("专项应急预案、部门应急预案至少每２年进行一次应急演练。"), (Strings{"专项", "部门"}));
  EXPECT_EQ(subjects("(１)区总体应急预案至少每２年演练一次。"), (Strings{"总体"}));
  EXPECT_EQ(subjects("区级专项应急预案至少每２年演练一次。"), (Strings{"专项"}));
  EXPECT_EQ(subjects("省级专项应急预案、部门应急预案至少每3年进行一次应急演练。"), (Strings{"专项", "部门"}));
  EXPECT_EQ(subjects("市专项应急预案和县级部门应急预案至少每3年演练一次。"), (Strings{"专项", "部门"}));
  EXPECT_EQ(subjects("各级总体应急预案至少每3年演练一次。"), (Strings{"总体"}));
  EXPECT_EQ(subjects("乡镇总体应急预案至少每3年演练一次。"), Strings{});
  EXPECT_EQ(subjects("镇级总体应急预案、乡基层组织和单位应急预案每年演练。"), (Strings{"总体", "基层", "单位"}));
  // A word that only starts like a level is no level.
  EXPECT_EQ(subjects("市场监管部门应急预案至少每3年演练一次。"), Strings{});
}

TEST(ManagementRevision, ThePartsThatMakeARevisionMajor) {
  std::vector<ManagementClause> clauses = read(
      "(３)应急预案修订涉及组织指挥体系与职责、应急处置程序、主要处置措施、响应分级标准等重要内容的，"
      "修订工作应按照本预案“预案审批与衔接”部分有关要求组织实施。仅涉及其他内容的，修订程序可适当简化。",
      "修订");
  ASSERT_EQ(clauses.size(), 2u);
  EXPECT_EQ(clauses[0].major_parts, (Strings{"组织指挥体系与职责", "应急处置程序", "主要处置措施", "响应分级标准"}));
  EXPECT_TRUE(clauses[1].major_parts.empty());
  // Without 等, in full-width or half-width punctuation alike.
  clauses = read("预案修订涉及指挥体系,处置程序重要内容的，应重新备案。", "修订");
  ASSERT_EQ(clauses.size(), 1u);
  EXPECT_EQ(clauses[0].major_parts, (Strings{"指挥体系", "处置程序"}));
  // Only a revision clause lists them.
  clauses = read("演练涉及组织指挥体系等重要内容的，应当及时修订。", "演练");
  ASSERT_EQ(clauses.size(), 1u);
  EXPECT_TRUE(clauses[0].major_parts.empty());
}

TEST(ManagementClauses, ASentenceWithADurationOrNamingItsKind) {
  EXPECT_EQ(read("应急预案编制单位应当建立定期评估制度。", "评估").size(), 1u);
  EXPECT_EQ(read("有下列情形之一的，应当及时修订应急预案：", "修订").size(), 1u);
  EXPECT_TRUE(read("加强公益宣传，普及应急知识。", "修订").empty());
  EXPECT_TRUE(read("如预案发生重大调整，需及时按照新修订的预案实施演练。", "演练").front().after_major_revision);
}

}  // namespace
}  // namespace planc::ir
