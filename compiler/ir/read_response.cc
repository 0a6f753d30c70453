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
    int value = 0;  // the level's ordinal; 0 when no numeral stands before 级
    if (begin > 0 && (s[begin - 1] == 'I' || s[begin - 1] == 'V' || s[begin - 1] == 'X')) {
      size_t b = begin;
      while (b > 0 && (s[b - 1] == 'I' || s[b - 1] == 'V' || s[b - 1] == 'X')) --b;
      size_t i = b;
      std::optional<int> roman = parse_roman(s, i);
      if (roman && i == begin) value = *roman;
      begin = b;
    } else if (begin > 0 && s[begin - 1] >= '1' && s[begin - 1] <= '9') {
      value = s[begin - 1] - '0';
      begin -= 1;
    } else if (begin >= 3) {
      std::optional<int> n = parse_chinese_numeral(s.substr(begin - 3, 3));
      if (n && *n >= 1 && *n <= 9) {
        value = *n;
        begin -= 3;
      }
    }
    // Not a response level: 上一级/下一级 (the level above or below, "报告上一级应急管理
    // 部门"), and a scale with 以上/以下 or a noun after it ("5级以上地震", "二级以上医疗
    // 机构", "12级大风").
    std::string_view after = s.substr(at + 3);
    bool relative =
        begin >= 3 && (starts(s, begin - 3, "上") || starts(s, begin - 3, "下")) && s.substr(begin).starts_with("一级");
    bool scale = false;
    for (std::string_view word :
         {"地震", "医疗", "医院", "大风", "阵风", "风力", "台风", "烈度", "公路", "资质", "标准"}) {
      scale = scale || after.starts_with(word);
    }
    // "Ⅲ级以上应急响应" names levels; "5级以上地震" does not.
    for (std::string_view word : {"及以上", "及以下", "以上", "以下"}) {
      if (!after.starts_with(word)) continue;
      std::string_view next = after.substr(word.size());
      scale = scale || !(next.starts_with("响应") || next.starts_with("应急响应") || next.empty());
      break;
    }
    if (value > 0 && !relative && !scale) {
      found.push_back({value, begin, at + 3});
      // "一、二级", "Ⅰ、Ⅱ级": numerals listed before it with 、 share the 级.
      size_t b = begin;
      while (b >= 3 && starts(s, b - 3, "、")) {
        size_t numeral = b - 3;
        std::optional<int> n;
        size_t start = numeral;
        if (numeral >= 3) n = parse_chinese_numeral(s.substr(numeral - 3, 3));
        if (n) {
          start = numeral - 3;
        } else {
          size_t r = numeral;
          while (r > 0 && (s[r - 1] == 'I' || s[r - 1] == 'V' || s[r - 1] == 'X')) --r;
          size_t i = r;
          if (r < numeral) n = parse_roman(s, i);
          if (!n || i != numeral) break;
          start = r;
        }
        found.push_back({n.value_or(0), start, numeral});
        b = start;
      }
    }
    at += 3;
  }
  std::sort(found.begin(), found.end(), [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; });
  return found;
}

// Whether the grade name `key` found at text[at] is part of a longer grade name of the
// scheme: 重大 inside 特别重大 is not a mention of 重大.
bool inside_longer_grade(const GradeScheme& scheme, std::string_view text, size_t at, const std::string& key) {
  for (const Grade& other : scheme.grades) {
    std::string o = compact_key(other.name);
    if (o.size() <= key.size() || !contains(o, key)) continue;
    size_t offset = o.find(key);
    if (at >= offset && text.substr(at - offset, o.size()) == o) return true;
  }
  return false;
}

// Whether every 启动 of a sentence only names who started ("谁启动、谁终止", "由启动该级响应
// 的县人民政府宣布终止", "启动…响应后"): a sentence about ending a response that starts
// nothing. Any other 启动 ("Ⅰ级响应由县政府启动，由县政府宣布终止") is read for its starter.
bool starts_nothing(std::string_view s) {
  for (size_t at = s.find("启动"); at != std::string_view::npos; at = s.find("启动", at + 1)) {
    std::string_view before = s.substr(0, at);
    std::string_view after = s.substr(at + std::string_view("启动").size());
    bool names_starter = before.ends_with("谁") || before.ends_with("原") || after.starts_with("该级") ||
                         after.starts_with("响应的") || after.starts_with("应急响应的") || after.starts_with("的");
    bool then_ends = after.find("后") != std::string_view::npos && after.find("后") < after.find(",");
    if (!names_starter && !then_ends) return false;
  }
  return true;
}

ResponseLevel& level_for(ResponseScheme& scheme, int ordinal, const std::string& name, const Origin& origin) {
  for (ResponseLevel& level : scheme.levels) {
    if (level.ordinal == ordinal) return level;
  }
  ResponseLevel level;
  level.ordinal = ordinal;
  // "Ⅰ、Ⅱ级": the first numeral shares the second's 级.
  level.name = name.ends_with("级") ? name : name + "级";
  level.origin = origin;
  scheme.levels.push_back(std::move(level));
  return scheme.levels.back();
}

