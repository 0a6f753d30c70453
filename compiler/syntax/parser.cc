// Parsing one .plan file: line tokens, the ANTLR grammar, then the document tree.
#include "compiler/syntax/parser.h"

#include <limits>

#include "compiler/base/encoding.h"
#include "compiler/base/limits.h"
#include "compiler/base/utf8.h"
#include "compiler/syntax/antlr_fence.h"
#include "compiler/syntax/builder.h"
#include "compiler/syntax/line_lexer.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::syntax {
namespace {

size_t token_type(LineKind kind) {
  using P = grammar::PlanParser;
  switch (kind) {
    case LineKind::FmFence: return P::FM_FENCE;
    case LineKind::FmLine: return P::FM_LINE;
    case LineKind::Heading: return P::HEADING;
    case LineKind::DivOpen: return P::DIV_OPEN;
    case LineKind::DivClose: return P::DIV_CLOSE;
    case LineKind::TableRow: return P::TABLE_ROW;
    case LineKind::TableRule: return P::TABLE_RULE;
    case LineKind::Item: return P::ITEM;
    case LineKind::Text: return P::TEXT;
    case LineKind::Blank: return P::BLANK;
    case LineKind::Comment: return P::COMMENT;
  }
  return P::TEXT;
}

// What a token is, for a person reading an error message.
std::string describe(size_t type) {
  using P = grammar::PlanParser;
  switch (type) {
    case P::FM_FENCE: return "前置信息边界 '---'";
    case P::FM_LINE: return "前置信息行 '键：值'";
    case P::HEADING: return "标题 '#'";
    case P::DIV_OPEN: return "块开始行 '::: 块类型'";
    case P::DIV_CLOSE: return "块结束行 ':::'";
    case P::TABLE_ROW: return "表格行 '| … |'";
    case P::TABLE_RULE: return "表头分隔行 '|---|'";
    case P::ITEM: return "列表项";
    case P::TEXT: return "正文";
    case P::BLANK: return "空行";
    case P::COMMENT: return "注释";
    case antlr4::Token::EOF: return "文件结尾";
  }
  return "未知记号";
}

// Turns ANTLR's recovery events into planc diagnostics, worded for a plan drafter.
class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ErrorStrategy(const SourceFile& file, const std::vector<LineToken>& lines, DiagnosticSink& sink)
      : file_(file), lines_(lines), sink_(sink) {}

 protected:
  void reportMissingToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken());
  }

  void reportUnwantedToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken());
  }

  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override {
    report(parser, e.getOffendingToken());
  }

  // The default conjures the missing token from the current token's source, which line
  // tokens do not have; this one owns the tokens it conjures.
  antlr4::Token* getMissingSymbol(antlr4::Parser* parser) override {
    antlr4::Token* current = parser->getCurrentToken();
    size_t expected = getExpectedTokens(parser).getMinElement();
    auto token = std::make_unique<antlr4::CommonToken>(expected, "<missing>");
    token->setLine(current->getLine());
    token->setTokenIndex(std::numeric_limits<size_t>::max());
    conjured_.push_back(std::move(token));
    return conjured_.back().get();
  }

  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override {
    report(parser, e.getOffendingToken());
  }

 private:
  // One place words every syntax error, from what the parser expected at the token.
  void report(antlr4::Parser* parser, antlr4::Token* token) {
    using P = grammar::PlanParser;
    antlr4::misc::IntervalSet expected = getExpectedTokens(parser);
    size_t type = token->getType();
    auto expects = [&](size_t t) { return expected.contains(t); };
    auto* in_front_matter = dynamic_cast<P::FrontMatterContext*>(parser->getContext());
    if (in_front_matter != nullptr && expects(P::FM_FENCE)) {
      report_syntax(sink_, where(token), "前置信息没有结束行：在" + describe(type) + "之前应有一行 '---'");
      return;
    }
    if (type == antlr4::Token::EOF || type == P::FM_FENCE) {
      if (antlr4::ParserRuleContext* div = open_div(parser)) {
        const LineToken* start = line_of(div->getStart());
        std::string name = start ? std::string(start->text) : std::string(":::");
        report_syntax(sink_, where(token), "块“" + name + "”没有结束行 ':::'，在" + describe(type) + "之前应有 ':::'",
                      start ? file_.line_range(start->line) : SourceRange(), "块从这里开始");
        return;
      }
    }
    switch (type) {
      case P::DIV_CLOSE:
        report_syntax(sink_, where(token), "多余的块结束行 ':::'：前面没有未结束的 '::: 块类型'");
        return;
      case P::TABLE_RULE:
        report_syntax(sink_, where(token), "表头分隔行 '|---|' 只能出现在表头行之后，且每个表格只能有一行");
        return;
      default: report_syntax(sink_, where(token), "此处不应出现" + describe(type));
    }
  }

  // The innermost block (:::) still open at the parser's position.
  static antlr4::ParserRuleContext* open_div(antlr4::Parser* parser) {
    for (antlr4::ParserRuleContext* context = parser->getContext(); context != nullptr;
         context = dynamic_cast<antlr4::ParserRuleContext*>(context->parent)) {
      if (dynamic_cast<grammar::PlanParser::DivContext*>(context) != nullptr) return context;
    }
    return nullptr;
  }

  const LineToken* line_of(antlr4::Token* token) const {
    if (token == nullptr || token->getType() == antlr4::Token::EOF) return nullptr;
    size_t index = token->getTokenIndex();
    return index < lines_.size() ? &lines_[index] : nullptr;
  }

  SourceRange where(antlr4::Token* token) const {
    const LineToken* line = line_of(token);
    if (line != nullptr) return file_.line_range(line->line);
    int last = std::max(1, file_.line_count());
    return file_.line_range(last);
  }

  const SourceFile& file_;
  const std::vector<LineToken>& lines_;
  DiagnosticSink& sink_;
  std::vector<std::unique_ptr<antlr4::Token>> conjured_;
};

