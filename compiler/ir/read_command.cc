// Readers of the command structure: headquarters, office, working groups.
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

// The first organisation the text names, or an unresolved reference to the text.
OrgRef first_org(ReadContext& context, const TextSpan& text) {
  Folded folded = fold(text.text(), {.drop_space = true});
  for (size_t i = 0; i < folded.text.size();) {
    Lexicon::Match m = context.org_reader.match(folded.text, i);
    if (m.found()) {
      std::vector<OrgRef> refs =
          context.org_reader.read_item(text.sub(folded.original(i), folded.original(i + m.length)));
      if (!refs.empty()) return refs.front();
    }
    utf8::next(folded.text, i);
  }
  OrgRef ref;
  ref.words = text.text();
  ref.range = text.range();
  return ref;
}

// Items after "主要职责：": the label's own text and the list items that follow it.
void collect_duties(const std::vector<const syntax::Node*>& content, size_t& i, const TextSpan& rest,
                    std::vector<Passage>& duties) {
  if (!rest.empty()) duties.push_back({rest.text(), rest.range()});
  while (i + 1 < content.size() && content[i + 1]->kind == syntax::NodeKind::Paragraph &&
         content[i + 1]->marker_length > 0) {
    ++i;
    TextSpan item = without_marker(*content[i]);
    duties.push_back({item.text(), item.range()});
  }
}

}  // namespace