// The words between two folded offsets of a sentence, as a span of the original.
TextSpan between(const TextSpan& sentence, const Folded& folded, size_t begin, size_t end) {
  return sentence.sub(folded.original(begin), folded.original(end)).trimmed();
}

size_t clause_start_before(std::string_view s, size_t at) {
  size_t start = 0;
  for (std::string_view mark : {std::string_view(","), std::string_view(":"), std::string_view("。")}) {
    size_t found = s.rfind(mark, at);
    if (found != std::string_view::npos && found + mark.size() > start && found < at) start = found + mark.size();
  }
  return start;
}

// Who starts the levels named after one 启动 at `start`, in the forms plans use:
//   经X批准（同意、决定），启动…   报请X（决定）启动…   由X（宣布、决定）启动…
//   X宣布启动…   X立即启动…   启动…，由X决定
// Folded offsets of the authority's words, or nullopt.
std::optional<std::pair<size_t, size_t>> authority_of(std::string_view s, size_t start, size_t level_end) {
  auto rfind_before = [&](std::string_view word, size_t limit) -> size_t {
    if (limit < word.size()) return std::string_view::npos;
    return s.rfind(word, limit - word.size());
  };
  // 经X批准：the nearest 经 before 启动 followed by a verb of approval before 启动.
  size_t jing = rfind_before("经", start);
  while (jing != std::string_view::npos) {
    for (std::string_view verb : {"研究决定", "批准", "同意", "决定"}) {
      size_t v = s.find(verb, jing + 3);
      if (v != std::string_view::npos && v < start && v > jing + 3) return std::pair(jing + 3, v);
    }
    if (jing == 0) break;
    jing = rfind_before("经", jing);
  }
  size_t clause = clause_start_before(s, start);
  // 报请X（决定、批准后）启动
  size_t ask = rfind_before("报请", start);
  // "报请县委、县政府同意后，启动Ⅱ级应急响应": the approval ends the clause before.
  size_t previous = clause >= 1 && s.substr(0, clause).ends_with("后,") ? clause_start_before(s, clause - 1) : clause;
  if (ask != std::string_view::npos && ask >= previous && ask < clause) {
    size_t end = clause - std::string_view(",").size();
    if (s.substr(0, end).ends_with("后")) end -= std::string_view("后").size();
    for (std::string_view verb : {"决定", "同意", "批准"}) {
      if (s.substr(0, end).ends_with(verb)) end -= verb.size();
    }
    size_t from = ask + std::string_view("报请").size();
    if (end > from) return std::pair(from, end);
  }
  size_t ask_length = std::string_view("报请").size();
  // "报县指挥部指挥长批准后启动": 报 opening the clause (not 报告, 报送).
  if ((ask == std::string_view::npos || ask < clause) && s.substr(clause).starts_with("报") &&
      !s.substr(clause).starts_with("报告") && !s.substr(clause).starts_with("报送")) {
    ask = clause;
    ask_length = std::string_view("报").size();
  }
  if (ask != std::string_view::npos && ask >= clause) {
    size_t end = start;
    if (s.substr(0, end).ends_with("后")) end -= std::string_view("后").size();
    for (std::string_view verb : {"决定", "同意", "批准"}) {
      if (s.substr(0, end).ends_with(verb)) end -= verb.size();
    }
    size_t from = ask + ask_length;
    if (end > from) return std::pair(from, end);
  }
  // 由X（宣布、决定、负责）启动
  size_t by = rfind_before("由", start);
  if (by != std::string_view::npos && by >= clause) {
    size_t end = start;
    // "由X决定并宣布启动", "由X签发启动令"
    for (bool stripped = true; stripped;) {
      stripped = false;
      for (std::string_view verb : {"宣布", "决定", "负责", "批准", "并", "签发", "签署"}) {
        if (end >= verb.size() + by + 3 && s.substr(end - verb.size(), verb.size()) == verb) {
          end -= verb.size();
          stripped = true;
        }
      }
    }
    if (end > by + 3) return std::pair(by + 3, end);
  }
  // 启动…级响应，由X决定（宣布、批准、同意）: 由 in the level's clause or the next one.
  size_t after = s.find("由", level_end);
  if (after != std::string_view::npos) {
    size_t second_comma = s.find(",", s.find(",", level_end) + 1);
    bool near = second_comma == std::string_view::npos || after < second_comma;
    for (std::string_view verb : {"决定", "宣布", "批准", "同意"}) {
      size_t v = s.find(verb, after + 3);
      if (near && v != std::string_view::npos && v > after + 3 && s.find("启动", level_end) > v) {
        // "启动Ⅲ级应急响应后，由县指挥部宣布终止": who ends or lowers it, not who starts it.
        std::string_view then = s.substr(v + verb.size());
        bool ends = false;
        for (std::string_view stop : {"终止", "结束", "解除", "降低", "撤销", "是否降低", "是否终止"}) {
          ends = ends || then.starts_with(stop);
        }
        if (ends) break;
        return std::pair(after + 3, v);
      }
    }
  }
  // X宣布启动, X立即启动, X启动: the head of the clause.
  size_t end = start;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view word : {"宣布", "立即", "及时", "迅速", "决定", "并", "签发", "签署", "后", "批准", "同意"}) {
      if (end >= word.size() + clause && s.substr(end - word.size(), word.size()) == word) {
        end -= word.size();
        stripped = true;
      }
    }
  }
  if (end > clause) return std::pair(clause, end);
  return std::nullopt;
}

