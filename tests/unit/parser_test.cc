// Parser tests: every construct of the language, and malformed inputs with the exact
// diagnostics expected (position and message), including recovery.
#include "compiler/syntax/parser.h"

#include <gtest/gtest.h>

#include <sstream>

#include "compiler/emit/render_text.h"
#include "compiler/syntax/line_lexer.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

struct Parsed {
  SourceManager sources;
  DiagnosticSink sink;
  syntax::Document document;
};

std::unique_ptr<Parsed> parse(const std::string& text) {
  auto parsed = std::make_unique<Parsed>();
  const SourceFile& file = parsed->sources.add("test.plan", text);
  parsed->document = syntax::parse(file, parsed->sink);
  return parsed;
}

const char* kFrontMatter = "---\n预案：测试预案\n类别：专项\n---\n";

TEST(LineLexer, KindsDecidedByFirstCharacters) {
  SourceManager sources;
  const SourceFile& file = sources.add("t.plan",
                                       "---\n预案：甲\n---\n# 标题\n::: 标准 地震灾害\n正文一行\n(１)列表项\n"
                                       ":::\n| a | b |\n|---|---|\n\n<!-- 注释 -->\n");
  std::vector<syntax::LineToken> tokens = syntax::lex_lines(file);
  std::vector<std::string> kinds;
  for (const auto& t : tokens) kinds.push_back(syntax::line_kind_name(t.kind));
  EXPECT_EQ(kinds, (std::vector<std::string>{"FM_FENCE", "FM_LINE", "FM_FENCE", "HEADING", "DIV_OPEN", "TEXT", "ITEM",
                                             "DIV_CLOSE", "TABLE_ROW", "TABLE_RULE", "BLANK", "COMMENT"}));
}

TEST(LineLexer, ListMarkersInEveryForm) {
  for (const char* marker : {"(１)", "（1）", "(2)", "（一）", "①", "⑭", "1.", "2、", "一、", "（10）"}) {
    EXPECT_GT(syntax::list_marker_length(std::string(marker) + "正文"), 0u) << marker;
  }
  // Section numbers, quantities and parenthesised words are not list markers.
  for (const char* text : {"1.4 编制", "4.0≤M＜5.0", "(含雷雨大风)", "(2023 年 3 月 30 日印发)", "正文"}) {
    EXPECT_EQ(syntax::list_marker_length(text), 0u) << text;
  }
}

TEST(LineLexer, MultiLineCommentIsOneToken) {
  SourceManager sources;
  const SourceFile& file = sources.add("t.plan", "<!-- 第一行\n第二行 -->\n正文\n");
  std::vector<syntax::LineToken> tokens = syntax::lex_lines(file);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].kind, syntax::LineKind::Comment);
  EXPECT_EQ(tokens[0].last_line, 2);
  EXPECT_EQ(tokens[1].line, 3);
}

TEST(Parser, FrontMatterFields) {
  auto p = parse("---\n预案：济南市济阳区地震应急预案\n文号: 济阳政办发〔2023〕3号\n---\n");
  ASSERT_EQ(p->document.front_matter.size(), 2u);
  EXPECT_EQ(p->document.kind(), "预案");
  EXPECT_EQ(p->document.field("文号")->value.text(), "济阳政办发〔2023〕3号");
  EXPECT_TRUE(p->sink.diagnostics().empty());
}

TEST(Parser, HeadingsKeepOfficialNumbersAndNest) {
  auto p = parse(std::string(kFrontMatter) +
                 "# 标题\n## 1 总 则\n### 1.1 编制依据 {依据}\n#### 1.4.2\n正文。\n# 附件 2 分级表\n## 一、各工作组\n");
  const syntax::Node& root = *p->document.root;
  ASSERT_EQ(root.children.size(), 2u);
  const syntax::Node& title = *root.children[0];
  EXPECT_EQ(title.title.text(), "标题");
  EXPECT_TRUE(title.number.empty());
  const syntax::Node& chapter = *title.children[0];
  EXPECT_EQ(chapter.number.text(), "1");
  EXPECT_EQ(chapter.title.text(), "总 则");
  const syntax::Node& basis = *chapter.children[0];
  EXPECT_EQ(basis.number.text(), "1.1");
  ASSERT_TRUE(basis.tag.has_value());
  EXPECT_EQ(basis.tag->kind, "依据");
  const syntax::Node& run_in = *basis.children[0];
  EXPECT_EQ(run_in.number.text(), "1.4.2");
  EXPECT_TRUE(run_in.title.empty());
  const syntax::Node& attachment = *root.children[1];
  EXPECT_EQ(attachment.number.text(), "附件 2");
  EXPECT_EQ(attachment.children[0]->number.text(), "一、");
  EXPECT_EQ(attachment.children[0]->heading_label(), "一、各工作组");
  EXPECT_EQ(run_in.section_path(), "标题 / 1 总 则 / 1.1 编制依据 / 1.4.2");
  EXPECT_TRUE(p->sink.diagnostics().empty());
}

