// Reader of reporting time limits: "事发后30分钟内电话报告、1小时内书面报告县委、县政府",
// "最迟不得超过4小时", "立即报告".
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/quantity.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

// The clause around a folded offset: from the previous , ; 、 : to the next.
std::pair<size_t, size_t> clause_around(std::string_view s, size_t at) {
  size_t begin = 0;
  for (std::string_view mark : {",", ";", "、", ":", "。"}) {
    size_t found = s.rfind(mark, at);
    if (found != std::string_view::npos && found + mark.size() > begin && found < at) begin = found + mark.size();
  }
  size_t end = s.size();
  for (std::string_view mark : {",", ";", "、", "。"}) {
    size_t found = s.find(mark, at);
    if (found != std::string_view::npos && found < end) end = found;
  }
  return {begin, end};
}

// 首次报告, 书面报告 or 续报, from the words of one limit's clause.
std::string kind_of(std::string_view clause) {
  if (clause.find("书面") != std::string_view::npos) return "书面报告";
  if (clause.find("续报") != std::string_view::npos) return "续报";
  return "首次报告";
}

// Whether words report an event upwards: 报告, 报送, 上报, 续报, "1小时内报县应急管理局";
// not 通报 (to the neighbours) alone.
bool reports(std::string_view clause) {
  for (std::string_view verb : {"报告", "报送", "上报", "续报", "内报", "书面报", "电话报"}) {
    if (clause.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

// Whom a limit at `at` reports to, from its comma clause: "向县委、县政府电话报告", or
// the words after the clause's last verb ("30分钟内电话报告、1小时内书面报告县委、县人民
// 政府总值班室": both to the same); empty when not said.
std::string recipient(std::string_view s, size_t at) {
  size_t end = s.size();
  for (std::string_view mark : {",", ";", "。"}) {
    size_t found = s.find(mark, at);
    if (found != std::string_view::npos && found < end) end = found;
  }
  std::string_view clause = s.substr(at, end - at);
  size_t to = clause.find("向");
  if (to != std::string_view::npos) {
    std::string_view after = clause.substr(to + std::string_view("向").size());
    size_t stop = after.size();
    for (std::string_view verb : {"电话", "口头", "书面", "报告", "报送", "上报", "续报", "通报"}) {
      size_t found = after.find(verb);
      if (found != std::string_view::npos && found < stop) stop = found;
    }
    return std::string(after.substr(0, stop));
  }
  size_t last = std::string_view::npos;
  size_t length = 0;
  for (std::string_view verb : {"报告", "上报", "报送", "内报"}) {
    size_t found = clause.rfind(verb);
    if (found != std::string_view::npos && (last == std::string_view::npos || found > last)) {
      last = found;
      length = verb.size();
    }
  }
  if (last == std::string_view::npos) return {};
  std::string_view rest = clause.substr(last + length);
  // "半小时内报送书面材料": what is sent, not to whom.
  for (std::string_view what : {"材料", "报告", "情况", "信息", "简报"}) {
    if (rest.ends_with(what)) return {};
  }
  return std::string(rest);
}

// A number before `at` (digits or a Chinese numeral, with 个 allowed before the unit):
// its value and where it begins; nullopt when there is none.
std::optional<std::pair<double, size_t>> number_before(std::string_view s, size_t at) {
  if (s.substr(0, at).ends_with("个")) at -= std::string_view("个").size();
  size_t begin = at;
  while (begin > 0 && s[begin - 1] >= '0' && s[begin - 1] <= '9') --begin;
  if (begin < at) return std::pair(static_cast<double>(std::stoi(std::string(s.substr(begin, at - begin)))), begin);
  // One or two Chinese numerals: 半, 一, 两, 十二 …
  if (s.substr(0, at).ends_with("半")) return std::pair(0.5, at - std::string_view("半").size());
  for (size_t length : {6u, 3u}) {
    if (at < length) continue;
    if (std::optional<int> n = parse_chinese_numeral(s.substr(at - length, length)); n && *n > 0)
      return std::pair(static_cast<double>(*n), at - length);
  }
  return std::nullopt;
}

void read_sentence(ReadContext& context, const syntax::Node& node, const TextSpan& sentence) {
  Folded folded = fold(sentence.text(), {.drop_space = true});
  std::string_view s = folded.text;
  if (!reports(s)) return;
  bool numeric = false;
  for (std::string_view unit : {"分钟", "小时"}) {
    for (size_t at = s.find(unit); at != std::string_view::npos; at = s.find(unit, at + unit.size())) {
      std::optional<std::pair<double, size_t>> number = number_before(s, at);
      if (!number) continue;
      std::string_view after = s.substr(at + unit.size());
      std::string_view before = s.substr(0, number->second);
      // "30分钟内报告", "最迟不得超过4小时", "不超过2小时": a limit; "24小时内累积降水量",
      // "24小时值班" are not.
      bool within = after.starts_with("内");
      bool at_most = before.ends_with("不得超过") || before.ends_with("不超过") || before.ends_with("最迟");
      if (!within && !at_most) continue;
      auto [begin, end] = clause_around(s, at);
      std::string_view clause = s.substr(begin, end - begin);
      // The limit's own clause reports ("1小时内书面报告"); "最迟不得超过4小时" follows the
      // clause that does ("要立即报告，最迟不得超过4小时").
      if (!reports(clause) && !(at_most && begin > 0 && reports(s.substr(0, begin)))) continue;
      ReportLimit limit;
      limit.kind = kind_of(clause);
      limit.minutes = number->first * (unit == "小时" ? 60.0 : 1.0);
      limit.to = recipient(s, at);
      // "1小时内书面报告县委、县人民政府总值班室": the words run on over a 、 that lists
      // recipients, up to the comma, unless another limit follows.
      size_t comma = std::min({s.find(",", end), s.find(";", end), s.find("。", end), s.size()});
      std::string_view rest = s.substr(end, comma - end);
      if (rest.find("分钟") == std::string_view::npos && rest.find("小时") == std::string_view::npos) end = comma;
      TextSpan words = sentence.sub(folded.original(number->second), folded.original(end));
      limit.words = std::string(words.trimmed().text());
      limit.origin = context.origin(node, words.trimmed().range());
      context.plan.report_limits.push_back(std::move(limit));
      numeric = true;
    }
  }
  if (numeric) return;
  // "立即向县人民政府报告", "第一时间上报": immediately, no number; "按规定时限报告":
  // the limit set elsewhere (the superior's), no number either.
  for (std::string_view now : {"立即", "第一时间", "迅速", "按规定时限", "按照规定时限", "规定的时限"}) {
    size_t at = s.find(now);
    if (at == std::string_view::npos) continue;
    auto [begin, end] = clause_around(s, at);
    std::string_view clause = s.substr(at, end - at);
    if (!reports(clause)) continue;
    ReportLimit limit;
    limit.kind = kind_of(clause);
    limit.to = recipient(s, at);
    TextSpan words = sentence.sub(folded.original(at), folded.original(end));
    limit.words = std::string(words.trimmed().text());
    limit.origin = context.origin(node, words.trimmed().range());
    context.plan.report_limits.push_back(std::move(limit));
    return;
  }
}

}  // namespace

void read_report_limits(ReadContext& context, const syntax::Node& node) {
  if (node.kind == syntax::NodeKind::Paragraph) {
    std::string_view raw = node.text.text();
    if (raw.find("报") == std::string_view::npos) return;
    for (const TextSpan& sentence : sentences(node.text)) {
      size_t first = context.plan.report_limits.size();
      read_sentence(context, node, sentence);
      // "1小时内向县人民政府口头报告，2小时内书面报告": a later limit of the sentence with
      // no recipient of its own reports to the one before.
      std::vector<ReportLimit>& limits = context.plan.report_limits;
      for (size_t k = first + 1; k < limits.size(); ++k) {
        if (limits[k].to.empty()) limits[k].to = limits[k - 1].to;
      }
    }
    return;
  }
  for (const auto& child : node.children) read_report_limits(context, *child);
}

}  // namespace planc::ir
