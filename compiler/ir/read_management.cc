// Reader of management clauses: filing (备案), drills (演练), revision (修订), evaluation (评估).
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"
#include "compiler/syntax/line_lexer.h"

namespace planc::ir {
namespace {

// The administrative level a subject may start with: 各级, or 省/市/县/区/乡/镇 with or
// without 级 ("区总体应急预案", "省级专项应急预案"); its length, or 0.
size_t level_length(std::string_view key, size_t i) {
  std::string_view at = key.substr(std::min(i, key.size()));
  for (std::string_view whole : {"各级", "本级"}) {
    if (at.starts_with(whole)) return whole.size();
  }
  for (std::string_view level : {"省", "市", "县", "区", "乡", "镇"}) {
    if (!at.starts_with(level)) continue;
    return at.substr(level.size()).starts_with("级") ? level.size() + std::string_view("级").size() : level.size();
  }
  return 0;
}

// The plan kinds a sentence may name, and the categories each stands for.
const std::vector<std::pair<std::string_view, std::vector<std::string>>>& plan_kinds() {
  static const std::vector<std::pair<std::string_view, std::vector<std::string>>> kinds = {
      {"总体应急预案", {"总体"}},           {"专项应急预案", {"专项"}}, {"部门应急预案", {"部门"}},
      {"基层组织和单位", {"基层", "单位"}}, {"联合应急预案", {"联合"}}, {"基层应急预案", {"基层"}},
      {"企业应急预案", {"单位"}},           {"单位应急预案", {"单位"}}, {"生产经营单位应急预案", {"单位"}},
  };
  return kinds;
}

// The plan categories a sentence is about, read from its subject: the plan kinds it
// names before its verb ("专项应急预案、部门应急预案至少每２年…", "区总体应急预案按程序…"),
// each with or without its level.
std::vector<std::string> subject_categories(std::string_view sentence) {
  std::string key = compact_key(sentence);
  const auto& kinds = plan_kinds();
  std::vector<std::string> result;
  size_t i = syntax::list_marker_length(key);
  while (i < key.size()) {
    size_t at = i + level_length(key, i);
    bool matched = false;
    for (const auto& [word, categories] : kinds) {
      if (key.compare(at, word.size(), word) == 0) {
        result.insert(result.end(), categories.begin(), categories.end());
        i = at + word.size();
        matched = true;
        break;
      }
    }
    if (!matched) break;
    if (key.compare(i, 3, "、") == 0)
      i += 3;
    else if (key.compare(i, 3, "和") == 0)
      i += 3;
    else
      break;
  }
  // "各乡镇人民政府应当每3年至少修订一次本级总体应急预案": no kind in the subject, the
  // government's own (本级) plan of a kind as the object.
  if (result.empty()) {
    for (const auto& [word, categories] : kinds) {
      size_t at = key.find("本级" + std::string(word));
      if (at == std::string::npos) continue;
      result.insert(result.end(), categories.begin(), categories.end());
      break;
    }
  }
  return result;
}

// "修订涉及组织指挥体系与职责、应急处置程序…等重要内容的" → the parts, as written.
std::vector<std::string> major_parts_of(const TextSpan& sentence) {
  Folded folded = fold(sentence.text(), {.drop_space = true});
  const std::string& key = folded.text;
  size_t about = key.find("涉及");
  if (about == std::string::npos || key.rfind("修订", about) == std::string::npos) return {};
  size_t begin = about + std::string_view("涉及").size();
  size_t end = key.find("重要内容", begin);
  if (end == std::string::npos) return {};
  if (end >= begin + 3 && key.compare(end - 3, 3, "等") == 0) end -= 3;
  std::vector<std::string> parts;
  for (const TextSpan& part : split_list(sentence.sub(folded.original(begin), folded.original(end)))) {
    parts.push_back(part.text());
  }
  return parts;
}

// "报上一级政府备案" → "上一级政府".
std::string recipient_of(std::string_view sentence) {
  std::string key = compact_key(sentence);
  size_t filed = key.find("备案");
  if (filed == std::string::npos) return {};
  size_t best = std::string::npos;
  size_t length = 0;
  for (std::string_view verb : {std::string_view("上报"), std::string_view("报送"), std::string_view("报")}) {
    size_t at = key.rfind(verb, filed);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      length = verb.size();
    }
  }
  if (best == std::string::npos) return {};
  return key.substr(best + length, filed - best - length);
}

// The category of a revision trigger, from its words.
TriggerKind trigger_category(std::string_view text) {
  std::string key = compact_key(text);
  if (contains(key, "法律") || contains(key, "上位预案") || contains(key, "上级预案")) return TriggerKind::Law;
  if (contains(key, "指挥机构")) return TriggerKind::Command;
  if (contains(key, "风险")) return TriggerKind::Risk;
  if (contains(key, "应急资源")) return TriggerKind::Resources;
  if (contains(key, "其他重要信息")) return TriggerKind::OtherInfo;
  if (contains(key, "演练中发现") || contains(key, "实际应对")) return TriggerKind::Lessons;
  if (contains(key, "认为应当修订")) return TriggerKind::Discretion;
  return TriggerKind::Other;
}

// "有下列情形之一的，应当及时修订：（一）…；（二）…。" written as one paragraph: the
// items after the colon, each at a list marker that opens the text or follows ：；。
// Fewer than two items are not a list.
std::vector<TextSpan> inline_items(const TextSpan& text, size_t& lead_end) {
  std::string_view s = text.text();
  size_t cases = s.find("情形之一");
  if (cases == std::string_view::npos) return {};
  size_t colon = s.find("：", cases);
  if (colon == std::string_view::npos) return {};
  size_t from = colon + std::string_view("：").size();
  std::vector<size_t> starts;
  std::vector<size_t> lengths;
  for (size_t i = from; i < s.size();) {
    size_t length = syntax::list_marker_length(s.substr(i));
    std::string_view before = s.substr(0, i);
    if (length > 0 && (i == from || before.ends_with("；") || before.ends_with("。") || before.ends_with(";"))) {
      starts.push_back(i);
      lengths.push_back(length);
      i += length;
      continue;
    }
    utf8::next(s, i);
  }
  if (starts.size() < 2 || starts.front() != from) return {};
  std::vector<TextSpan> items;
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t end = k + 1 < starts.size() ? starts[k + 1] : s.size();
    items.push_back(text.sub(starts[k], end).trimmed());
  }
  lead_end = from;
  return items;
}

