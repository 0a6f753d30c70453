// struct-numbering: heading and list numbers that skip, repeat or sit at the wrong depth.
#include <map>
#include <optional>

#include "checkers/document.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/number.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/quantity.h"

namespace planc::checkers {
namespace {

// "1.4.2" → {1, 4, 2}; empty when not a dotted number.
std::vector<int> dotted(std::string_view number) {
  std::string k = key(number);
  std::vector<int> parts;
  int value = -1;
  for (char c : k) {
    if (c >= '0' && c <= '9') {
      value = (value < 0 ? 0 : value * 10) + (c - '0');
    } else if (c == '.' && value >= 0) {
      parts.push_back(value);
      value = -1;
    } else {
      return {};
    }
  }
  if (value >= 0) parts.push_back(value);
  return parts;
}

std::string join(const std::vector<int>& parts) {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? "." : "") + std::to_string(parts[i]);
  return s;
}

// The numbering family of a marker ("(N)", "①", "N.", "一、", "（一）", "附件N") and its
// value; folding makes (１) and （1） one family.
struct Marker {
  std::string family;
  int value = 0;
};

std::optional<Marker> marker_of(std::string_view text) {
  std::string k = key(text);
  if (k.empty()) return std::nullopt;
  size_t i = 0;
  char32_t first = utf8::next(k, i);
  if (first >= 0x2460 && first <= 0x2473) return Marker{"①", static_cast<int>(first - 0x2460) + 1};
  // NFKC folds ① to "1": the circled family is recognised from the raw text.
  size_t j = 0;
  char32_t raw_first = utf8::next(text, j);
  if (raw_first >= 0x2460 && raw_first <= 0x2473) return Marker{"①", static_cast<int>(raw_first - 0x2460) + 1};
  if (std::optional<std::string_view> digits = after_prefix(k, "附件")) {
    if (std::optional<int> n = parse_int(*digits)) return Marker{"附件N", *n};
    return std::nullopt;
  }
  std::string inner = k;
  std::string family;
  if (k.front() == '(' && k.back() == ')') {
    inner = k.substr(1, k.size() - 2);
    family = "()";
  } else if (std::optional<std::string_view> bare = before_suffix(k, "、")) {
    inner = std::string(*bare);
    family = "、";
  } else if (k.back() == '.') {
    inner = k.substr(0, k.size() - 1);
    family = ".";
  }
  if (family.empty() || inner.empty()) return std::nullopt;
  if (inner.find_first_not_of("0123456789") == std::string::npos) {
    if (std::optional<int> n = parse_int(inner)) return Marker{"N" + family, *n};
    return std::nullopt;  // more digits than any numbering has
  }
  if (std::optional<int> chinese = ir::parse_chinese_numeral(inner)) return Marker{"一" + family, *chinese};
  return std::nullopt;
}

class StructNumberingCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "struct-numbering",
        Severity::Warning,
        "标题或列表编号跳号、重号或层级不符",
        {"planc 预案语言（docs/language.md）", "编号",
         "标题保留正式编号（1、1.1、1.4.1），列表保留（1）/①/一、等序号；同一层级的编号应从 1 起逐一递增。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      const syntax::Document* document = context.document(*plan);
      if (document && document->root) visit(context, *document->root);
    }
  }

 private:
  void visit(CheckContext& context, const syntax::Node& container) {
    check_headings(context, container);
    check_lists(context, container);
    for (const auto& child : container.children) {
      if (child->kind == syntax::NodeKind::Section || child->kind == syntax::NodeKind::Div) visit(context, *child);
    }
  }

  // Numbered child sections: 1.4 holds 1.4.1, 1.4.2 …; chapters 1, 2, 3 …
  void check_headings(CheckContext& context, const syntax::Node& container) {
    std::vector<int> parent =
        container.kind == syntax::NodeKind::Section ? dotted(container.number.text()) : std::vector<int>();
    std::map<std::string, int> last;  // family → last value (non-dotted headings)
    int last_dotted = 0;
    for (const auto& child : container.children) {
      if (child->kind != syntax::NodeKind::Section || child->number.empty()) continue;
      const syntax::Node& section = *child;
      std::vector<int> number = dotted(section.number.text());
      if (!number.empty()) {
        std::vector<int> prefix(number.begin(), number.end() - 1);
        if (!parent.empty() && prefix != parent) {
          context.report(section.number.range(), "编号“" + std::string(section.number.text()) + "”不在上级“" +
                                                     join(parent) + "”之下：应为“" + join(parent) + "." +
                                                     std::to_string(last_dotted + 1) + "”");
        } else {
          expect(context, section.number.range(), number.back(), last_dotted, std::string(section.number.text()),
                 [&](int n) {
                   std::vector<int> want = prefix;
                   want.push_back(n);
                   return join(want);
                 });
        }
        last_dotted = number.back();
        continue;
      }
      if (std::optional<Marker> marker = marker_of(section.number.text())) {
        int& previous = last[marker->family];
        expect(context, section.number.range(), marker->value, previous, std::string(section.number.text()),
               [&](int n) { return std::to_string(n); });
        previous = marker->value;
      }
    }
  }

  // List items of each family in order; a family nested under another restarts when
  // an item of the outer family comes back.
  void check_lists(CheckContext& context, const syntax::Node& container) {
    if (container.kind == syntax::NodeKind::Div) return;  // read with its container
    std::vector<const syntax::Node*> children = through_divs(container);
    std::vector<std::pair<std::string, int>> open;  // families in order of nesting, last value
    for (const syntax::Node* child : children) {
      if (child->kind == syntax::NodeKind::Section) {
        open.clear();
        continue;
      }
      if (child->kind != syntax::NodeKind::Paragraph) continue;
      std::string_view marker_text = list_marker(*child);
      if (marker_text.empty()) continue;
      std::optional<Marker> marker = marker_of(marker_text);
      if (!marker) continue;
      auto it = std::find_if(open.begin(), open.end(), [&](const auto& f) { return f.first == marker->family; });
      if (it == open.end()) {
        open.push_back({marker->family, 0});
        it = open.end() - 1;
      } else {
        open.erase(it + 1, open.end());
        it = open.end() - 1;
      }
      size_t at = static_cast<size_t>(marker_text.data() - child->text.text().data());
      expect(context, child->text.range(at, at + marker_text.size()), marker->value, it->second,
             std::string(marker_text), [&](int n) { return "第 " + std::to_string(n) + " 项"; });
      it->second = marker->value;
    }
  }

  template <typename F>
  void expect(CheckContext& context, const SourceRange& range, int value, int previous, const std::string& written,
              F describe) {
    if (value == previous + 1) return;
    if (value == previous) {
      context.report(range, "编号“" + written + "”与上一项重复");
    } else if (value < previous) {
      context.report(range, "编号“" + written + "”倒退：上一项是 " + std::to_string(previous));
    } else {
      context.report(range, "编号“" + written + "”跳号：此处应为" + describe(previous + 1));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_struct_numbering_check() { return std::make_unique<StructNumberingCheck>(); }

}  // namespace planc::checkers