namespace {

// The role a word names in a command: 0 the head, 1 a deputy, 2 the members, 3 the
// political commissar (政委); -1 none.
int role_of(std::string_view word) {
  if (word == "指挥长" || word == "总指挥" || word == "组长") return 0;
  if (word == "政委") return 3;
  if (word == "副指挥长" || word == "副总指挥" || word == "副组长") return 1;
  if (word == "成员" || word == "成员单位") return 2;
  // A committee (应急委员会, 减灾委): 主任 heads it, 副主任 deputise, 委员 are members.
  if (word == "主任") return 0;
  if (word == "副主任") return 1;
  if (word == "委员") return 2;
  return -1;
}

// "由柳河镇镇长担任；", "由镇政府所属站所、柳河派出所负责人组成。": the holders of a
// role stand between 由 and the verb; other words are the holders themselves.
TextSpan holders(const TextSpan& words) {
  std::string_view w = words.text();
  if (!w.starts_with("由")) return words;
  size_t to = w.size();
  for (std::string_view verb : {"担任", "兼任", "组成"}) to = std::min(to, w.find(verb));
  return to == w.size() ? words : words.sub(std::string_view("由").size(), to).trimmed();
}

void assign(ReadContext& context, Command& command, int role, const TextSpan& line) {
  TextSpan who = holders(line);
  std::vector<OrgRef> refs = context.org_reader.read_list(who);
  if (refs.empty()) return;
  context.note_all(refs);
  std::vector<OrgRef>& target = role == 0   ? command.commanders
                                : role == 1 ? command.deputies
                                : role == 3 ? command.commissars
                                            : command.members;
  if (role == 0 && command.commander_words.empty()) command.commander_words = who.text();
  target.insert(target.end(), refs.begin(), refs.end());
}

// Where a role named with its number of posts ends a clause ("设指挥长1名", "副指挥长若干名",
// "政委一名"): the role's position, or npos.
size_t role_with_count(std::string_view w, std::string_view role) {
  for (size_t at = w.find(role); at != std::string_view::npos; at = w.find(role, at + 1)) {
    std::string_view before = w.substr(0, at);
    if (!role.starts_with("副") && !role.starts_with("总") && (before.ends_with("副") || before.ends_with("总")))
      continue;
    std::string_view after = w.substr(at + role.size());
    if (after.starts_with("若干")) after.remove_prefix(std::string_view("若干").size());
    size_t digits = 0;
    while (digits < after.size()) {
      size_t next = digits;
      char32_t c = utf8::next(after, next);
      if ((c < U'0' || c > U'9') && std::u32string_view(U"一二两三四五六七八九十").find(c) == std::u32string_view::npos)
        break;
      digits = next;
    }
    after.remove_prefix(digits);
    if (after == "名" || after == "人" || (after.empty() && before.ends_with("设"))) return at;
  }
  return std::string_view::npos;
}

// Clauses of a paragraph that give a command's composition in sentence form.
void read_role_sentences(ReadContext& context, const TextSpan& text, Command& command, bool members_read) {
  std::vector<std::string_view> roles = {"副总指挥", "副指挥长", "总指挥",   "指挥长", "政委",
                                         "副组长",   "组长",     "成员单位", "成员"};
  // "市应急委由市长任主任，常务副市长、分管副市长任副主任": a committee's own posts (not
  // its office's: "办公室主任" is read by the office reader).
  if (command.name.find("委员会") != std::string::npos || command.name.ends_with("委")) {
    roles.insert(roles.begin(), {"副主任", "主任", "委员"});
  }
  // Members already read from a labelled line stay as read.
  auto give = [&](int role, const TextSpan& line) {
    if (role != 2 || !members_read) assign(context, command, role, line);
  };
  std::string_view s = text.text();
  size_t start = 0;
  // "设指挥长1名，由县长担任；": the role whose holders the next clause gives.
  int pending = -1;
  for (size_t i = 0; i <= s.size();) {
    size_t at = i;
    bool end = i == s.size();
    char32_t c = end ? U'。' : utf8::next(s, i);
    if (!end && c != U'，' && c != U'；' && c != U'。' && c != ',' && c != ';') continue;
    TextSpan clause = text.sub(start, at).trimmed();
    start = i;
    if (end) ++i;
    std::string_view w = clause.text();
    if (w.starts_with("成立以"))
      w.remove_prefix(std::string_view("成立以").size());
    else if (w.starts_with("以"))
      w.remove_prefix(std::string_view("以").size());
    size_t skipped = clause.text().size() - w.size();
    int announced = pending;
    pending = -1;
    if (announced >= 0 && w.starts_with("由")) {
      size_t from = std::string_view("由").size();
      size_t to = std::string_view::npos;
      for (std::string_view verb : {"担任", "兼任", "组成"}) to = std::min(to, w.find(verb, from));
      if (to != std::string_view::npos && to > from) {
        give(announced, clause.sub(skipped + from, skipped + to).trimmed());
        continue;
      }
    }
    for (std::string_view role : roles) {
      if (role_with_count(w, role) != std::string_view::npos) {
        pending = role_of(role);
        break;
      }
    }
    if (pending >= 0) continue;
    for (std::string_view role : roles) {
      int r = role_of(role);
      // "…指挥长由Y担任（兼任、组成）"
      size_t by = w.find(std::string(role) + "由");
      if (by != std::string_view::npos) {
        size_t from = by + role.size() + std::string_view("由").size();
        size_t to = std::string_view::npos;
        for (std::string_view verb : {"担任", "兼任", "组成"}) to = std::min(to, w.find(verb, from));
        if (to != std::string_view::npos && to > from) {
          give(r, clause.sub(skipped + from, skipped + to).trimmed());
          break;
        }
      }
      // "Y任指挥长", "Y为成员单位", "Y为副指挥长"
      for (std::string_view verb : {"任", "为"}) {
        std::string tail = std::string(verb) + std::string(role);
        size_t at_role = w.rfind(tail);
        if (at_role == std::string_view::npos || at_role == 0) continue;
        std::string_view after = w.substr(at_role + tail.size());
        if (!after.empty() && !after.starts_with("的")) continue;  // "为成员的镇应急指挥部" ends here too
        if (w.substr(0, at_role).ends_with("副") || w.substr(0, at_role).ends_with("总")) continue;
        if (role.ends_with("主任") && w.substr(0, at_role).ends_with("办公室")) continue;
        // "市抗震救灾指挥部由市长任总指挥": the holder follows 由.
        size_t holder = skipped;
        if (size_t by = w.substr(0, at_role).rfind("由"); by != std::string_view::npos)
          holder = skipped + by + std::string_view("由").size();
        give(r, clause.sub(holder, skipped + at_role).trimmed());
        r = -2;
        break;
      }
      if (r == -2) break;
    }
  }
}

}  // namespace