// Whether a clause of a plan's own block with no kind of plan named is about the plan
// itself: it names no plans ("各乡镇人民政府制定的应急预案…", "如预案发生重大调整…") and
// no plural others ("各成员单位…定期组织开展应急演练").
bool about_itself(std::string_view text) {
  std::string key = compact_key(text);
  for (size_t at = key.find("本预案"); at != std::string::npos; at = key.find("本预案"))
    key.erase(at, std::string_view("本预案").size());
  return key.find("预案") == std::string::npos && key.find("报告") == std::string::npos && !key.starts_with("各");
}

}  // namespace

void read_management(ReadContext& context, const syntax::Node& block) {
  std::optional<Obligation> tagged = obligation_of(block.tag->kind);
  if (!tagged) return;  // reader_for() gives this reader only the four obligation tags
  const Obligation kind = *tagged;
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    if (kind == Obligation::Revision && node->marker_length > 0) {
      std::string marker = node->text.text().substr(0, node->marker_length);
      char32_t first = 0;
      size_t i = 0;
      first = utf8::next(marker, i);
      // ① … ⑳ are the triggers; so are other numbered items of the block that state no
      // period and no revision duty of their own ("（1）有关法律、法规发生变化的；").
      bool circled = first >= 0x2460 && first <= 0x2473;
      TextSpan item = without_marker(*node);
      std::string item_key = compact_key(item.text());
      bool listed = !circled && !find_duration(item) && !contains(item_key, "修订") && !contains(item_key, "本预案") &&
                    (item_key.ends_with("的;") || item_key.ends_with("的。") || item_key.ends_with("的") ||
                     item_key.ends_with("的情形;") || item_key.ends_with("其他情形。"));
      if (circled || listed) {
        Trigger trigger;
        trigger.marker = marker;
        trigger.text = without_marker(*node).text();
        trigger.category = trigger_category(trigger.text);
        trigger.origin = context.origin(*node, node->text.range());
        context.plan.triggers.push_back(std::move(trigger));
        continue;
      }
    }
    TextSpan text = node->text;
    if (kind == Obligation::Revision && node->marker_length == 0) {
      size_t lead_end = 0;
      for (const TextSpan& item : inline_items(node->text, lead_end)) {
        Trigger trigger;
        size_t length = syntax::list_marker_length(item.text());
        trigger.marker = item.text().substr(0, length);
        trigger.text = item.sub(length, item.text().size()).trimmed().text();
        trigger.category = trigger_category(trigger.text);
        trigger.origin = context.origin(*node, item.range());
        context.plan.triggers.push_back(std::move(trigger));
      }
      if (lead_end > 0) text = node->text.sub(0, lead_end);
    }
    std::string marker = node->text.text().substr(0, node->marker_length);
    for (ManagementClause& clause : read_management_text(text, kind)) {
      clause.marker = marker;
      // "本预案…": the plan's own obligation, of its own category. So is a clause of a
      // special, department or unit plan's own block that names no kind of plan ("县森防指
      // 每3年至少组织一次森林火灾应急演练"): such a plan sets rules for itself, where a
      // general plan's clauses without a kind ("各部门每年组织演练") are about others.
      const std::string& category = context.plan.meta.category;
      // Filing is left out: what a special plan's filing sentences file without naming a
      // plan is mostly something else ("演练评估报告报县应急管理局备案").
      if (!clause.self && clause.applies_to.empty() && !category.empty() && category != "总体" &&
          clause.kind != Obligation::Filing && about_itself(clause.text))
        clause.self = true;
      if (clause.self && clause.applies_to.empty() && !category.empty()) {
        clause.applies_to.push_back(category);
      }
      clause.origin.section = context.origin(*node).section;
      context.plan.management.push_back(std::move(clause));
    }
  }
}