// "X和Y": the two, when both sides look like authorities (a 和 inside a name such as
// 发展和改革局 stays).
std::vector<TextSpan> split_and(const TextSpan& words) {
  std::string_view w = words.text();
  size_t at = w.find("和");
  if (at != std::string_view::npos) {
    TextSpan left = words.sub(0, at).trimmed();
    TextSpan right = words.sub(at + 3, w.size()).trimmed();
    auto authority_like = [](std::string_view t) {
      return OrgReader::looks_like_org(t) || !trailing_post_of(t).empty();
    };
    if (authority_like(left.text()) && authority_like(right.text())) return {left, right};
  }
  return {words};
}

// The organisations or posts that words name as an authority; words that name neither
// ("有关方面研究", "发生特别重大事件后") are none.
std::vector<OrgRef> authorities(ReadContext& context, TextSpan words) {
  // "由X报请Y决定启动": Y decides. "X和Y共同决定": both.
  std::string_view w = words.text();
  if (size_t ask = w.rfind("报请"); ask != std::string_view::npos) words = words.sub(ask + 6, w.size()).trimmed();
  for (std::string_view tail : {"共同", "联合", "研究"}) {
    std::string_view t = words.text();
    if (t.size() > tail.size() && t.substr(t.size() - tail.size()) == tail)
      words = words.sub(0, t.size() - tail.size());
  }
  // "镇应急办主任主持会商后", "县指挥部根据事态发展", "县长或其委托的副县长", "县应急管理局会同
  // 有关部门": the body, before what it does first or whom it may delegate to.
  for (std::string_view doing : {"主持", "组织会商", "会商后", "研判后", "根据", "视情", "或其", "或者其", "会同"}) {
    size_t at = words.text().find(doing);
    if (at != std::string_view::npos && at > 0) words = words.sub(0, at).trimmed();
  }
  // "县防指副指挥长（县应急管理局局长）": the post, and who holds it in brackets after.
  if (std::string_view t = words.text(); t.ends_with("）") || t.ends_with(")")) {
    size_t open = std::min(t.rfind("（"), t.rfind("("));
    if (open != std::string_view::npos && open > 0) words = words.sub(0, open).trimmed();
  }
  std::vector<OrgRef> orgs;
  for (const TextSpan& part : split_and(words)) {
    // A registered name with its office ("县专项应急指挥部办公室") as the head reader
    // reads it; else the list reader, which keeps posts.
    size_t head_end = 0;
    std::vector<OrgRef> found = context.org_reader.read_head(part, head_end);
    bool all_resolved =
        !found.empty() && std::all_of(found.begin(), found.end(), [](const OrgRef& r) { return r.resolved(); });
    if (!all_resolved) found = context.org_reader.read_list(part);
    // "县人民政府主要负责同志": a post of an organisation no registry names.
    bool resolved = std::any_of(found.begin(), found.end(), [](const OrgRef& r) { return r.resolved(); });
    std::string post = trailing_post_of(part.text());
    if (found.size() >= 2 && found.back().title.empty() && !post.empty() && found.back().words.ends_with(post))
      found.back().title = post;
    if (!resolved && !post.empty() && found.size() < 2) {
      OrgRef ref;
      ref.words = part.text();
      ref.title = post;
      ref.range = part.range();
      found = {ref};
    }
    OrgReader::share_generic_post(found);
    orgs.insert(orgs.end(), found.begin(), found.end());
  }
  orgs.erase(std::remove_if(orgs.begin(), orgs.end(),
                            [](const OrgRef& ref) {
                              return !ref.resolved() && ref.title.empty() && !OrgReader::looks_like_org(ref.words);
                            }),
             orgs.end());
  return orgs;
}

