// The layout of a manual and of the index.
#include "compiler/manual/layout.h"

#include <algorithm>
#include <map>

namespace planc::manual {
namespace {

// 一 … 九十九, for heading numbers.
std::string chinese_number(int n) {
  static const char* digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return digits[n];
  if (n < 20) return std::string("十") + (n % 10 ? digits[n % 10] : "");
  return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
}

Block heading(Block::Kind kind, std::string text, std::string id = {}) {
  Block b;
  b.kind = kind;
  b.id = std::move(id);
  b.runs.push_back({std::move(text), {}, false});
  return b;
}

Block paragraph(Block::Kind kind, std::vector<Run> runs) {
  Block b;
  b.kind = kind;
  b.runs = std::move(runs);
  return b;
}

Run text(std::string s) { return {std::move(s), {}, false}; }
Run strong(std::string s) { return {std::move(s), {}, true}; }

// A link to the words in the plan's text; `with_plan` names the plan too.
Run source_link(const Source& s, bool with_plan = true) {
  Target t;
  t.kind = Target::PlanLine;
  t.plan = s.plan;
  t.line = s.paragraph_line;
  return {with_plan ? describe(s) : describe_place(s), t, false};
}

std::string join(const std::vector<std::string>& items, const char* separator = "、") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string capacity_of(const Duty& d) {
  switch (d.via) {
    case Via::Own: return "本单位";
    case Via::Group: return d.through + "（" + d.capacity + "）";
    case Via::Office: return d.through + "（设在本单位）";
    case Via::Command: return d.through + "（" + d.capacity + "）";
  }
  return {};
}

std::string trigger_of(const Duty& d) {
  if (d.trigger.empty()) return "预案未写明触发条件（随预案实施）";
  if (!d.trigger_stated) return d.trigger + "（据预案结构推定）";
  return d.trigger;
}

std::string title_of(const ir::Plan& plan) { return "《" + plan.meta.title + "》"; }

}  // namespace

std::string plain(const std::vector<Run>& runs) {
  std::string out;
  for (const Run& r : runs) out += r.text;
  return out;
}

Layout layout_manual(const Manual& m, const ir::Date& as_of) {
  Layout l;
  l.title = m.name + "应急工作手册";
  l.blocks.push_back(heading(Block::Title, l.title));
  std::vector<std::string> plans;
  for (const ir::Plan* p : m.plans) plans.push_back(title_of(*p));
  l.blocks.push_back(paragraph(Block::Subtitle, {text("依据" + join(plans, "") + "编制")}));
  l.blocks.push_back(paragraph(Block::Subtitle, {text("（planc 编译于 " + as_of.iso() + "）")}));

  int chapter = 0;
  // 一、基本情况
  l.blocks.push_back(heading(Block::Heading1, chinese_number(++chapter) + "、基本情况", "basic"));
  Block facts;
  facts.kind = Block::Table;
  facts.header = {"项目", "内容"};
  auto row = [&](std::string key, std::string value) {
    facts.rows.push_back({{text(std::move(key))}, {text(std::move(value))}});
  };
  row("单位名称", m.name);
  if (!m.full_name.empty()) row("全称", m.full_name);
  if (!m.type.empty()) row("类型", m.type);
  if (!m.parent.empty()) row("上级单位", m.parent);
  row("预案中的称谓", join(m.names_used));
  row("涉及预案", join(plans, ""));
  row("主要负责人", "");
  row("分管负责人", "");
  row("联络员及联系电话", "");
  row("24小时值班电话", "");
  l.blocks.push_back(std::move(facts));
  l.blocks.push_back(
      paragraph(Block::Note, {text("空白栏由本单位填写；其余各项均取自预案原文，预案修订后应重新生成本手册。")}));

  // 二、角色
  l.blocks.push_back(heading(Block::Heading1, chinese_number(++chapter) + "、在应急组织体系中的角色", "roles"));
  if (m.roles.empty()) {
    l.blocks.push_back(paragraph(Block::Body, {text("各预案没有把本单位列入指挥部、办公室或工作组。")}));
  } else {
    Block roles;
    roles.kind = Block::Table;
    roles.header = {"预案", "角色", "所在机构", "担任职务", "向谁负责", "出处"};
    const ir::Plan* previous = nullptr;
    for (const Role& r : m.roles) {
      // The plan is named once, on its first row.
      std::string plan = r.source.plan == previous ? std::string() : title_of(*r.source.plan);
      previous = r.source.plan;
      roles.rows.push_back({{text(plan)},
                            {strong(r.kind)},
                            {text(r.body.empty() ? "—" : r.body)},
                            {text(r.post.empty() ? "—" : r.post)},
                            {text(r.reports_to.empty() ? "—" : r.reports_to)},
                            {source_link(r.source, false)}});
    }
    l.blocks.push_back(std::move(roles));
  }

  // 三、职责任务, plan by plan
  l.blocks.push_back(heading(Block::Heading1, chinese_number(++chapter) + "、职责任务", "duties"));
  if (m.duties.empty()) l.blocks.push_back(paragraph(Block::Body, {text("各预案没有为本单位规定职责任务。")}));
  int section = 0;
  for (const ir::Plan* plan : m.plans) {
    std::vector<const Duty*> of_plan;
    for (const Duty& d : m.duties) {
      if (d.source.plan == plan) of_plan.push_back(&d);
    }
    if (of_plan.empty()) continue;
    l.blocks.push_back(heading(Block::Heading2, "（" + chinese_number(++section) + "）" + title_of(*plan)));
    // The unit's own duties first, then what it holds through the office, a group, the command.
    static const std::pair<Via, const char*> kinds[] = {
        {Via::Own, "本单位承担的职责"},
        {Via::Office, "指挥部办公室的职责（办公室设在本单位）"},
        {Via::Group, "所在工作组的职责"},
        {Via::Command, "作为指挥部组成单位参与的工作"},
    };
    int part = 0;
    int number = 0;
    for (const auto& [via, title] : kinds) {
      bool any = std::any_of(of_plan.begin(), of_plan.end(), [&](const Duty* d) { return d->via == via; });
      if (!any) continue;
      l.blocks.push_back(heading(Block::Heading3, std::to_string(++part) + "." + title));
      for (const Duty* d : of_plan) {
        if (d->via != via) continue;
        Block item = paragraph(Block::Item, {text(d->text)});
        item.label = "【" + std::to_string(++number) + "】";
        item.id = "duty-" + std::to_string(section) + "-" + std::to_string(number);
        l.blocks.push_back(std::move(item));
        std::vector<Run> meta = {strong("触发："), text(trigger_of(*d)), text("；"), strong("承担方式："),
                                 text(capacity_of(*d))};
        if (!d->hazard.empty()) meta.insert(meta.end(), {text("；"), strong("灾种："), text(d->hazard)});
        l.blocks.push_back(paragraph(Block::Meta, meta));
        l.blocks.push_back(paragraph(Block::Meta, {strong("出处："), source_link(d->source)}));
        l.blocks.push_back(paragraph(Block::Slot, {text("工作流程：＿＿＿＿＿＿　责任人：＿＿＿＿　电话：＿＿＿＿")}));
      }
    }
  }

  // 四、其他提及
  if (!m.mentions.empty()) {
    l.blocks.push_back(
        heading(Block::Heading1, chinese_number(++chapter) + "、预案中提及本单位的其他条文", "mentions"));
    l.blocks.push_back(paragraph(
        Block::Note,
        {text("以下条文提到本单位，但不是以本单位为主语的职责条款；是否据此承担工作，由本单位结合预案判断。")}));
    for (const Mention& mention : m.mentions) {
      l.blocks.push_back(paragraph(Block::Body, {text(mention.text)}));
      l.blocks.push_back(paragraph(Block::Meta, {strong("出处："), source_link(mention.source)}));
    }
  }

  // 五、期限义务
  if (!m.obligations.empty()) {
    l.blocks.push_back(
        heading(Block::Heading1, chinese_number(++chapter) + "、作为预案编制或解释单位的期限义务", "obligations"));
    Block table;
    table.kind = Block::Table;
    table.header = {"预案", "事项", "依据条款", "起算", "期限", "状态（截至" + as_of.iso() + "）"};
    for (const Obligation& o : m.obligations) {
      std::string status = o.status + (o.note.empty() ? "" : "：" + o.note);
      table.rows.push_back({{text(title_of(*o.plan))},
                            {text(o.what + "（" + o.as + "）")},
                            {text(o.clause.empty() ? "—" : o.clause + "“" + o.clause_text + "”")},
                            {text(o.start.empty() ? "—" : o.start)},
                            {text(o.due)},
                            {text(status)}});
    }
    l.blocks.push_back(std::move(table));
  }
  l.blocks.push_back(
      paragraph(Block::Note, {text("本手册由 planc 根据预案原文编译生成；职责文字均为预案原文，未作改写。")}));
  return l;
}

Layout layout_index(const std::vector<const Manual*>& manuals, const std::vector<const Manual*>& mentioned,
                    const ir::Date& as_of) {
  Layout l;
  l.title = "应急工作手册目录";
  l.blocks.push_back(heading(Block::Title, l.title));
  std::vector<std::string> plans;
  std::map<const ir::Plan*, bool> seen;
  for (const Manual* m : manuals) {
    for (const ir::Plan* p : m->plans) {
      if (!seen[p]) plans.push_back("《" + p->meta.title + "》");
      seen[p] = true;
    }
  }
  l.blocks.push_back(paragraph(Block::Subtitle, {text("依据" + join(plans, "") + "编制")}));
  l.blocks.push_back(paragraph(Block::Subtitle, {text("（planc 编译于 " + as_of.iso() + "）")}));
  auto link = [](const Manual* m) {
    Target t;
    t.kind = Target::Manual;
    t.stem = file_stem(*m);
    return Run{m->name, t, false};
  };
  l.blocks.push_back(heading(Block::Heading1, "一、按指挥部名单顺序", "official"));
  l.blocks.push_back(paragraph(
      Block::Note, {text("先列各指挥部名单中的单位（总体预案在前，依名单次序），其余单位按在预案中首次出现的先后。")}));
  Block table;
  table.kind = Block::Table;
  table.header = {"序号", "单位", "角色", "职责任务", "期限义务", "涉及预案"};
  for (const Manual* m : manuals) {
    std::vector<std::string> titles;
    for (const ir::Plan* p : m->plans) titles.push_back("《" + p->meta.title + "》");
    table.rows.push_back({{text(std::to_string(m->position))},
                          {link(m)},
                          {text(std::to_string(m->roles.size()))},
                          {text(std::to_string(m->duties.size()))},
                          {text(std::to_string(m->obligations.size()))},
                          {text(join(titles, ""))}});
  }
  l.blocks.push_back(std::move(table));
  l.blocks.push_back(heading(Block::Heading1, "二、按单位名称拼音顺序", "pinyin"));
  Block list;
  list.kind = Block::Table;
  list.header = {"单位", "序号"};
  for (const Manual* m : pinyin_order(manuals)) list.rows.push_back({{link(m)}, {text(std::to_string(m->position))}});
  l.blocks.push_back(std::move(list));
  if (!mentioned.empty()) {
    l.blocks.push_back(heading(Block::Heading1, "三、仅被提及的单位", "mentioned"));
    l.blocks.push_back(
        paragraph(Block::Note, {text("以下单位在预案中被提及，但没有被列入指挥部、工作组，也没有被分配职责，"
                                     "因此不生成手册（可用 --org 单独生成，列出提及它的条文）。")}));
    Block table;
    table.kind = Block::Table;
    table.header = {"单位", "提及次数", "涉及预案"};
    for (const Manual* m : pinyin_order(mentioned)) {
      std::vector<std::string> titles;
      for (const ir::Plan* p : m->plans) titles.push_back("《" + p->meta.title + "》");
      table.rows.push_back({{text(m->name)}, {text(std::to_string(m->mentions.size()))}, {text(join(titles, ""))}});
    }
    l.blocks.push_back(std::move(table));
  }
  return l;
}

}  // namespace planc::manual