namespace {

// A comma clause of a sentence that states a period, and the obligation it names.
struct Piece {
  TextSpan text;
  Duration duration;
  Obligation kind = Obligation::Filing;
  /// The kinds of plan this clause names as its subject; "其他预案": every kind the
  /// sentence does not name before it.
  std::vector<std::string> categories;
};

// The clauses of a sentence that each state a period, when each names (or follows one
// that names) an obligation: "每年评估一次，…，每三年至少修订一次". Fewer than two:
// the sentence is one clause.
std::vector<Piece> period_pieces(const TextSpan& sentence) {
  std::vector<Piece> pieces;
  std::string_view s = sentence.text();
  std::optional<Obligation> current;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = std::min(s.find("，", start), s.find(",", start));
    if (end == std::string_view::npos) end = s.size();
    TextSpan part = sentence.sub(start, end);
    std::string key = compact_key(part.text());
    // The obligation this clause names last ("评估修订" names both: the later one).
    size_t best = std::string::npos;
    for (Obligation o : kObligations) {
      size_t at = key.rfind(obligation_word(o));
      if (at != std::string::npos && (best == std::string::npos || at > best)) {
        best = at;
        current = o;
      }
    }
    if (std::optional<Duration> d = find_duration(part); d && current) {
      Piece piece{part, *d, *current, subject_categories(part.text())};
      if (piece.categories.empty() && key.starts_with("其他")) {
        // "专项应急预案每年至少演练一次，其他预案每三年至少演练一次"
        for (const char* c : {"总体", "专项", "部门", "基层", "单位"}) {
          bool named = std::any_of(pieces.begin(), pieces.end(), [&](const Piece& p) {
            return std::find(p.categories.begin(), p.categories.end(), c) != p.categories.end();
          });
          if (!named) piece.categories.push_back(c);
        }
      }
      pieces.push_back(std::move(piece));
    }
    start = end + (end < s.size() && s.substr(end).starts_with("，") ? std::string_view("，").size() : 1);
  }
  // Periods of one obligation only ("3个月内…，此后每两年…") are not split here, unless
  // each is for other kinds of plan.
  bool one_kind = std::all_of(pieces.begin(), pieces.end(), [&](const Piece& p) { return p.kind == pieces[0].kind; });
  bool own_subjects = pieces.size() >= 2 &&
                      std::all_of(pieces.begin(), pieces.end(), [](const Piece& p) { return !p.categories.empty(); }) &&
                      pieces[0].categories != pieces[1].categories;
  return one_kind && !own_subjects ? std::vector<Piece>() : pieces;
}

}  // namespace