// Checks the line tokens before the parser sees them: a comment that never closes, and
// blocks nested deeper than kMaxNesting (the generated parser recurses once per level).
// A block line past the limit is reported and read as a blank line, so the rest still
// compiles.
void check_lines(const SourceFile& file, std::vector<LineToken>& lines, DiagnosticSink& sink) {
  int depth = 0;
  int skipped = 0;  // opening lines passed over, whose closing lines go too
  for (LineToken& line : lines) {
    if (line.kind == LineKind::Comment && line.text.find("-->") == std::string_view::npos) {
      report_syntax(sink, file.line_range(line.line),
                    "注释“<!--”没有结束标记“-->”：其后第 " + std::to_string(line.line) + " 行至文件结尾都被当作注释");
    }
    if (line.kind == LineKind::DivOpen) {
      if (depth >= kMaxNesting) {
        if (skipped++ == 0) {
          report_syntax(sink, file.line_range(line.line),
                        "块嵌套超过 " + std::to_string(kMaxNesting) + " 层：此行及更深的块标记不予处理");
        }
        line.kind = LineKind::Blank;
        continue;
      }
      ++depth;
    } else if (line.kind == LineKind::DivClose) {
      if (skipped > 0) {
        --skipped;
        line.kind = LineKind::Blank;
        continue;
      }
      if (depth > 0) --depth;
    }
  }
}

}  // namespace

Document parse(const SourceFile& file, DiagnosticSink& sink) {
  size_t invalid = utf8::find_invalid(file.text());
  if (invalid != std::string_view::npos) {
    std::string what = describe_non_utf8(file.text());
    report_syntax(sink, file.range(invalid, invalid + 1),
                  "文件不是有效的 UTF-8 编码（第 " + std::to_string(invalid + 1) + " 字节）：" +
                      (what.empty() ? std::string("请以 UTF-8 保存") : what));
    Document empty;
    empty.file = &file;
    empty.root = std::make_unique<Node>();
    empty.root->kind = NodeKind::Document;
    return empty;
  }

  std::vector<LineToken> lines = lex_lines(file);
  if (lines.empty()) {
    warn_syntax(sink, file.range(0, 0), "文件是空的：预案文件应以前置信息开头（'---'、'预案：标题'、'---'）");
    Document empty;
    empty.file = &file;
    empty.root = std::make_unique<Node>();
    empty.root->kind = NodeKind::Document;
    return empty;
  }
  check_lines(file, lines, sink);
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  tokens.reserve(lines.size() + 1);
  for (const LineToken& line : lines) {
    auto token = std::make_unique<antlr4::CommonToken>(token_type(line.kind), std::string(line.text));
    token->setLine(line.line);
    token->setCharPositionInLine(0);
    tokens.push_back(std::move(token));
  }
  antlr4::ListTokenSource source(std::move(tokens));
  antlr4::CommonTokenStream stream(&source);
  grammar::PlanParser parser(&stream);
  parser.removeErrorListeners();
  parser.setErrorHandler(std::make_shared<ErrorStrategy>(file, lines, sink));
  grammar::PlanParser::DocumentContext* tree = parser.document();
  return build_document(file, lines, tree, sink);
}

}  // namespace planc::syntax
