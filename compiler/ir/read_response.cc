// Reader of response schemes (响应): levels, their order, who starts them, which grades.
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

// A level numeral before 级: Ⅱ (folded "II"), I, 二, 2.
struct LevelMention {
  int ordinal = 0;
  size_t begin = 0;  // folded offsets
  size_t end = 0;
};

// Every "N级" in folded text, and each numeral of "一、二级" before it.
std::vector<LevelMention> level_mentions(std::string_view s) {
  std::vector<LevelMention> found;
  size_t at = 0;
  while ((at = s.find("级", at)) != std::string_view::npos) {
    // Walk back over the numeral.
    size_t begin = at;
    std::optional<int> ordinal;
    if (begin > 0 && (s[begin - 1] == 'I' || s[begin - 1] == 'V' || s[begin - 1] == 'X')) {
      size_t b = begin;
      while (b > 0 && (s[b - 1] == 'I' || s[b - 1] == 'V' || s[b - 1] == 'X')) --b;
      size_t i = b;
      ordinal = parse_roman(s, i);
      if (i != begin) ordinal.reset();
      begin = b;
    } else if (begin > 0 && s[begin - 1] >= '1' && s[begin - 1] <= '9') {
      ordinal = s[begin - 1] - '0';
      begin -= 1;
    } else if (begin >= 3) {
      std::optional<int> n = parse_chinese_numeral(s.substr(begin - 3, 3));
      if (n && *n >= 1 && *n <= 9) {
        ordinal = n;
        begin -= 3;
      }
    }
    if (ordinal) {
      found.push_back({*ordinal, begin, at + 3});
      // "一、二级": numerals listed before it with 、 share the 级.
      size_t b = begin;
      while (b >= 6 && starts(s, b - 3, "、")) {
        std::optional<int> n = parse_chinese_numeral(s.substr(b - 6, 3));
        if (!n) break;
        found.push_back({*n, b - 6, b - 3});
        b -= 6;
      }
    }
    at += 3;
  }
  std::sort(found.begin(), found.end(), [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; });
  return found;
}

ResponseLevel& level_for(ResponseScheme& scheme, int ordinal, const std::string& name, const Origin& origin) {
  for (ResponseLevel& level : scheme.levels) {
    if (level.ordinal == ordinal) return level;
  }
  ResponseLevel level;
  level.ordinal = ordinal;
  level.name = name;
  level.origin = origin;
  scheme.levels.push_back(std::move(level));
  return scheme.levels.back();
}

}  // namespace

std::optional<int> level_ordinal(std::string_view words) {
  std::vector<LevelMention> mentions = level_mentions(compact_key(words));
  if (mentions.empty()) return std::nullopt;
  return mentions.front().ordinal;
}