// Who ends a response, in the forms plans use: 由X宣布（决定）终止/结束, X宣布…结束,
// 经X批准（后）终止, and whoever started it (谁启动、谁终止; 由启动该级响应的X宣布). Levels
// named in the sentence get it; otherwise the scheme does, for every level. Returns whether
// the sentence is about ending a response.
bool read_termination(ReadContext& context, ResponseScheme& scheme, const TextSpan& sentence, const Folded& folded,
                      const std::vector<LevelMention>& levels, const Origin& origin, bool report_gaps = true) {
  std::string_view s = folded.text;
  size_t end_word = std::string_view::npos;
  for (std::string_view word : {"终止", "结束", "解除"}) end_word = std::min(end_word, s.find(word));
  if (end_word == std::string_view::npos || !(contains(s, "响应") || contains(s, "应急"))) return false;
  // "应急处置工作结束后，…": a time, not a decision.
  if (s.substr(end_word + 6).starts_with("后") && !contains(s, "宣布") && !contains(s, "谁终止")) return false;
  bool starter = contains(s, "谁启动") || contains(s, "启动该级") || contains(s, "启动响应的") || contains(s, "原启动");
  // The authority: between 由 (or 经, 报请) and the verb of deciding nearest the end word.
  std::vector<OrgRef> orgs;
  size_t verb = std::string_view::npos;
  for (std::string_view v : {"宣布", "决定", "批准", "同意"}) {
    size_t at = s.rfind(v, end_word + 6);
    if (at == std::string_view::npos) at = s.find(v, end_word);
    if (at != std::string_view::npos && (verb == std::string_view::npos || at > verb)) verb = at;
  }
  if (verb != std::string_view::npos) {
    size_t clause = clause_start_before(s, verb);
    size_t from = clause;
    for (std::string_view lead : {"由", "经", "报请"}) {
      size_t at = s.rfind(lead, verb);
      if (at != std::string_view::npos && at >= clause && at + lead.size() > from) from = at + lead.size();
    }
    // "经县应急指挥部研究，报县人民政府批准后，宣布应急结束": the approval in the clause
    // before names who ends it.
    if (from == verb && clause > 0 && s.substr(0, clause).ends_with("后,")) {
      size_t previous = clause_start_before(s, clause - 1);
      std::string_view before = s.substr(previous, clause - previous);
      for (std::string_view approve : {"批准", "同意"}) {
        size_t at = before.find(approve);
        if (at == std::string_view::npos) continue;
        for (std::string_view lead : {"报请", "报", "经"}) {
          size_t by = before.rfind(lead, at);
          if (by != std::string_view::npos && by + lead.size() < at) {
            from = previous + by + lead.size();
            verb = previous + at;
            break;
          }
        }
        break;
      }
    }
    std::string_view who = s.substr(from, verb - from);
    // "由启动该级响应的县人民政府宣布": the starter, named.
    for (std::string_view lead : {"启动该级响应的", "启动该级应急响应的", "启动响应的", "原启动响应的", "原启动"}) {
      size_t at = who.find(lead);
      if (at != std::string_view::npos) {
        from += at + lead.size();
        who = s.substr(from, verb - from);
      }
    }
    // "启动响应的部门宣布终止": the starter, by a generic word only.
    bool generic = false;
    for (std::string_view word : {"部门", "单位", "机关", "机构", "政府", "指挥机构", "人民政府", "应急指挥机构"})
      generic = generic || who == word;
    // Words before the authority in a clause with no 由 ("应急处置工作完成后，县指挥部宣布…").
    if (!who.empty() && from < verb && !(starter && generic))
      orgs = authorities(context, between(sentence, folded, from, verb));
    // Outside the response block only what names registered bodies is taken: narrative
    // ("由履行统一领导职责的政府…宣布应急结束") is not read as a body.
    if (!report_gaps && std::any_of(orgs.begin(), orgs.end(), [](const OrgRef& r) { return !r.resolved(); }))
      orgs.clear();
  }
  Origin where = origin;
  if (orgs.empty() && !starter) {
    if ((verb != std::string_view::npos || contains(s, "终止")) && report_gaps) {
      context.gap(sentence.range(), "没有读出由谁终止响应：终止者应写作“由X宣布终止”“经X批准后终止”或“谁启动、谁终止”",
                  {"response-termination"});
    }
    // The plan says how a response ends, in words that name no body planc knows
    // ("由履行统一领导职责的政府…宣布应急结束"): a termination clause all the same.
    if (!scheme.ending_origin.range.valid()) scheme.ending_origin = where;
    return true;
  }
  context.note_all(orgs);
  bool named = false;
  for (const LevelMention& m : levels) {
    // In the response block a level named before it is declared ("Ⅳ级响应由县应急管理局
    // 宣布终止" above "响应分为…") is that level's, not every level's.
    if (report_gaps && !orgs.empty())
      level_for(scheme, m.ordinal, std::string(between(sentence, folded, m.begin, m.end).text()), origin);
    for (ResponseLevel& level : scheme.levels) {
      if (level.ordinal != m.ordinal) continue;
      named = true;
      if (!level.ended_by.empty()) continue;
      level.ended_by = orgs;
      level.ending_range = sentence.range();
    }
  }
  if (!named) {
    if (scheme.ended_by.empty()) scheme.ended_by = orgs;
    scheme.ended_by_starter = scheme.ended_by_starter || starter;
    scheme.ending_origin = where;
  }
  return true;
}