void read_command(ReadContext& context, const syntax::Node& block) {
  Command command;
  command.origin = context.origin(block);
  if (block.kind == syntax::NodeKind::Section) {
    OrgRef name = first_org(context, block.title);
    command.name = name.resolved() ? name.name : std::string(block.title.text());
  }
  std::vector<const syntax::Node*> content = block_content(block);
  for (size_t i = 0; i < content.size(); ++i) {
    const syntax::Node& node = *content[i];
    if (node.kind != syntax::NodeKind::Paragraph) continue;
    // Labelled lines pasted without blank lines between them are one paragraph: it is
    // cut before each label ("…县长副指挥长：…成员：…").
    std::vector<TextSpan> lines;
    std::string_view text = node.text.text();
    std::vector<size_t> cuts = {0};
    for (std::string_view label :
         {"副总指挥", "总指挥", "副指挥长", "指挥长", "副组长", "组长", "政委", "成员单位", "成员"}) {
      // The label's characters, with spaces allowed between them ("成    员：").
      std::string_view first = label.substr(0, 3);
      for (size_t at = text.find(first, 1); at != std::string_view::npos; at = text.find(first, at + 1)) {
        size_t i = at;
        size_t k = 0;
        while (k < label.size() && i < text.size()) {
          if (text.substr(i, 3) == label.substr(k, 3)) {
            i += 3;
            k += 3;
          } else if (k > 0 && (text[i] == ' ' || text.substr(i, 3) == "\u3000")) {
            i += text[i] == ' ' ? 1 : 3;
          } else {
            break;
          }
        }
        if (k < label.size()) continue;
        while (i < text.size() && (text[i] == ' ' || text.substr(i, 3) == "\u3000")) i += text[i] == ' ' ? 1 : 3;
        std::string_view after = text.substr(i);
        if (!after.starts_with("：") && !after.starts_with(":")) continue;
        // Not the tail of a longer label: 指挥长 in 副指挥长 (成员 in 成员单位 has no colon).
        if (text.substr(at >= 3 ? at - 3 : 0, 3) != "副") cuts.push_back(at);
      }
    }
    std::sort(cuts.begin(), cuts.end());
    TextSpan probe;
    bool labelled = !label_of(node.text, probe).empty();
    if (!labelled) cuts = {0};
    for (size_t k = 0; k < cuts.size(); ++k) {
      size_t end = k + 1 < cuts.size() ? cuts[k + 1] : text.size();
      TextSpan line = node.text.sub(cuts[k], end).trimmed();
      if (!line.empty()) lines.push_back(line);
    }
    for (const TextSpan& line : lines) {
      TextSpan rest;
      std::string label = label_of(line, rest);
      rest = holders(rest);
      if (label == "政委") {
        std::vector<OrgRef> commissars = context.org_reader.read_list(rest);
        context.note_all(commissars);
        command.commissars.insert(command.commissars.end(), commissars.begin(), commissars.end());
      } else if (label == "指挥长" || label == "总指挥" || label == "组长") {
        if (command.commander_words.empty()) command.commander_words = rest.text();
        std::vector<OrgRef> heads = context.org_reader.read_list(rest);
        context.note_all(heads);
        command.commanders.insert(command.commanders.end(), heads.begin(), heads.end());
      } else if (label == "副指挥长" || label == "副总指挥" || label == "副组长") {
        command.deputies = context.org_reader.read_list(rest);
        context.note_all(command.deputies);
      } else if (label == "成员" || label == "成员单位") {
        command.members = context.org_reader.read_list(rest);
        context.note_all(command.members);
      } else if (label == "主要职责" || label == "职责") {
        collect_duties(content, i, rest, command.duties);
      }
    }
  }
  // Sentence forms: "指挥长由县人民政府分管副县长担任", "县应急管理局局长任副指挥长",
  // "县公安局、县财政局为成员单位", "成立以镇长为指挥长、…的镇应急指挥部".
  // Also when only the members are a labelled line ("县森防指设指挥长1名，由县长担任；…" then
  // "成员：…"): the sentences then give the posts, and members already read stay as read.
  if (command.commanders.empty() && command.deputies.empty() && command.commissars.empty()) {
    bool members_read = !command.members.empty();
    for (const syntax::Node* node : content) {
      if (node->kind != syntax::NodeKind::Paragraph) continue;
      TextSpan rest;
      std::string label = label_of(node->text, rest);
      if (label == "成员" || label == "成员单位" || label == "主要职责" || label == "职责") continue;
      read_role_sentences(context, node->text, command, members_read);
    }
  }
  if (command.members.empty()) {
    context.warn(command.origin.range, "{指挥部} 块中没有找到“成员：”一行，指挥部成员无法读取");
  }
  context.plan.commands.push_back(std::move(command));
}

