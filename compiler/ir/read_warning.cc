// Readers of warning schemes (预警), signal standards (信号) and terms (术语).
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

const std::vector<std::string>& colours() {
  static const std::vector<std::string> list = {"红色", "橙色", "黄色", "蓝色"};
  return list;
}

struct Found {
  std::string word;
  size_t at;
};

// Colours in the order written.
std::vector<Found> colours_in(std::string_view s) {
  std::vector<Found> found;
  for (const std::string& colour : colours()) {
    size_t at = 0;
    while ((at = s.find(colour, at)) != std::string_view::npos) {
      found.push_back({colour, at});
      at += colour.size();
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
  return found;
}

// Level numerals written as 一级 … 四级 or Ⅰ级 … Ⅳ级 (folded I … IV), in order.
std::vector<std::pair<int, size_t>> numerals_in(std::string_view s) {
  std::vector<std::pair<int, size_t>> found;
  size_t at = 0;
  while ((at = s.find("级", at)) != std::string_view::npos) {
    size_t begin = at;
    while (begin > 0 && (s[begin - 1] == 'I' || s[begin - 1] == 'V')) --begin;
    if (begin < at) {
      size_t i = begin;
      if (std::optional<int> n = parse_roman(s, i); n && i == at) found.push_back({*n, begin});
    } else if (at >= 3) {
      if (std::optional<int> n = parse_chinese_numeral(s.substr(at - 3, 3)); n && *n <= 9)
        found.push_back({*n, at - 3});
    }
    at += 3;
  }
  // "一级为最高级别" repeats a numeral: keep each level's first mention.
  std::vector<std::pair<int, size_t>> unique;
  for (const auto& n : found) {
    bool seen = std::any_of(unique.begin(), unique.end(), [&](const auto& u) { return u.first == n.first; });
    if (!seen) unique.push_back(n);
  }
  return unique;
}

}  // namespace

void read_warning(ReadContext& context, const syntax::Node& block) {
  WarningScheme scheme;
  scheme.origin = context.origin(block);
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    for (const TextSpan& sentence : sentences(node->text)) {
      std::string s = compact_key(sentence.text());
      std::vector<Found> found = colours_in(s);
      if (found.size() < 2) continue;
      std::vector<std::pair<int, size_t>> numerals = numerals_in(s);
      bool low_to_high = contains(s, "由低到高") || contains(s, "从低到高") || contains(s, "由低至高");
      bool high_to_low = contains(s, "从高到低") || contains(s, "由高到低") || contains(s, "从高至低");
      scheme.order_words = low_to_high ? "由低到高" : (high_to_low ? "从高到低" : "");
      scheme.origin = context.origin(*node, sentence.range());
      // "最多设 4 个级别"
      size_t most = s.find("最多设");
      if (most != std::string::npos) {
        size_t i = most + std::string_view("最多设").size();
        if (std::optional<double> n = parse_number(s, i)) scheme.max_levels = static_cast<int>(*n);
      }
      std::vector<WarningLevel> levels;
      // Each colour paired with the numeral right after it: 蓝色预警信号(Ⅳ级).
      bool paired = numerals.size() == found.size();
      for (size_t k = 0; paired && k < found.size(); ++k) {
        size_t next_colour = k + 1 < found.size() ? found[k + 1].at : s.size();
        paired = numerals[k].second > found[k].at && numerals[k].second < next_colour;
      }
      for (size_t k = 0; k < found.size(); ++k) {
        WarningLevel level;
        level.colour = found[k].word;
        if (paired) {
          level.ordinal = numerals[k].first;
        } else if (numerals.size() == found.size()) {
          level.ordinal = numerals[k].first;  // "分为一级…四级，依次用红色…蓝色标示"
        } else {
          level.ordinal = low_to_high ? static_cast<int>(found.size() - k) : static_cast<int>(k + 1);
        }
        level.name = level.colour;
        levels.push_back(level);
      }
      std::sort(levels.begin(), levels.end(),
                [](const WarningLevel& a, const WarningLevel& b) { return a.ordinal < b.ordinal; });
      scheme.levels = std::move(levels);
      break;
    }
    if (!scheme.levels.empty()) break;
  }
  if (scheme.levels.empty()) {
    context.warn(scheme.origin.range, "{预警} 块中没有读到预警级别：应有“分为红色、橙色、黄色和蓝色四级”之类的一句");
    return;
  }
  context.plan.warning = std::move(scheme);
}

void read_signals(ReadContext& context, const syntax::Node& block) {
  std::string hazard = hazard_of(context, block);
  if (hazard.empty()) {
    context.warn(block.tag->range, "{信号} 块没有写明灾种：标题中应有登记的灾种名称，或写作 {信号 台风}");
  }
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    TextSpan rest;
    std::string label = label_of(node->text, rest, 10);
    std::string colour;
    for (const std::string& c : colours()) {
      if (label.compare(0, c.size(), c) == 0) colour = c;
    }
    if (colour.empty()) continue;  // 注: …
    Signal signal;
    signal.hazard = hazard;
    signal.colour = colour;
    signal.text = node->text.text();
    signal.origin = context.origin(*node, node->text.range());
    signal.criteria = parse_criteria(rest, context.indicators);
    context.gaps_of(signal.criteria, colour + "预警信号标准",
                    {"signal-non-monotone", "signal-ambiguous", "signal-definition-mismatch"});
    if (context.plan.warning) {
      for (const WarningLevel& level : context.plan.warning->levels) {
        if (level.colour == colour) signal.ordinal = level.ordinal;
      }
    }
    if (signal.ordinal == 0) {
      // Without a declared scheme the colours keep their national order.
      auto it = std::find(colours().begin(), colours().end(), colour);
      signal.ordinal = static_cast<int>(it - colours().begin()) + 1;
    }
    context.plan.signals.push_back(std::move(signal));
  }
}

void read_terms(ReadContext& context, const syntax::Node& block) {
  static const std::vector<std::string_view> verbs = {"在本预案中主要指", "一般指", "是指", ":指", "：指", "指"};
  auto read_one = [&](const syntax::Node& node, const TextSpan& text) {
    std::string_view s = text.text();
    size_t best = std::string_view::npos;
    size_t length = 0;
    for (std::string_view verb : verbs) {
      size_t at = s.find(verb);
      if (at != std::string_view::npos && at > 0 && at < best && chars_before(s, at) <= 16) {
        best = at;
        length = verb.size();
      }
    }
    if (best == std::string_view::npos) return;
    Term term;
    term.name = std::string(text.sub(0, best).trimmed().text());
    // "地质灾害危险区:" before 指.
    while (!term.name.empty() && (term.name.back() == ':')) term.name.pop_back();
    if (std::optional<std::string_view> name = before_suffix(term.name, "：")) term.name.resize(name->size());
    TextSpan definition = text.sub(best + length, s.size()).trimmed();
    term.definition = definition.text();
    term.criteria = parse_criteria(definition, context.indicators);
    context.gaps_of(term.criteria, "术语“" + term.name + "”的定义", {"signal-definition-mismatch"});
    term.origin = context.origin(node, text.range());
    context.plan.terms.push_back(std::move(term));
  };
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    read_one(*node, without_marker(*node));
  }
}

}  // namespace planc::ir
