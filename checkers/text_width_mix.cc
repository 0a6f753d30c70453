// text-width-mix: full- and half-width digits mixed in one figure, or list markers of one list in both widths.
#include <algorithm>
#include <optional>

#include "checkers/document.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/quantity.h"

namespace planc::checkers {
namespace {

bool half_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool full_digit(char32_t c) { return c >= U'０' && c <= U'９'; }
bool digit(char32_t c) { return half_digit(c) || full_digit(c); }
bool point(char32_t c) { return c == U'.' || c == U'．'; }

// Digits and points in the other width: "2０23" → "2023" (full = false).
std::string convert(std::string_view text, bool full) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::next(text, i);
    if (half_digit(c) && full) c = c - U'0' + U'０';
    if (full_digit(c) && !full) c = c - U'０' + U'0';
    if (point(c)) c = full ? U'．' : U'.';
    utf8::append(out, c);
  }
  return out;
}

std::string width_words(bool full) { return full ? "全角" : "半角"; }

// A list marker cut into the words around its number: "(" "１" ")".
struct Marker {
  std::string prefix, number, suffix;
  std::string family;  // folded: "(N)", "N.", "(一)"
  std::string form;    // as written, the number reduced to its width: "(Ｎ)"
  bool full_digits = false;
  bool chinese = false;
  const syntax::Node* node = nullptr;
  SourceRange range;
};

std::optional<Marker> cut(std::string_view text) {
  Marker m;
  size_t i = 0;
  while (i < text.size()) {  // prefix: up to the first digit or Chinese numeral
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (digit(c) || ir::parse_chinese_numeral(text.substr(at, i - at))) {
      i = at;
      break;
    }
    m.prefix.append(text.substr(at, i - at));
  }
  size_t number_start = i;
  while (i < text.size()) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (!digit(c) && !ir::parse_chinese_numeral(text.substr(at, i - at))) {
      i = at;
      break;
    }
    m.full_digits = m.full_digits || full_digit(c);
    m.chinese = m.chinese || !digit(c);
  }
  m.number = text.substr(number_start, i - number_start);
  m.suffix = text.substr(i);
  while (!m.suffix.empty() && (m.suffix.back() == ' ' || m.suffix.back() == '\t')) m.suffix.pop_back();
  if (m.number.empty() || (m.prefix.empty() && m.suffix.empty())) return std::nullopt;
  std::string kind = m.chinese ? "一" : "N";
  m.family = key(m.prefix) + kind + key(m.suffix);
  m.form = m.prefix + (m.chinese ? "一" : (m.full_digits ? "Ｎ" : "N")) + m.suffix;
  return m;
}

// "全角括号、半角数字": what a marker's form is, in words.
std::string form_words(const Marker& m) {
  std::string marks = m.prefix + m.suffix;
  bool full = utf8::display_width(marks) >= 2 * utf8::count_code_points(marks);
  bool brackets = marks.find_first_of("()") != std::string::npos || marks.find("（") != std::string::npos;
  std::string out = width_words(full) + (brackets ? "括号" : "标点");
  if (!m.chinese) out += "、" + width_words(m.full_digits) + "数字";
  return out;
}

class TextWidthMixCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "text-width-mix",
        Severity::Warning,
        "同一数字或同一列表的序号混用全角和半角",
        {"planc 预案语言（docs/language.md）", "正文文字",
         "同一数字、同一列表的序号应统一使用全角或半角字符（如“(１)…（4）…(５)”应统一）。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      const syntax::Document* document = context.document(*plan);
      if (document == nullptr || document->root == nullptr) continue;
      for_each_text(*document, [&](const syntax::Node& node, const TextSpan& text) { figures(context, node, text); });
      syntax::walk(*document->root, [&](const syntax::Node& node) {
        if (node.kind == syntax::NodeKind::Section && !node.number.empty()) figures(context, node, node.number);
      });
      visit(context, *document->root);
    }
  }

 private:
  // (a) Each run of digits (with decimal points between them) in one width.
  static void figures(CheckContext& context, const syntax::Node& node, const TextSpan& text) {
    std::string_view s = text.text();
    for (size_t i = 0; i < s.size();) {
      size_t begin = i;
      if (!digit(utf8::next(s, i))) continue;
      size_t end = figure_end(s, begin);
      i = end;
      std::string figure(s.substr(begin, end - begin));
      int half = 0, full = 0;
      for (size_t j = 0; j < figure.size();) {
        char32_t c = utf8::next(figure, j);
        half += half_digit(c);
        full += full_digit(c);
      }
      if (half == 0 || full == 0) continue;
      std::string fixed = convert(figure, full > half);
      Diagnostic& d =
          context.report(text.range(begin, end), "数字“" + figure + "”混用全角和半角数字：应统一写作“" + fixed + "”",
                         node.section_path());
      d.fixits.push_back({text.range(begin, end), fixed});
    }
  }

  // The end of the figure that starts at s[begin]: digits, and points between digits.
  static size_t figure_end(std::string_view s, size_t begin) {
    size_t end = begin;
    while (end < s.size()) {
      size_t j = end;
      char32_t c = utf8::next(s, j);
      size_t k = j;
      bool inner_point = point(c) && end > begin && j < s.size() && digit(utf8::next(s, k));
      if (!digit(c) && !inner_point) break;
      end = j;
    }
    return end;
  }

  void visit(CheckContext& context, const syntax::Node& container) {
    check_lists(context, container);
    for (const auto& child : container.children) {
      if (child->kind == syntax::NodeKind::Section) visit(context, *child);
    }
  }

  // (b) The lists of a container, nested as struct-numbering nests them: a list ends at a
  // heading, or when an item of a list it is nested in comes back.
  void check_lists(CheckContext& context, const syntax::Node& container) {
    std::vector<const syntax::Node*> children = through_divs(container);
    std::vector<std::vector<Marker>> open;  // lists in order of nesting
    auto close_from = [&](size_t n) {
      for (size_t k = n; k < open.size(); ++k) check_list(context, open[k]);
      open.resize(n);
    };
    for (const syntax::Node* child : children) {
      if (child->kind == syntax::NodeKind::Section) close_from(0);
      if (child->kind != syntax::NodeKind::Paragraph) continue;
      std::string_view text = list_marker(*child);
      std::optional<Marker> marker = text.empty() ? std::nullopt : cut(text);
      if (!marker) continue;
      size_t at = static_cast<size_t>(text.data() - child->text.text().data());
      size_t length = marker->prefix.size() + marker->number.size() + marker->suffix.size();
      marker->node = child;
      marker->range = child->text.range(at, at + length);
      auto it =
          std::find_if(open.begin(), open.end(), [&](const auto& list) { return list[0].family == marker->family; });
      if (it == open.end()) {
        open.push_back({});
      } else {
        close_from(static_cast<size_t>(it - open.begin()) + 1);
      }
      open.back().push_back(*marker);
    }
    close_from(0);
  }

  // The forms of one list: the most frequent (the first item's on a tie) is the list's;
  // every other item is reported with a fix-it to it.
  static void check_list(CheckContext& context, const std::vector<Marker>& list) {
    const Marker* majority = nullptr;
    long best = 0;
    for (const Marker& m : list) {
      long n = std::count_if(list.begin(), list.end(), [&](const Marker& o) { return o.form == m.form; });
      if (n > best) {
        best = n;
        majority = &m;
      }
    }
    if (majority == nullptr || best == static_cast<long>(list.size())) return;
    for (const Marker& m : list) {
      if (m.form == majority->form) continue;
      std::string number = m.chinese || majority->chinese ? m.number : convert(m.number, majority->full_digits);
      std::string fixed = majority->prefix + number + majority->suffix;
      std::string written = m.prefix + m.number + m.suffix;
      Diagnostic& d = context.report(m.range,
                                     "序号“" + written + "”（" + form_words(m) + "）与同一列表的多数序号（" +
                                         form_words(*majority) + "）全角半角不一致：应写作“" + fixed + "”",
                                     m.node->section_path());
      d.related.push_back(
          {majority->range, "同一列表的序号写作“" + majority->prefix + majority->number + majority->suffix + "”"});
      d.fixits.push_back({m.range, fixed});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_text_width_mix_check() { return std::make_unique<TextWidthMixCheck>(); }

}  // namespace planc::checkers
