// text-bracket: unbalanced or mismatched 《》（）“”〔〕【】 in one paragraph, heading or cell.
#include "checkers/document.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/utf8.h"

namespace planc::checkers {
namespace {

struct Pair {
  char32_t open;
  char32_t close;
  const char* name;
};

const std::vector<Pair>& pairs() {
  static const std::vector<Pair> list = {
      {U'（', U'）', "圆括号"},   {U'(', U')', "圆括号"},     {U'《', U'》', "书名号"}, {U'“', U'”', "引号"},
      {U'〔', U'〕', "六角括号"}, {U'【', U'】', "方头括号"}, {U'[', U']', "方括号"},   {U'‘', U'’', "引号"},
  };
  return list;
}

const Pair* opener(char32_t c) {
  for (const Pair& p : pairs()) {
    if (p.open == c) return &p;
  }
  return nullptr;
}

const Pair* closer(char32_t c) {
  for (const Pair& p : pairs()) {
    if (p.close == c) return &p;
  }
  return nullptr;
}

size_t byte_length(char32_t c) { return c < 0x80 ? 1 : (c < 0x800 ? 2 : 3); }

std::string as_text(char32_t c) {
  std::string s;
  utf8::append(s, c);
  return s;
}

class TextBracketCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "text-bracket",
        Severity::Warning,
        "括号、书名号、引号不成对或全角半角混配",
        {"planc 预案语言（docs/language.md）", "正文文字",
         "同一段落、标题或单元格中的括号、书名号和引号应成对出现，且开闭符号是同一对（（ 配 ），( 配 )）。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (const syntax::Document* document = context.document(*plan)) {
        for_each_text(*document, [&](const syntax::Node& node, const TextSpan& text) { check(context, node, text); });
      }
    }
  }

 private:
  static void check(CheckContext& context, const syntax::Node& node, const TextSpan& text) {
    struct Open {
      const Pair* pair;
      size_t at;
    };
    std::vector<Open> stack;
    std::string_view s = text.text();
    for (size_t i = 0; i < s.size();) {
      size_t at = i;
      char32_t c = utf8::next(s, i);
      if (const Pair* p = opener(c)) {
        stack.push_back({p, at});
        continue;
      }
      const Pair* p = closer(c);
      if (p == nullptr) continue;
      if (!stack.empty() && stack.back().pair == p) {
        stack.pop_back();
        continue;
      }
      // A closer of the same kind in the other width: （…) or (…）.
      if (!stack.empty() && std::string(stack.back().pair->name) == p->name) {
        const Pair* expected = stack.back().pair;
        Diagnostic& d = context.report(text.range(at, i),
                                       "“" + as_text(expected->open) + "”与“" + as_text(c) + "”不是同一对" + p->name +
                                           "：应为“" + as_text(expected->close) + "”",
                                       node.section_path());
        size_t open_at = stack.back().at;
        d.related.push_back({text.range(open_at, open_at + byte_length(expected->open)), "这里开始"});
        d.fixits.push_back({text.range(at, i), as_text(expected->close)});
        stack.pop_back();
        continue;
      }
      context.report(text.range(at, i), "多余的“" + as_text(c) + "”：前面没有与之配对的“" + as_text(p->open) + "”",
                     node.section_path());
    }
    for (const Open& open : stack) {
      context.report(text.range(open.at, open.at + byte_length(open.pair->open)),
                     "“" + as_text(open.pair->open) + "”没有对应的“" + as_text(open.pair->close) + "”",
                     node.section_path());
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_text_bracket_check() { return std::make_unique<TextBracketCheck>(); }

}  // namespace planc::checkers