// Where a sentence that names no level starts a response: the last 启动 that ends its
// clause or is followed by 响应, 相应 or 令 ("报县森防指指挥长批准后启动。", "签发启动令",
// "启动相应级别响应"); npos when it starts something else (启动应急值守, 启动本部门预案).
size_t response_start(std::string_view s) {
  size_t found = std::string_view::npos;
  for (size_t at = s.find("启动"); at != std::string_view::npos; at = s.find("启动", at + 6)) {
    std::string_view after = s.substr(at + 6);
    bool ends = after.empty();
    for (std::string_view next : {"。", ",", ";", ":", "响应", "应急响应", "相应", "令"})
      ends = ends || after.starts_with(next);
    if (ends) found = at;
  }
  return found;
}

void read_starters(ReadContext& context, ResponseScheme& scheme, const TextSpan& sentence, const Folded& folded,
                   const std::vector<LevelMention>& levels, const Origin& origin) {
  std::string_view s = folded.text;
  auto written = [&](const LevelMention& m) { return between(sentence, folded, m.begin, m.end).text(); };
  // 启动, and 进入 ("由县减灾委主任决定进入Ⅲ级响应").
  std::vector<size_t> opens;
  for (std::string_view verb : {"启动", "进入"}) {
    for (size_t at = s.find(verb); at != std::string_view::npos; at = s.find(verb, at + 6)) opens.push_back(at);
  }
  std::sort(opens.begin(), opens.end());
  for (size_t o = 0; o < opens.size(); ++o) {
    size_t start = opens[o];
    size_t next = o + 1 < opens.size() ? opens[o + 1] : std::string_view::npos;
    // "Ⅳ级响应的启动：…" labels a passage; "提出启动Ⅲ级应急响应的建议" proposes: neither
    // starts a level.
    std::string_view before_open = s.substr(0, start);
    if (s.substr(start + 6).starts_with(":") || before_open.ends_with("提出") || before_open.ends_with("建议"))
      continue;
    std::vector<const LevelMention*> named;
    for (const LevelMention& m : levels) {
      if (m.begin >= start && (next == std::string_view::npos || m.begin < next)) named.push_back(&m);
    }
    // "Ⅰ级应急响应由X宣布启动": the level before 启动, in its clause ("…由X决定启动" is
    // read above).
    bool decided = start >= 6 && s.substr(start - 6, 6) == "决定";
    if (named.empty() && !decided) {
      size_t clause = clause_start_before(s, start);
      for (const LevelMention& m : levels) {
        if (m.begin >= clause && m.end <= start) named.push_back(&m);
      }
      // "Ⅳ级响应：由X决定并宣布启动": the level labels the clause.
      if (named.empty() && clause > 0 && s.substr(0, clause).ends_with(":")) {
        for (const LevelMention& m : levels) {
          std::string_view label = s.substr(m.end, clause - m.end);
          if (label == ":" || label == "响应:" || label == "应急响应:") named.push_back(&m);
        }
      }
      // "向县人民政府提出启动Ⅲ级应急响应的建议，县人民政府分管副县长批准后启动": the one
      // level the proposal names.
      if (named.empty() && response_start(s) == start) {
        std::vector<const LevelMention*> before;
        for (const LevelMention& m : levels) {
          if (m.end <= start) before.push_back(&m);
        }
        if (before.size() == 1 &&
            s.substr(before.front()->end, start - before.front()->end).find("建议") != std::string_view::npos)
          named = before;
      }
    }
    if (named.empty()) continue;
    bool open = std::any_of(named.begin(), named.end(), [&](const LevelMention* m) {
      for (const ResponseLevel& level : scheme.levels) {
        if (level.ordinal == m->ordinal) return level.activated_by.empty();
      }
      return true;
    });
    if (!open) continue;
    std::vector<OrgRef> orgs;
    bool marked = false;  // the words say who decides (经, 报请, 由, 宣布 …) even if unread
    size_t level_end = std::max(named.back()->end, start + 6);
    if (auto words = authority_of(s, start, level_end)) {
      TextSpan authority = between(sentence, folded, words->first, words->second);
      orgs = authorities(context, authority);
      std::string_view before = s.substr(0, words->first);
      marked = before.ends_with("经") || before.ends_with("报请") || before.ends_with("由");
    }
    if (orgs.empty()) {
      // "发生较大事件时，启动Ⅱ级响应" is a mapping (the starter is stated elsewhere or not
      // at all); words of deciding or approving name a starter planc could not read.
      size_t from = clause_start_before(s, start);
      size_t to = s.find(",", named.back()->end);
      std::string_view clause = s.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from);
      bool stated = false;
      stated = marked;
      for (std::string_view verb : {"决定", "批准", "宣布", "报请", "同意"}) stated = stated || contains(clause, verb);
      if (stated) {
        std::string names;
        for (const LevelMention* m : named) names += (names.empty() ? "" : "、") + written(*m);
        context.gap(sentence.range(),
                    "没有读出由谁启动" + names + "响应：启动者应写作“由X决定启动”“经X批准，启动”“报请X启动”或“X启动”",
                    {"hier-response-scheme", "response-unassigned"});
      }
      continue;
    }
    context.note_all(orgs);
    for (const LevelMention* m : named) {
      ResponseLevel& level = level_for(scheme, m->ordinal, written(*m), origin);
      if (!level.activated_by.empty()) continue;
      level.activated_by = orgs;
      level.activation_range = sentence.range(folded.original(std::min(start, m->begin)), folded.original(m->end));
      level.activation_range.begin = orgs.front().range.valid() &&
                                             orgs.front().range.begin.line == level.activation_range.begin.line &&
                                             orgs.front().range.begin.column < level.activation_range.begin.column
                                         ? orgs.front().range.begin
                                         : level.activation_range.begin;
    }
  }
}