TEST(Parser, ParagraphLinesJoinWithoutSeparator) {
  auto p = parse(std::string(kFrontMatter) + "第一行\n  第二行\nword\nnext\n\n(１)列表项\n续行\n①下一项\n");
  const auto& children = p->document.root->children;
  ASSERT_EQ(children.size(), 3u);
  EXPECT_EQ(children[0]->text.text(), "第一行第二行word next");
  EXPECT_EQ(children[1]->text.text(), "(１)列表项续行");
  EXPECT_EQ(children[1]->marker_length, std::string("(１)").size());
  EXPECT_EQ(children[2]->text.text(), "①下一项");
}

TEST(Parser, EscapedStructuralLineIsText) {
  auto p = parse(std::string(kFrontMatter) + "\\# 不是标题\n");
  ASSERT_EQ(p->document.root->children.size(), 1u);
  EXPECT_EQ(p->document.root->children[0]->kind, syntax::NodeKind::Paragraph);
  EXPECT_EQ(p->document.root->children[0]->text.text(), "# 不是标题");
}

TEST(Parser, DivsNestAndCarryTags) {
  auto p = parse(std::string(kFrontMatter) + "::: 分级 地震灾害\n::: 标准 地震灾害 较大\n正文\n:::\n:::\n");
  const syntax::Node& outer = *p->document.root->children[0];
  ASSERT_EQ(outer.kind, syntax::NodeKind::Div);
  EXPECT_EQ(outer.tag->kind, "分级");
  ASSERT_EQ(outer.tag->args.size(), 1u);
  EXPECT_EQ(outer.tag->args[0].text(), "地震灾害");
  const syntax::Node& inner = *outer.children[0];
  EXPECT_EQ(inner.tag->kind, "标准");
  EXPECT_EQ(inner.tag->args[1].text(), "较大");
  EXPECT_EQ(inner.children[0]->text.text(), "正文");
  EXPECT_TRUE(p->sink.diagnostics().empty());
}

TEST(Parser, TableWithSpansLaysOutLikeHtml) {
  auto p = parse(std::string(kFrontMatter) +
                 "| 等级 {行=2} | 标准 {列=2} | 响应 {行=2} |\n| 甲 | 乙 |\n|---|---|---|---|\n"
                 "| 一 | a | b | Ⅰ级 {行=2} |\n| 二 | | c |\n");
  const syntax::Node& table = *p->document.root->children[0];
  ASSERT_EQ(table.kind, syntax::NodeKind::Table);
  EXPECT_EQ(table.columns, 4);
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_TRUE(table.rows[1].header);
  EXPECT_FALSE(table.rows[2].header);
  const auto& second_header = table.rows[1].cells;
  EXPECT_EQ(second_header[0].column, 1);
  EXPECT_EQ(second_header[1].column, 2);
  const auto& last = table.rows[3].cells;
  ASSERT_EQ(last.size(), 3u);
  EXPECT_TRUE(last[1].text.empty());  // an empty cell states nothing
  EXPECT_EQ(last[2].column, 2);
  EXPECT_EQ(table.rows[2].cells[3].row_span, 2);
  EXPECT_TRUE(p->sink.diagnostics().empty());
}

TEST(Parser, SuppressionCoversTheNextPassage) {
  auto p = parse(std::string(kFrontMatter) +
                 "<!-- planc-disable org-no-duty: 区政府办公室牵头工作组 -->\n## 2 节\n正文\n\n## 3 下一节\n");
  ASSERT_EQ(p->document.suppressions.size(), 1u);
  const syntax::Suppression& s = p->document.suppressions[0];
  EXPECT_EQ(s.rules, std::vector<std::string>{"org-no-duty"});
  EXPECT_EQ(s.reason, "区政府办公室牵头工作组");
  EXPECT_EQ(s.first_line, 6);
  EXPECT_EQ(s.last_line, 7);
}

TEST(Parser, RenderKeepsTheTextAsWritten) {
  auto p = parse(std::string(kFrontMatter) +
                 "# 标题\n## 1 总则\n#### 3.1.1\n开展巡查。\n(１)列表\n| 甲 | 乙 |\n<!-- 不输出 -->\n");
  std::ostringstream out;
  emit::render_text(p->document, out);
  EXPECT_EQ(out.str(), "标题\n\n1 总则\n\n3.1.1 开展巡查。\n\n(１)列表\n\n甲  乙\n\n");
}