void read_response(ReadContext& context, const syntax::Node& block) {
  if (!context.plan.response) {
    context.plan.response = ResponseScheme();
    context.plan.response->origin = context.origin(block);
  }
  ResponseScheme& scheme = *context.plan.response;
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    for (const TextSpan& sentence : sentences(node->text)) {
      Folded folded = fold(sentence.text(), {.drop_space = true});
      std::string_view s = folded.text;
      if (!contains(s, "响应") && !contains(s, "级")) continue;
      // "按照地震灾害事件的分级标准，适时调整应急响应级别"
      if (contains(s, "分级标准") && contains(s, "调整") && contains(s, "响应级别") && scheme.adjustment.empty()) {
        scheme.adjustment = sentence.text();
        scheme.adjustment_origin = context.origin(*node, sentence.range());
      }
      std::vector<LevelMention> levels = level_mentions(s);
      if (levels.empty()) continue;
      Origin origin = context.origin(*node, sentence.range());
      auto written = [&](const LevelMention& m) {
        return std::string(sentence.sub(folded.original(m.begin), folded.original(m.end)).text());
      };
      // "由高到低分为一级、二级和三级"
      if (contains(s, "分为") && (contains(s, "由高到低") || contains(s, "从高到低") || contains(s, "由高至低"))) {
        scheme.high_to_low_stated = true;
        for (const LevelMention& m : levels) level_for(scheme, m.ordinal, written(m), origin);
        continue;
      }
      // "X级应急响应由ORG决定启动", one clause per comma.
      size_t decide = 0;
      while ((decide = s.find("决定启动", decide)) != std::string_view::npos) {
        // The clause: from the previous ，/, (or the start) to 决定启动.
        size_t clause_start = 0;
        for (std::string_view comma : {std::string_view(","), std::string_view("，")}) {
          size_t at = s.rfind(comma, decide);
          if (at != std::string_view::npos && at + comma.size() > clause_start) clause_start = at + comma.size();
        }
        size_t by = s.find("由", clause_start);
        if (by != std::string_view::npos && by < decide) {
          TextSpan authority = sentence.sub(folded.original(by + 3), folded.original(decide)).trimmed();
          std::vector<OrgRef> orgs = context.org_reader.read_list(authority);
          context.note_all(orgs);
          for (const LevelMention& m : levels) {
            if (m.begin < clause_start || m.end > by) continue;
            ResponseLevel& level = level_for(scheme, m.ordinal, written(m), origin);
            level.activated_by = orgs;
            level.activation_range = sentence.range(folded.original(clause_start), folded.original(decide + 12));
          }
        }
        decide += 12;
      }
      // "ORG立即启动Ⅱ级应急响应": the organisation that opens the clause before 启动.
      size_t start = s.find("启动");
      if (start != std::string_view::npos && !contains(s, "决定启动")) {
        size_t clause_start = 0;
        for (std::string_view comma : {std::string_view(","), std::string_view("，")}) {
          size_t at = s.rfind(comma, start);
          if (at != std::string_view::npos && at + comma.size() > clause_start) clause_start = at + comma.size();
        }
        size_t head_end = 0;
        TextSpan head = sentence.sub(folded.original(clause_start), folded.original(start)).trimmed();
        std::vector<OrgRef> orgs = context.org_reader.read_head(head, head_end);
        if (!orgs.empty() && orgs.front().resolved()) {
          context.note_all(orgs);
          for (const LevelMention& m : levels) {
            if (m.begin < start) continue;
            ResponseLevel& level = level_for(scheme, m.ordinal, written(m), origin);
            if (level.activated_by.empty()) {
              level.activated_by = orgs;
              // "区抗震救灾指挥部立即启动Ⅱ级": from the organisation to the level.
              level.activation_range = head.range();
              level.activation_range.end = sentence.range(folded.original(m.begin), folded.original(m.end)).end;
            }
          }
        }
      }
      // "发生大型、特大型、中型地质灾害险情灾情时，启动Ⅰ级应急响应"
      for (const GradeScheme& grades : context.plan.schemes) {
        size_t clause_start = 0;
        while (clause_start < s.size()) {
          size_t open = s.find("启动", clause_start);
          if (open == std::string_view::npos) break;
          std::string_view before = s.substr(clause_start, open - clause_start);
          std::vector<std::string> named;
          for (const Grade& grade : grades.grades) {
            std::string g = compact_key(grade.name);
            size_t at = before.find(g);
            // 重大 inside 特别重大 is not a mention of 重大.
            while (at != std::string_view::npos) {
              bool inside_longer = false;
              for (const Grade& other : grades.grades) {
                std::string o = compact_key(other.name);
                if (o.size() <= g.size() || !contains(o, g)) continue;
                size_t offset = o.find(g);
                if (at >= offset && before.substr(at - offset, o.size()) == o) inside_longer = true;
              }
              if (!inside_longer) {
                named.push_back(grade.name);
                break;
              }
              at = before.find(g, at + g.size());
            }
          }
          for (const LevelMention& m : levels) {
            if (m.begin < open || named.empty()) continue;
            ResponseLevel& level = level_for(scheme, m.ordinal, written(m), origin);
            for (const std::string& g : named) {
              if (std::find(level.grades.begin(), level.grades.end(), g) == level.grades.end())
                level.grades.push_back(g);
            }
            break;
          }
          clause_start = open + 6;
        }
      }
    }
  }
  std::sort(scheme.levels.begin(), scheme.levels.end(),
            [](const ResponseLevel& a, const ResponseLevel& b) { return a.ordinal < b.ordinal; });
}

}  // namespace planc::ir
