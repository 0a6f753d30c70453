// syntax: what the parser could not read, with the form it expected.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class SyntaxCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "syntax",
        Severity::Error,
        "语法错误：文件不符合 planc 预案语言",
        {"planc 预案语言（docs/language.md）", "全文",
         "预案文件由前置信息、带编号的标题、段落、列表、表格和语义块组成；每种行由其开头的字符决定。", false}};
    return rule;
  }

  // The parser and the block readers report as they read; this rule passes their
  // findings on for the files named on the command line.
  void run(CheckContext& context) override {
    for (const Diagnostic& d : context.front_end().diagnostics()) {
      if (d.rule == "syntax" && context.requested(d.range.file)) context.forward(d);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_syntax_check() { return std::make_unique<SyntaxCheck>(); }

}  // namespace planc::checkers