void read_office(ReadContext& context, const syntax::Node& block) {
  if (context.plan.commands.empty()) {
    context.warn(context.origin(block).range, "{办公室} 块之前没有 {指挥部} 块：办公室无所属指挥部");
    return;
  }
  Command& command = context.plan.commands.back();
  command.office_origin = context.origin(block);
  std::vector<const syntax::Node*> content = block_content(block);
  for (size_t i = 0; i < content.size(); ++i) {
    const syntax::Node& node = *content[i];
    if (node.kind != syntax::NodeKind::Paragraph) continue;
    TextSpan rest;
    std::string label = label_of(node.text, rest);
    if (label == "主要职责" || label == "职责") {
      collect_duties(content, i, rest, command.office_duties);
      continue;
    }
    for (const TextSpan& sentence : sentences(node.text)) {
      std::string_view s = sentence.text();
      // "X办公室设在区应急管理局"
      size_t seat = s.find("设在");
      if (seat == std::string_view::npos) seat = s.find("设于");
      size_t name_end = seat;  // where the office's own name ends
      // "县防汛抗旱办公室挂靠在县水利局": 挂靠 stands for 设在.
      for (std::string_view hosted : {"挂靠在", "挂靠于"}) {
        size_t at = s.find(hosted);
        if (seat == std::string_view::npos && at != std::string_view::npos) {
          seat = at + hosted.size() - std::string_view("设在").size();
          name_end = at;
        }
      }
      if (seat == std::string_view::npos) {
        // "县防汛抗旱指挥部下设办公室在县水利局": 办公室在 stands for 设在.
        size_t office_at = s.find("办公室在");
        if (office_at != std::string_view::npos) seat = office_at + std::string_view("办公室在").size() - 6;
        name_end = seat;
      }
      if (seat != std::string_view::npos) {
        OrgRef office = first_org(context, sentence.sub(0, name_end));
        command.office_name = office.resolved() ? office.name : std::string(sentence.sub(0, name_end).trimmed().text());
        // "其办事机构县防汛抗旱办公室挂靠在…": the name after the words that introduce it.
        for (std::string_view lead : {"其日常办事机构", "其办事机构", "日常办事机构", "办事机构为", "其"}) {
          if (!office.resolved() && command.office_name.starts_with(lead) && command.office_name.size() > lead.size()) {
            command.office_name.erase(0, lead.size());
            break;
          }
        }
        // "县应急委下设办公室（县应急办），设在…": the short name in brackets.
        if (size_t set_up = s.find("下设办公室（"); set_up != std::string_view::npos && set_up < seat) {
          size_t open = set_up + std::string_view("下设办公室（").size();
          size_t close = s.find("）", open);
          if (close != std::string_view::npos && close < seat && close > open) {
            std::string_view short_name = s.substr(open, close - open);
            if (short_name.ends_with("办") || short_name.ends_with("办公室")) {
              command.office_name = std::string(short_name);
              office.org = -1;
            }
          }
        }
        // "县指挥部下设办公室，办公室设在…": the office of the command.
        if (!office.resolved() && command.office_name.find("下设") != std::string::npos && !command.name.empty()) {
          command.office_name = command.name + "办公室";
        }
        // "（设在镇党政办）": the seat ends at the bracket that closes it, too.
        size_t stop = std::min({s.find("，", seat), s.find("（", seat), s.find("）", seat)});
        if (stop == std::string_view::npos) stop = s.size();
        TextSpan seat_words = sentence.sub(seat + 6, stop).trimmed();
        std::string_view seat_text = seat_words.text();
        if (seat_text.ends_with("。") || seat_text.ends_with("；"))
          seat_words = seat_words.sub(0, seat_text.size() - 3);
        command.office_seat = context.note(first_org(context, seat_words));
      }
      // "主任由区应急管理局局长担任", "区应急管理局局长兼任办公室主任" and
      // "办公室主任由区应急管理局局长兼任"
      for (std::string_view clause : {std::string_view("由"), std::string_view("兼任")}) {
        size_t at = 0;
        while ((at = s.find(clause, at)) != std::string_view::npos) {
          TextSpan names;
          // The post the clause fills: before 由 ("副主任由X兼任"), else after 兼任
          // ("X兼任办公室副主任"). A deputy (副主任) is not a head of the office.
          std::string_view post;
          size_t clause_start = s.rfind("，", at);
          clause_start = clause_start == std::string_view::npos ? 0 : clause_start + std::string_view("，").size();
          if (clause == "由") {
            size_t end = s.find("担任", at);
            if (end == std::string_view::npos) break;
            names = sentence.sub(at + 3, end);
            post = s.substr(clause_start, at - clause_start);
          } else {
            // "办公室主任由周某担任，并兼任县应急管理局局长": the holder's other post.
            if (s.substr(0, at).ends_with("并")) {
              at += clause.size();
              continue;
            }
            size_t start = clause_start;
            // "办公室主任由X兼任": the holder follows 由.
            size_t by = s.rfind("由", at);
            if (by != std::string_view::npos && by >= start) {
              post = s.substr(start, by - start);
              start = by + 3;
            } else {
              size_t after = at + clause.size();
              post = s.substr(after, std::min(s.find("，", after), s.size()) - after);
            }
            names = sentence.sub(start, at);
          }
          std::vector<OrgRef> heads = context.org_reader.read_list(names);
          OrgReader::share_generic_post(heads);
          context.note_all(heads);
          std::vector<OrgRef>& into =
              post.find("副主任") != std::string_view::npos ? command.office_deputies : command.office_heads;
          into.insert(into.end(), heads.begin(), heads.end());
          at += clause.size();
        }
      }
      // "县应急管理局分管副局长任办公室副主任" (not 兼任, 担任: read above).
      for (std::string_view post : {std::string_view("任办公室副主任"), std::string_view("任办公室主任")}) {
        for (size_t at = s.find(post); at != std::string_view::npos; at = s.find(post, at + post.size())) {
          std::string_view before = s.substr(0, at);
          if (before.ends_with("兼") || before.ends_with("担") || before.ends_with("由")) continue;
          size_t start = s.rfind("，", at);
          start = start == std::string_view::npos ? 0 : start + std::string_view("，").size();
          if (size_t by = before.rfind("由"); by != std::string_view::npos && by >= start) start = by + 3;
          std::vector<OrgRef> people = context.org_reader.read_list(sentence.sub(start, at));
          context.note_all(people);
          std::vector<OrgRef>& into =
              post.find("副主任") != std::string_view::npos ? command.office_deputies : command.office_heads;
          into.insert(into.end(), people.begin(), people.end());
        }
      }
    }
  }
}