std::vector<ManagementClause> read_management_text(const TextSpan& text, Obligation kind) {
  const std::string word = obligation_word(kind);
  std::vector<ManagementClause> clauses;
  for (const TextSpan& sentence : sentences(text)) {
    std::string key = compact_key(sentence.text());
    std::optional<Duration> duration = find_duration(sentence);
    if (!duration && !contains(key, word)) continue;
    ManagementClause clause;
    // A sentence about another kind of obligation than the block's ("本预案每3年至少修订
    // 一次" in a drill block) is read as that kind.
    // "本预案每三年评估修订一次" in a drill block: one clause of each kind it names.
    std::vector<Obligation> kinds = {kind};
    if (!contains(key, word)) {
      std::vector<Obligation> named;
      for (Obligation other : {Obligation::Filing, Obligation::Drill, Obligation::Revision, Obligation::Evaluation}) {
        if (contains(key, obligation_word(other))) named.push_back(other);
      }
      // "…将演练评估报告报县应急管理局备案": filing is what the sentence asks for.
      if (named.size() > 1 && contains(key, "报") && contains(key, "备案")) named = {Obligation::Filing};
      if (!named.empty()) kinds = named;
    }
    clause.applies_to = subject_categories(sentence.text());
    size_t body = syntax::list_marker_length(key);
    // "本预案每3年…" as subject, or as object ("组织一次本预案的演练", "对本预案进行修订",
    // "将本预案报…备案"): the plan's own obligation.
    std::string_view subject = std::string_view(key).substr(std::min(body, key.size()));
    clause.self = subject.starts_with("本预案") || subject.starts_with("本方案") || contains(key, "本预案的") ||
                  contains(key, "对本预案") || contains(key, "将本预案");
    clause.duration = duration;
    clause.minimum = contains(key, "至少") || contains(key, "不少于");
    clause.text = sentence.text();
    clause.origin = {sentence.range(), {}};
    // "本预案原则上每年评估一次，根据实际情况适时修订，原则上每三年至少修订一次": two
    // periods in one sentence, each with the obligation its own clause names.
    if (std::vector<Piece> pieces = period_pieces(sentence); pieces.size() >= 2) {
      for (const Piece& piece : pieces) {
        ManagementClause one = clause;
        one.kind = piece.kind;
        one.duration = piece.duration;
        one.minimum =
            contains(compact_key(piece.text.text()), "至少") || contains(compact_key(piece.text.text()), "不少于");
        if (!piece.categories.empty()) one.applies_to = piece.categories;
        if (piece.kind == Obligation::Filing) one.recipient = recipient_of(piece.text.text());
        clauses.push_back(std::move(one));
      }
      continue;
    }
    for (Obligation each : kinds) {
      // "演练结束后，组织单位应当对演练效果进行评估": a review of a drill, not of a plan.
      if (each == Obligation::Evaluation && contains(key, "演练") && !contains(key, "预案")) continue;
      ManagementClause one = clause;
      one.kind = each;
      if (each == Obligation::Filing) one.recipient = recipient_of(sentence.text());
      one.after_major_revision = each == Obligation::Drill && contains(key, "重大调整");
      if (each == Obligation::Revision) one.major_parts = major_parts_of(sentence);
      clauses.push_back(std::move(one));
    }
  }
  return clauses;
}

}  // namespace planc::ir