// The one response level the headings around a paragraph name, up to and including the
// tagged block's own heading ("4.2.3 Ⅲ级响应"): its ordinal and words, or ordinal 0.
std::pair<int, std::string> heading_level(const syntax::Node& node) {
  for (const syntax::Node* n = node.parent; n != nullptr; n = n->parent) {
    if (n->kind == syntax::NodeKind::Section && !n->title.empty()) {
      Folded folded = fold(n->title.text(), {.drop_space = true});
      std::vector<LevelMention> found = level_mentions(folded.text);
      if (found.size() == 1)
        return {found.front().ordinal,
                std::string(between(n->title, folded, found.front().begin, found.front().end).text())};
      if (found.size() > 1) break;
    }
    if (n->tag && n->tag->kind == "响应") break;
  }
  return {0, {}};
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
  // The level the last sentence naming exactly one level named ("启动条件：…启动Ⅲ级响应。"),
  // for a following sentence that starts a response without naming one ("启动程序：…报
  // 县森防指指挥长批准后启动。").
  std::pair<int, std::string> last_level = {0, {}};
  // "指挥长决定启动相应级别响应": who starts every level no other sentence gives a starter.
  std::vector<OrgRef> any_level;
  SourceRange any_level_range;
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    std::pair<int, std::string> heading = heading_level(*node);
    for (const TextSpan& sentence : sentences(node->text)) {
      Folded folded = fold(sentence.text(), {.drop_space = true});
      std::string_view s = folded.text;
      if (!contains(s, "响应") && !contains(s, "级") && !contains(s, "启动") && !contains(s, "结束") &&
          !contains(s, "终止"))
        continue;
      // "按照地震灾害事件的分级标准，适时调整应急响应级别", "可视事态发展适时提高或降低
      // 响应级别": the level of a response in progress may change.
      bool adjusts = false;
      for (std::string_view verb : {"调整", "提高", "降低", "升级", "降级"}) adjusts = adjusts || contains(s, verb);
      bool level_word = contains(s, "响应级别") || contains(s, "响应等级");
      if (adjusts && level_word && scheme.adjustment.empty()) {
        scheme.adjustment = sentence.text();
        scheme.adjustment_origin = context.origin(*node, sentence.range());
      }
      std::vector<LevelMention> levels = level_mentions(s);
      Origin here = context.origin(*node, sentence.range());
      // Who ends a response: the sentence says nothing of who starts one ("由启动该级响应的
      // 县人民政府宣布终止" names the starter only to say who ends it).
      if (read_termination(context, scheme, sentence, folded, levels, here) && starts_nothing(s)) continue;
      // "镇人民政府立即启动本级响应", "由镇长决定启动镇级应急响应": the plan's own response,
      // with no level named.
      bool own_level = false;
      for (std::string_view words : {"启动本级", "进入本级", "启动镇级", "启动乡级", "启动乡镇级", "启动街道级"})
        own_level = own_level || contains(s, words);
      if (levels.empty() && own_level) {
        context.gap(sentence.range(), "本级（镇级）响应没有写明是哪一级响应：这里的启动者无法对应到响应级别，未读入",
                    {"hier-response-scheme", "response-unassigned"});
        continue;
      }
      if (levels.empty()) {
        // "4.3 Ⅱ级响应 / 启动条件：发生重大森林火灾。": the grades named start the level
        // the heading names.
        if (heading.first > 0 && s.starts_with("启动条件")) {
          for (const GradeScheme& grades : context.plan.schemes) {
            for (const Grade& grade : grades.grades) {
              std::string g = compact_key(grade.name);
              for (size_t at = s.find(g); at != std::string_view::npos; at = s.find(g, at + g.size())) {
                if (inside_longer_grade(grades, s, at, g)) continue;
                ResponseLevel& level =
                    level_for(scheme, heading.first, heading.second, context.origin(*node, sentence.range()));
                if (std::find(level.grades.begin(), level.grades.end(), grade.name) == level.grades.end())
                  level.grades.push_back(grade.name);
                break;
              }
            }
          }
        }
        size_t start = response_start(s);
        if (start == std::string_view::npos) continue;
        bool any = s.substr(start).starts_with("启动相应");
        std::pair<int, std::string> level = heading.first > 0 ? heading : last_level;
        auto words = authority_of(s, start, start + 6);
        if (!words) continue;
        if (!any && level.first == 0) {
          // "报县指挥部指挥长批准后启动" with no level before it or in the heading: a
          // starter of no level planc can tell. ("区政府立即启动应急响应" starts the plan's
          // response in general and is no procedure of a level.)
          std::string_view lead = s.substr(0, words->first);
          bool procedure =
              lead.ends_with("由") || lead.ends_with("报") || lead.ends_with("经") || lead.ends_with("报请");
          if (!procedure) continue;
          context.gap(sentence.range(),
                      "这里写了响应由谁启动，但句中、前一句和所在标题都没有写明是哪一级响应：启动者未读入",
                      {"hier-response-scheme", "response-unassigned"});
          continue;
        }
        TextSpan authority = between(sentence, folded, words->first, words->second);
        std::vector<OrgRef> orgs = authorities(context, authority);
        if (orgs.empty()) {
          context.gap(authority.range(),
                      "没有读出“" + std::string(authority.text()) + "”是哪个机构或职务：响应的启动者未读入",
                      {"hier-response-scheme", "response-unassigned"});
          continue;
        }
        context.note_all(orgs);
        if (any) {
          if (any_level.empty()) {
            any_level = orgs;
            any_level_range = sentence.range();
          }
          continue;
        }
        ResponseLevel& named = level_for(scheme, level.first, level.second, context.origin(*node, sentence.range()));
        if (named.activated_by.empty()) {
          named.activated_by = orgs;
          named.activation_range = sentence.range();
        }
        continue;
      }
      if (levels.size() == 1)
        last_level = {levels.front().ordinal,
                      std::string(between(sentence, folded, levels.front().begin, levels.front().end).text())};
      Origin origin = context.origin(*node, sentence.range());
      auto written = [&](const LevelMention& m) {
        return std::string(sentence.sub(folded.original(m.begin), folded.original(m.end)).text());
      };
      // "由高到低分为一级、二级和三级", "设定四个等级：Ⅰ级、Ⅱ级…"
      bool declares = false;
      for (std::string_view verb : {"分为", "设定", "设为", "划分为", "设置"}) declares = declares || contains(s, verb);
      if (declares && levels.size() >= 2) {
        // "分为两级：Ⅲ级、Ⅳ级": the count before the list is not a level.
        if (levels.size() >= 3) {
          std::string_view after = s.substr(levels.front().end);
          if (after.starts_with(":") || after.starts_with(",")) levels.erase(levels.begin());
        }
        if (contains(s, "由高到低") || contains(s, "从高到低") || contains(s, "由高至低"))
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
        // "Ⅱ级响应由县减灾委办公室提出建议，由县减灾委主任决定启动": the level stands in
        // the clause before, with no other 启动 between.
        size_t level_from = clause_start;
        bool level_in_clause = std::any_of(levels.begin(), levels.end(), [&](const LevelMention& m) {
          return m.begin >= clause_start && by != std::string_view::npos && m.end <= by;
        });
        if (!level_in_clause) {
          size_t previous = s.rfind("启动", clause_start);
          level_from = previous == std::string_view::npos ? 0 : previous;
          size_t stop = s.rfind("。", clause_start);
          if (stop != std::string_view::npos && stop > level_from) level_from = stop;
        }
        if (by != std::string_view::npos && by < decide) {
          TextSpan authority = sentence.sub(folded.original(by + 3), folded.original(decide)).trimmed();
          std::vector<OrgRef> orgs = authorities(context, authority);
          if (orgs.empty()) {
            context.gap(authority.range(), "没有读出“" + authority.text() + "”是哪个机构或职务：响应的启动者未读入",
                        {"hier-response-scheme", "response-unassigned"});
            decide += 12;
            continue;
          }
          std::vector<const LevelMention*> named;
          for (const LevelMention& m : levels) {
            if (m.begin >= level_from && m.end <= by) named.push_back(&m);
          }
          // "三级、四级应急响应分别由副总指挥、指挥部办公室主任决定启动": one each, in order.
          std::vector<std::vector<OrgRef>> each;
          if (std::string_view(s.substr(0, by)).ends_with("分别") && named.size() >= 2) {
            for (const TextSpan& item : split_list(authority)) each.push_back(authorities(context, item));
            bool paired = each.size() == named.size() &&
                          std::none_of(each.begin(), each.end(), [](const auto& e) { return e.empty(); });
            if (!paired) each.clear();
          }
          if (each.empty()) context.note_all(orgs);
          for (size_t k = 0; k < named.size(); ++k) {
            ResponseLevel& level = level_for(scheme, named[k]->ordinal, written(*named[k]), origin);
            level.activated_by = each.empty() ? orgs : each[k];
            if (!each.empty()) context.note_all(each[k]);
            level.activation_range = sentence.range(folded.original(clause_start), folded.original(decide + 12));
          }
        }
        decide += 12;
      }
      // Every other 启动 with levels after it: who starts them, in the forms plans use.
      read_starters(context, scheme, sentence, folded, levels, origin);
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
              if (!inside_longer_grade(grades, before, at, g)) {
                named.push_back(grade.name);
                // "较大以上", "较大及以上": the grades above it too.
                std::string_view after = before.substr(at + g.size());
                if (after.starts_with("以上") || after.starts_with("及以上") || after.starts_with("(含)以上")) {
                  for (const Grade& higher : grades.grades) {
                    if (higher.rank < grade.rank) named.push_back(higher.name);
                  }
                }
                break;
              }
              at = before.find(g, at + g.size());
            }
          }
          // The level after 启动, or, in "发生特别重大、重大事故，一级应急响应由…决定启动",
          // the one between the grades and 启动.
          const LevelMention* after_open = nullptr;
          for (const LevelMention& m : levels) {
            if (m.begin >= open) {
              after_open = &m;
              break;
            }
          }
          size_t last_grade = 0;
          for (const std::string& g : named) {
            size_t at = before.rfind(compact_key(g));
            if (at != std::string_view::npos)
              last_grade = std::max(last_grade, clause_start + at + compact_key(g).size());
          }
          for (const LevelMention& m : levels) {
            bool between = after_open == nullptr && m.begin >= last_grade && m.end <= open && last_grade > 0;
            if ((m.begin < open && !between) || named.empty()) continue;
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
      // "对应特别重大、重大、较大和一般事件，应急响应分别为Ⅰ级、Ⅱ级、Ⅲ级和Ⅳ级": the
      // grades and the levels pair off in order.
      if (contains(s, "分别") && levels.size() >= 2) {
        for (const GradeScheme& grades : context.plan.schemes) {
          std::vector<std::pair<size_t, std::string>> found;
          for (const Grade& grade : grades.grades) {
            std::string g = compact_key(grade.name);
            for (size_t at = s.find(g); at != std::string_view::npos; at = s.find(g, at + g.size())) {
              if (!inside_longer_grade(grades, s, at, g)) {
                found.push_back({at, grade.name});
                break;
              }
            }
          }
          std::sort(found.begin(), found.end());
          if (found.size() != levels.size()) continue;
          for (size_t k = 0; k < levels.size(); ++k) {
            ResponseLevel& level = level_for(scheme, levels[k].ordinal, written(levels[k]), origin);
            if (std::find(level.grades.begin(), level.grades.end(), found[k].second) == level.grades.end())
              level.grades.push_back(found[k].second);
          }
        }
      }
    }
  }
  for (ResponseLevel& level : scheme.levels) {
    if (!level.activated_by.empty() || any_level.empty()) continue;
    level.activated_by = any_level;
    level.activation_range = any_level_range;
  }
  std::sort(scheme.levels.begin(), scheme.levels.end(),
            [](const ResponseLevel& a, const ResponseLevel& b) { return a.ordinal < b.ordinal; });
}

