// Reading organisation names in plan text: lists, duty heads, posts, abbreviations.
#include "compiler/ir/org_reader.h"

#include <algorithm>

#include "compiler/base/utf8.h"

namespace planc::ir {
namespace {

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

// Posts after an organisation's name: 区应急管理局局长, 区政府指定的负责同志.
const std::vector<std::string_view>& posts() {
  static const std::vector<std::string_view> list = {
      "指定的负责同志", "分管负责同志", "主要负责同志", "分管副局长", "分管负责人", "相关领导", "负责同志", "副大队长",
      "大队长",         "副局长",       "局长",         "副主任",     "主任",       "负责人",   "专家",
  };
  return list;
}

// The length of a post right after a name: a listed post, or a short phrase ending in
// 长, 主任, 同志, 领导, 负责人 or 书记 ("分管副区长", "主要负责同志") up to the item's end.
size_t post_length(std::string_view s, size_t i, size_t end) {
  for (std::string_view post : posts()) {
    if (starts(s, i, post)) return post.size();
  }
  std::string_view rest = s.substr(i, end - i);
  if (rest.empty() || utf8::count_code_points(rest) > 8) return 0;
  for (std::string_view suffix : {std::string_view("长"), std::string_view("主任"), std::string_view("同志"),
                                  std::string_view("领导"), std::string_view("负责人"), std::string_view("书记")}) {
    if (rest.size() >= suffix.size() && rest.substr(rest.size() - suffix.size()) == suffix) return rest.size();
  }
  return 0;
}

}  // namespace

// A post at the end of words no registry names: "县指挥部副指挥长" → 副指挥长, "镇长",
// with a qualifier before it ("分管副镇长", "常务副指挥长").
std::string trailing_post_of(std::string_view words) {
  static const std::vector<std::string_view> list = {
      "总指挥",   "副总指挥", "政委",       "组长",       "副组长",     "大队长",       "副大队长",     "队长",
      "站长",     "所长",     "院长",       "处长",       "科长",       "部长",         "副部长",       "常务副指挥长",
      "副指挥长", "指挥长",   "常务副县长", "常务副市长", "常务副区长", "副县长",       "副市长",       "副区长",
      "副镇长",   "副乡长",   "县长",       "市长",       "区长",       "镇长",         "乡长",         "副主任",
      "主任",     "副书记",   "书记",       "副局长",     "局长",       "主要负责同志", "分管负责同志", "负责同志",
      "负责人",   "领导",     "负责人员",
  };
  static const std::vector<std::string_view> longest_first = [] {
    std::vector<std::string_view> sorted = list;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    return sorted;
  }();
  for (std::string_view post : longest_first) {
    if (words.size() < post.size() || words.substr(words.size() - post.size()) != post) continue;
    std::string_view before = words.substr(0, words.size() - post.size());
    for (std::string_view qualifier : {"分管", "常务", "主管", "主要"}) {
      if (before.size() >= qualifier.size() && before.substr(before.size() - qualifier.size()) == qualifier) {
        return std::string(qualifier) + std::string(post);
      }
    }
    return std::string(post);
  }
  return {};
}

namespace {

// Tails that end a list: "等部门和单位负责同志", "等单位组成".
size_t strip_tail(std::string_view folded) {
  size_t best = folded.size();
  for (std::string_view tail :
       {std::string_view("等部门"), std::string_view("等单位"), std::string_view("等有关"), std::string_view("等相关"),
        std::string_view("的负责同志"), std::string_view("负责同志"), std::string_view("。")}) {
    size_t at = folded.find(tail);
    // "主要负责同志", "分管负责同志" are posts, not a list's tail.
    while (at != std::string_view::npos && at >= 6 &&
           (folded.substr(at - 6, 6) == "主要" || folded.substr(at - 6, 6) == "分管")) {
      at = folded.find(tail, at + tail.size());
    }
    if (at != std::string_view::npos && at > 0) best = std::min(best, at);
  }
  return best;
}

}  // namespace

void OrgReader::learn_abbreviations(const TextSpan& text) {
  Folded folded = fold(text.text(), {.drop_space = true});
  std::string_view s = folded.text;
  size_t at = 0;
  while ((at = s.find("(以下简称", at)) != std::string_view::npos) {
    size_t close = s.find(')', at);
    if (close == std::string_view::npos) break;
    std::string abbreviation(
        s.substr(at + std::string_view("(以下简称").size(), close - at - std::string_view("(以下简称").size()));
    // The full name is the longest registered name ending right before the '('.
    int id = -1;
    for (size_t start = 0; start < at; ++start) {
      Lexicon::Match m = registry_.match(s, start);
      if (m.found() && start + m.length == at) {
        id = m.id;
        break;
      }
    }
    if (id >= 0 && !abbreviation.empty()) {
      local_.add(abbreviation, id);
      // Y办公室 is the office of X.
      int office = registry_.index_of(registry_.orgs()[id].name + "办公室");
      if (office >= 0) local_.add(abbreviation + "办公室", office);
    }
    at = close;
  }
}

Lexicon::Match OrgReader::match(std::string_view folded, size_t pos) const {
  Lexicon::Match local = local_.longest(folded, pos);
  Lexicon::Match global = registry_.match(folded, pos);
  return local.length > global.length ? local : global;
}

OrgRef OrgReader::make_ref(const TextSpan& words, int org) const {
  OrgRef ref;
  ref.words = words.text();
  ref.range = words.range();
  ref.org = org;
  if (org >= 0) ref.name = registry_.orgs()[org].name;
  return ref;
}

std::vector<OrgRef> OrgReader::read_item(const TextSpan& item) const {
  std::vector<OrgRef> refs;
  Folded folded = fold(item.text(), {.drop_space = true});
  std::string_view s = folded.text;
  size_t end = strip_tail(s);
  size_t i = 0;
  size_t unknown_start = std::string_view::npos;
  std::vector<size_t> begins;  // folded offset where each ref starts
  auto flush_unknown = [&](size_t stop) {
    if (unknown_start == std::string_view::npos) return;
    size_t unknown_begin = unknown_start;
    TextSpan words = item.sub(folded.original(unknown_start), folded.original(stop)).trimmed();
    unknown_start = std::string_view::npos;
    if (words.empty()) return;
    // A stray character or two right after a name ("区医疗保障局会") belongs to it.
    if (!refs.empty() && refs.back().resolved() && refs.back().title.empty() &&
        utf8::count_code_points(words.text()) <= 2 && refs.back().range.end == words.range().begin) {
      OrgRef& previous = refs.back();
      TextSpan joined = item.sub(folded.original(begins.back()), folded.original(stop)).trimmed();
      previous.words = joined.text();
      previous.range = joined.range();
      previous.org = -1;
      return;
    }
    OrgRef unknown = make_ref(words, -1);
    unknown.title = trailing_post_of(words.text());
    refs.push_back(std::move(unknown));
    begins.push_back(unknown_begin);
  };
  while (i < end) {
    Lexicon::Match m = match(s, i);
    if (m.found()) {
      flush_unknown(i);
      size_t begin = i;
      TextSpan words = item.sub(folded.original(i), folded.original(i + m.length));
      OrgRef ref = make_ref(words, m.id);
      i += m.length;
      size_t post = post_length(s, i, end);
      if (post > 0) {
        ref.title = std::string(s.substr(i, post));
        i += post;
      }
      refs.push_back(std::move(ref));
      begins.push_back(begin);
      continue;
    }
    // Connectors between names.
    bool connector = false;
    for (std::string_view word :
         {std::string_view("以及"), std::string_view("及"), std::string_view("和"), std::string_view("、")}) {
      if (starts(s, i, word)) {
        // "县发展和改革局", "县住房和城乡建设局": a 和 inside a name no registry knows is
        // no connector; one after a name ("县财政局和县民政局") is.
        if (word != "、" && unknown_start != std::string_view::npos &&
            !looks_like_org(s.substr(unknown_start, i - unknown_start))) {
          break;
        }
        flush_unknown(i);
        i += word.size();
        connector = true;
        break;
      }
    }
    if (connector) continue;
    if (unknown_start == std::string_view::npos) unknown_start = i;
    utf8::next(s, i);
  }
  flush_unknown(end);
  return refs;
}

namespace {

// A membership that names no post of its own: 县委常委, 县政府党组成员, 镇党委委员.
bool rank_only(std::string_view words) {
  std::string key = compact_key(words);
  for (std::string_view rank : {"常委", "党组成员", "党委委员", "党工委委员"}) {
    if (key.ends_with(rank)) return true;
  }
  return false;
}

// "县委副书记、县长": the head of a government is also the party's deputy secretary, one
// person with two posts.
bool deputy_secretary_then_head(std::string_view first, std::string_view second) {
  std::string key = compact_key(first);
  if (!key.ends_with("委副书记")) return false;
  std::string head = compact_key(second);
  for (std::string_view post : {"县长", "市长", "区长", "镇长", "乡长", "州长", "旗长"}) {
    if (head == post) return true;
  }
  return false;
}

}  // namespace

std::vector<OrgRef> OrgReader::read_list(const TextSpan& text) const {
  std::vector<OrgRef> refs;
  std::vector<TextSpan> items;
  // "常务副县长和分管水利工作的副县长": two posts joined by 和 are two items (a 和 inside
  // a name, 发展和改革局, has no post before it).
  for (const TextSpan& item : split_list(text)) {
    std::string_view w = item.text();
    size_t at = w.find("和");
    if (at != std::string_view::npos && at > 0 && !trailing_post_of(w.substr(0, at)).empty() &&
        !trailing_post_of(w.substr(at + std::string_view("和").size())).empty()) {
      items.push_back(item.sub(0, at).trimmed());
      items.push_back(item.sub(at + std::string_view("和").size(), w.size()).trimmed());
    } else {
      items.push_back(item);
    }
  }
  size_t cursor = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    size_t begin = text.text().find(items[k].text(), cursor);
    cursor = begin == std::string_view::npos ? cursor : begin + items[k].text().size();
    // "县委常委、常务副县长": one person, a rank and the post that follows it.
    if (k + 1 < items.size() && begin != std::string_view::npos &&
        (rank_only(items[k].text()) || deputy_secretary_then_head(items[k].text(), items[k + 1].text()))) {
      std::string_view second = items[k + 1].text();
      for (std::string_view stop : {"。", "；", ";", "."}) {
        if (second.ends_with(stop)) second.remove_suffix(stop.size());
      }
      std::string post = trailing_post_of(second);
      size_t next = text.text().find(second, cursor);
      if (!post.empty() && compact_key(post) == compact_key(second) && next != std::string_view::npos) {
        size_t end = next + second.size();
        OrgRef person = make_ref(text.sub(begin, end), -1);
        person.title = post;
        refs.push_back(std::move(person));
        cursor = end;
        ++k;
        continue;
      }
    }
    std::vector<OrgRef> found = read_item(items[k]);
    refs.insert(refs.end(), found.begin(), found.end());
  }
  return refs;
}