namespace {

// The duties after a group's member list that ends at `formed` (组成, 参加 …): the next
// sentence ("…等单位组成。承担…"), or the rest of this one when it goes on with them
// ("…等单位组成，负责传达指令、协调调度。").
TextSpan duties_after(const TextSpan& body, size_t formed) {
  std::string_view b = body.text();
  size_t at = formed;
  for (std::string_view verb : {"组成", "构成", "参加", "配合", "参与", "牵头"}) {
    if (b.substr(at).starts_with(verb)) {
      at += verb.size();
      break;
    }
  }
  for (std::string_view comma : {std::string_view("，"), std::string_view(",")}) {
    if (b.substr(at).starts_with(comma)) {
      std::string_view rest = b.substr(at + comma.size());
      for (std::string_view duty : {"负责", "主要负责", "承担", "主要职责"}) {
        if (rest.starts_with(duty)) return body.sub(at + comma.size(), b.size()).trimmed();
      }
    }
  }
  size_t end = b.find("。", at);
  return end == std::string_view::npos ? TextSpan() : body.sub(end + std::string_view("。").size(), b.size()).trimmed();
}

// "综合协调组:由区政府办公室牵头，区应急管理局、…等单位组成。承担…"
// "（一）综合协调组。区应急管理局牵头，区委宣传部、…等单位组成。"
// "综合协调组：负责综合协调，…"
bool read_group_head(ReadContext& context, const syntax::Node& node, Group& group, TextSpan& duties) {
  TextSpan text = without_marker(node);
  std::string_view s = text.text();
  // The name runs to the first ：:。 and ends in 组.
  size_t stop = std::string_view::npos;
  size_t stop_length = 0;
  for (std::string_view separator : {std::string_view("："), std::string_view(":"), std::string_view("。")}) {
    size_t at = s.find(separator);
    if (at != std::string_view::npos && at < stop) {
      stop = at;
      stop_length = separator.size();
    }
  }
  if (stop == std::string_view::npos) return false;
  std::string name = std::string(text.sub(0, stop).trimmed().text());
  std::string key = compact_key(name);
  if (!key.ends_with("组") || key == "组" || utf8::count_code_points(key) > 14) return false;
  group.name = name;
  group.origin = context.origin(node, text.sub(0, stop).range());
  TextSpan body = text.sub(stop + stop_length, s.size()).trimmed();
  std::string_view b = body.text();
  size_t lead = b.find("牵头");
  size_t formed = std::string_view::npos;
  // "…等单位组成": the end of the member list; after a lead also "由X牵头，Y参加（配合、
  // 参与）。", the verb ending its clause (not "救援装备参与抢险救援").
  for (std::string_view word : {std::string_view("组成"), std::string_view("构成")}) {
    size_t at = b.find(word);
    if (at != std::string_view::npos && at < formed) formed = at;
  }
  if (lead != std::string_view::npos) {
    for (std::string_view word : {std::string_view("参加"), std::string_view("配合"), std::string_view("参与")}) {
      for (size_t at = b.find(word, lead); at != std::string_view::npos; at = b.find(word, at + word.size())) {
        std::string_view next = b.substr(at + word.size());
        if (next.empty() || next.starts_with("。") || next.starts_with("，") || next.starts_with("；")) {
          if (at < formed) formed = at;
          break;
        }
      }
    }
  }
  size_t first_sentence = b.find("。");
  if (lead != std::string_view::npos && (first_sentence == std::string_view::npos || lead < first_sentence)) {
    size_t start = b.starts_with("由") ? std::string_view("由").size() : 0;
    group.leads = context.org_reader.read_list(body.sub(start, lead));
    context.note_all(group.leads);
    if (formed != std::string_view::npos && formed > lead) {
      size_t members_start = lead + std::string_view("牵头").size();
      std::string_view after = b.substr(members_start);
      for (std::string_view comma : {std::string_view("，"), std::string_view(",")}) {
        if (after.starts_with(comma)) members_start += comma.size();
      }
      group.members = context.org_reader.read_list(body.sub(members_start, formed));
      context.note_all(group.members);
      duties = duties_after(body, formed);
    } else {
      // "由X牵头，负责…": the duties follow the lead in the same sentence.
      duties = duties_after(body, lead);
    }
  } else if (formed != std::string_view::npos &&
             (first_sentence == std::string_view::npos || formed < first_sentence)) {
    // "转移安置组：镇社会事务办公室、镇农业农村服务中心等单位组成。": members, no lead.
    size_t start = b.starts_with("由") ? std::string_view("由").size() : 0;
    group.members = context.org_reader.read_list(body.sub(start, formed));
    context.note_all(group.members);
    duties = duties_after(body, formed);
  } else {
    duties = body;
  }
  return true;
}

}  // namespace

void read_groups(ReadContext& context, const syntax::Node& block) {
  std::vector<const syntax::Node*> content = block_content(block);
  bool found = false;
  for (size_t i = 0; i < content.size(); ++i) {
    const syntax::Node& node = *content[i];
    if (node.kind != syntax::NodeKind::Paragraph) continue;
    Group group;
    TextSpan duties;
    if (!read_group_head(context, node, group, duties)) continue;
    found = true;
    // "主要职责：…" in the paragraph that follows.
    if (i + 1 < content.size() && content[i + 1]->kind == syntax::NodeKind::Paragraph) {
      TextSpan rest;
      if (label_of(content[i + 1]->text, rest) == "主要职责") {
        duties = rest;
        ++i;
      }
    }
    if (!duties.empty()) group.duties = {duties.text(), duties.range()};
    context.plan.groups.push_back(std::move(group));
  }
  if (!found) context.warn(context.origin(block).range, "{工作组} 块中没有找到“××组：”或“（一）××组。”形式的工作组");
}

}  // namespace planc::ir