namespace {

bool inside_response_block(const syntax::Node& node) {
  for (const syntax::Node* n = &node; n != nullptr; n = n->parent) {
    if (n->tag && n->tag->kind == "响应") return true;
  }
  return false;
}

}  // namespace

void read_termination_anywhere(ReadContext& context, const syntax::Node& node) {
  if (!context.plan.response) return;
  if (node.kind == syntax::NodeKind::Paragraph) {
    if (inside_response_block(node)) return;  // read with its block
    // Most paragraphs say nothing of ending a response: no folding for them.
    std::string_view raw = node.text.text();
    if (raw.find("宣布") == std::string_view::npos && raw.find("终止") == std::string_view::npos) return;
    for (const TextSpan& sentence : sentences(node.text)) {
      Folded folded = fold(sentence.text(), {.drop_space = true});
      std::string_view s = folded.text;
      // "…后，由启动响应的机构终止应急响应": 由 and a response ended, without 宣布.
      bool ends_response = contains(s, "由") && contains(s, "响应") && (contains(s, "终止") || contains(s, "结束"));
      if (!contains(s, "宣布") && !contains(s, "谁终止") && !ends_response) continue;
      read_termination(context, *context.plan.response, sentence, folded, level_mentions(s),
                       context.origin(node, sentence.range()), false);
    }
    return;
  }
  for (const auto& child : node.children) read_termination_anywhere(context, *child);
}

}  // namespace planc::ir