void OrgReader::share_generic_post(std::vector<OrgRef>& refs) {
  if (refs.size() < 2 || refs.back().title.empty()) return;
  std::string post = refs.back().title;
  for (std::string_view generic : {"领导", "负责同志", "负责人"}) {
    if (!post.ends_with(generic)) continue;
    for (OrgRef& ref : refs) {
      if (ref.title.empty() && (ref.resolved() || looks_like_org(ref.words))) ref.title = post;
    }
    return;
  }
}

bool OrgReader::looks_like_org(std::string_view words) {
  std::string key = compact_key(words);
  for (std::string_view suffix :
       {"局", "部门", "中心", "委员会", "办公室", "大队", "公司", "部",   "办", "中队", "会",
        "站", "院",   "所",   "队",     "单位",   "机构", "政府", "分局", "委", "协",   "小组"}) {
    if (key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  }
  return false;
}

std::vector<OrgRef> OrgReader::read_head(const TextSpan& paragraph, size_t& head_end) const {
  std::vector<OrgRef> refs;
  head_end = 0;
  Folded folded = fold(paragraph.text(), {.drop_space = true});
  std::string_view s = folded.text;
  // Skip a list marker: (1) ① 1.
  size_t i = 0;
  size_t j = 0;
  while (true) {
    Lexicon::Match m = match(s, i);
    if (!m.found()) break;
    TextSpan words = paragraph.sub(folded.original(i), folded.original(i + m.length));
    refs.push_back(make_ref(words, m.id));
    i += m.length;
    j = i;
    if (starts(s, i, "、")) {
      i += std::string_view("、").size();
      continue;
    }
    break;
  }
  if (!refs.empty()) {
    // The head ends at ':' or '负责' when they follow; otherwise at the last name.
    if (starts(s, j, ":")) j += 1;
    head_end = folded.original(j);
    return refs;
  }
  // No registered name: "XX部门负责…" or "XX：负责…" still names a duty holder.
  size_t colon = s.find(':');
  size_t duty = s.find("负责");
  size_t stop = std::min(colon, duty);
  if (stop != std::string_view::npos && stop > 0 && stop <= 60) {
    TextSpan words = paragraph.sub(folded.original(0), folded.original(stop)).trimmed();
    if (looks_like_org(words.text()) && words.text().find("，") == std::string::npos &&
        words.text().find(',') == std::string::npos) {
      for (const TextSpan& item : split_list(words)) refs.push_back(make_ref(item, -1));
      head_end = folded.original(stop == colon ? stop + 1 : stop);
    }
  }
  return refs;
}

namespace {

void learn(OrgReader& reader, const syntax::Node& node) {
  if (node.kind == syntax::NodeKind::Paragraph) reader.learn_abbreviations(node.text);
  for (const auto& child : node.children) learn(reader, *child);
}

void scan(const OrgReader& reader, const TextSpan& text, std::vector<OrgRef>& out) {
  Folded folded = fold(text.text(), {.drop_space = true});
  for (size_t i = 0; i < folded.text.size();) {
    Lexicon::Match m = reader.match(folded.text, i);
    if (!m.found()) {
      utf8::next(folded.text, i);
      continue;
    }
    TextSpan words = text.sub(folded.original(i), folded.original(i + m.length));
    OrgRef ref;
    ref.words = words.text();
    ref.range = words.range();
    ref.org = m.id;
    ref.name = reader.registry().orgs()[m.id].name;
    out.push_back(std::move(ref));
    i += m.length;
  }
}

void scan(const OrgReader& reader, const syntax::Node& node, std::vector<OrgRef>& out) {
  if (node.kind == syntax::NodeKind::Paragraph) scan(reader, node.text, out);
  if (node.kind == syntax::NodeKind::Table) {
    for (const syntax::TableRow& row : node.rows) {
      for (const syntax::TableCell& cell : row.cells) scan(reader, cell.text, out);
    }
  }
  for (const auto& child : node.children) scan(reader, *child, out);
}

}  // namespace

std::vector<OrgRef> scan_org_names(const syntax::Document& document, const OrgRegistry& registry) {
  std::vector<OrgRef> out;
  if (!document.root) return out;
  OrgReader reader(registry);
  learn(reader, *document.root);
  scan(reader, *document.root, out);
  return out;
}

}  // namespace planc::ir