// Malformed inputs: the exact diagnostics, and the rest of the file still read.

TEST(ParserErrors, MissingFrontMatter) {
  auto p = parse("# 标题\n正文\n");
  EXPECT_EQ(
      testing::describe(p->sink),
      std::vector<std::string>{"1:1: 文件缺少前置信息：第一行应为 '---'，随后是 '预案：标题' 等 '键：值' 行，再以 "
                               "'---' 结束"});
  EXPECT_EQ(p->document.root->children.size(), 1u);
}

TEST(ParserErrors, UnclosedFrontMatterRecovers) {
  auto p = parse("---\n预案：甲\n# 标题\n正文\n");
  EXPECT_EQ(testing::describe(p->sink),
            std::vector<std::string>{"3:1: 前置信息没有结束行：在标题 '#'之前应有一行 '---'"});
  ASSERT_EQ(p->document.front_matter.size(), 1u);
  ASSERT_EQ(p->document.root->children.size(), 1u);
  EXPECT_EQ(p->document.root->children[0]->title.text(), "标题");
}

TEST(ParserErrors, UnclosedBlockNamesItsOpening) {
  auto p = parse(std::string(kFrontMatter) + "::: 标准 地震灾害\n正文\n");
  EXPECT_EQ(testing::describe(p->sink),
            std::vector<std::string>{"6:1: 块“::: 标准 地震灾害”没有结束行 ':::'，在文件结尾之前应有 ':::'"});
  ASSERT_EQ(p->sink.diagnostics()[0].related.size(), 1u);
  EXPECT_EQ(p->sink.diagnostics()[0].related[0].range.begin.line, 5);
}

TEST(ParserErrors, StrayCloseAndUnknownBlockBothReported) {
  auto p = parse(std::string(kFrontMatter) + ":::\n## 1 总则\n::: 指挥\n正文\n:::\n");
  EXPECT_EQ(testing::describe(p->sink),
            (std::vector<std::string>{"5:1: 多余的块结束行 ':::'：前面没有未结束的 '::: 块类型'",
                                      "7:5: 未知的块类型“指挥”，是否应为“指挥部”？"}));
  // The heading and the paragraph after the errors are still read.
  const syntax::Node& section = *p->document.root->children[0];
  EXPECT_EQ(section.title.text(), "总则");
  EXPECT_EQ(section.children[0]->children[0]->text.text(), "正文");
}

TEST(ParserErrors, HeadingInsideBlockKeepsItsWords) {
  auto p = parse(std::string(kFrontMatter) + "::: 职责\n## 2 节\n:::\n");
  EXPECT_EQ(
      testing::describe(p->sink),
      std::vector<std::string>{"6:1: 标题不能写在 ':::' 块内：块只能包住段落、列表和表格；整节可在标题后加 {块类型}"});
  EXPECT_EQ(p->document.root->children[0]->children[0]->text.text(), "2 节");
}

TEST(ParserErrors, TableRowOfWrongWidthAndBadSpan) {
  auto p = parse(std::string(kFrontMatter) + "| a | b |\n| c |\n| d | e {宽=2} |\n");
  EXPECT_EQ(
      testing::describe(p->sink),
      (std::vector<std::string>{"7:10: 无法识别的单元格属性“宽=2”：应为 {行=N} 或 {列=N}",
                                "6:1: 表格行占 1 列，而表格第一行占 2 列：请补足单元格（空单元格写作 '| |'）或检查 "
                                "{行=N}/{列=N}"}));
}

TEST(ParserErrors, SuppressionWithoutReason) {
  auto p = parse(std::string(kFrontMatter) + "<!-- planc-disable org-no-duty -->\n正文\n");
  EXPECT_EQ(testing::describe(p->sink),
            std::vector<std::string>{"5:1: planc-disable 注释必须说明理由：在规则编号后加 '：理由'"});
}

TEST(ParserErrors, InvalidUtf8IsReportedAtItsByte) {
  auto p = parse(std::string(kFrontMatter) + "正文\xff\n");
  EXPECT_EQ(testing::describe(p->sink),
            std::vector<std::string>{"5:3: 文件不是有效的 UTF-8 编码（第 53 字节）：请以 UTF-8 保存"});
}

TEST(ParserErrors, TwoErrorsInOneFileAreBothReported) {
  auto p = parse(std::string(kFrontMatter) + "## 1 节 {未知块}\n正文\n::: 标准\n|---|\n:::\n");
  EXPECT_EQ(testing::describe(p->sink).size(), 2u);
}

}  // namespace
}  // namespace planc
