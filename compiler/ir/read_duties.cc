// Readers of duties (职责) and response tasks (措施): who does what.
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

// "Ⅱ级响应第一阶段" → level "Ⅱ级", phase "第一阶段".
void level_and_phase(std::string_view title, std::string& level, std::string& phase) {
  size_t grade = title.find("级");
  if (grade != std::string_view::npos) {
    size_t start = grade;
    // Step back over the level's numeral (one code point: Ⅱ, 二, or a Latin I).
    size_t i = 0;
    size_t previous = 0;
    while (i < grade) {
      previous = i;
      utf8::next(title, i);
    }
    start = previous;
    level = std::string(title.substr(start, grade + 3 - start));
  }
  size_t stage = title.find("第");
  size_t stage_end = title.find("阶段");
  if (stage != std::string_view::npos && stage_end != std::string_view::npos && stage_end > stage) {
    phase = std::string(title.substr(stage, stage_end + 6 - stage));
  }
}

// A leading condition: the first clause when it ends in 后 or 时 ("收到台风预警信号后，…",
// "一般地震灾害发生后，…"), with the offset of the text after its comma; 0 when none.
size_t condition_end(std::string_view s) {
  size_t comma = s.find("，");
  if (comma == std::string_view::npos) return 0;
  std::string_view clause = s.substr(0, comma);
  return clause.ends_with("后") || clause.ends_with("时") ? comma + std::string_view("，").size() : 0;
}

// The condition an introduction sets for the duties after it.
std::string trigger_of(const TextSpan& text) {
  size_t end = condition_end(text.text());
  return end == 0 ? std::string() : text.text().substr(0, end - std::string_view("，").size());
}

// The group of the plan a text opens with (longest name first), or -1.
int group_at(const std::vector<std::pair<std::string, int>>& groups, std::string_view key, size_t at) {
  for (const auto& [name, index] : groups) {
    if (key.compare(at, name.size(), name) == 0) return index;
  }
  return -1;
}

}  // namespace

void read_duties(ReadContext& context, const syntax::Node& block) {
  std::string hazard = hazard_of(context, block);
  std::string trigger;
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    TextSpan text = without_marker(*node);
    size_t head_end = 0;
    std::vector<OrgRef> orgs = context.org_reader.read_head(text, head_end);
    if (orgs.empty()) {  // an introduction ("收到台风预警信号后，…")
      trigger = trigger_of(text);
      continue;
    }
    context.note_all(orgs);
    // "其他部门（单位）按照自身职责…" names no one in particular.
    bool all_generic = std::all_of(orgs.begin(), orgs.end(), [&](const OrgRef& ref) {
      return ref.resolved() && context.orgs.orgs()[ref.org].generic();
    });
    if (all_generic) continue;
    Duty duty;
    duty.orgs = std::move(orgs);
    duty.text = node->text.text();
    duty.hazard = hazard;
    duty.trigger = trigger;
    duty.origin = context.origin(*node, node->text.range());
    context.plan.duties.push_back(std::move(duty));
  }
}

namespace {

// "通讯保障组负责…", "医疗救护组：…": the working group a task opens with, by its form
// (a short name ending in 组 before what it does); empty when the task opens otherwise.
TextSpan group_named(const TextSpan& text) {
  std::string_view s = text.text();
  size_t end = s.size();
  for (std::string_view next :
       {"负责", "立即", "迅速", "及时", "组织", "协助", "配合", "做好", "要", "：", ":", "，", ","}) {
    size_t at = s.find(next);
    if (at != std::string_view::npos && at < end) end = at;
  }
  std::string_view name = s.substr(0, end);
  while (name.ends_with(" ")) name.remove_suffix(1);
  size_t chars = utf8::count_code_points(name);
  if (!name.ends_with("组") || chars < 3 || chars > 12 || name.find("小组") != std::string_view::npos) return {};
  return text.sub(0, name.size());
}

}  // namespace

void read_tasks(ReadContext& context, const syntax::Node& block) {
  std::string level;
  std::string phase;
  const syntax::Node* section = block.section();
  if (section != nullptr) level_and_phase(section->title.text(), level, phase);
  // Group names of this plan, longest first, so 医疗救护与卫生防疫组 wins.
  std::vector<std::pair<std::string, int>> groups;
  for (size_t i = 0; i < context.plan.groups.size(); ++i)
    groups.push_back({compact_key(context.plan.groups[i].name), static_cast<int>(i)});
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  auto group_owner = [&](int index) {
    TaskOwner owner;
    owner.group = index;
    owner.name = context.plan.groups[index].name;
    return owner;
  };
  for (const syntax::Node* node : block_content(block, true)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    TextSpan text = without_marker(*node);
    Task task;
    task.level = level;
    task.phase = phase;
    task.text = node->text.text();
    task.origin = context.origin(*node, node->text.range());
    std::string key = compact_key(text.text());
    if (int g = group_at(groups, key, 0); g >= 0) {
      task.owners.push_back(group_owner(g));
    } else {
      // The organisation that opens the task, after a leading condition if there is one
      // ("一般地震灾害发生后，区抗震救灾指挥部立即启动…").
      size_t head_end = 0;
      TextSpan subject = text;
      std::vector<OrgRef> orgs = context.org_reader.read_head(subject, head_end);
      size_t after = condition_end(text.text());
      if ((orgs.empty() || !orgs.front().resolved()) && after > 0) {
        subject = text.sub(after, text.text().size()).trimmed();
        orgs = context.org_reader.read_head(subject, head_end);
      }
      if (!orgs.empty() && orgs.front().resolved()) {
        TaskOwner owner;
        owner.org = orgs.front();
        owner.name = owner.org.name;
        owner.members = compact_key(subject.text().substr(head_end)).starts_with(compact_key("成员单位"));
        task.owners.push_back(std::move(owner));
        context.note(orgs.front());
      } else if (TextSpan group = group_named(subject); !group.empty()) {
        task.unknown_owner = {std::string(group.text()), group.range()};
      }
    }
    // Each further ；-clause that opens with a group gives the task to that group too.
    for (size_t at = key.find(';'); at != std::string::npos; at = key.find(';', at + 1)) {
      int g = group_at(groups, key, at + 1);
      bool listed =
          std::any_of(task.owners.begin(), task.owners.end(), [&](const TaskOwner& o) { return o.group == g; });
      if (g >= 0 && !listed) task.owners.push_back(group_owner(g));
    }
    context.plan.tasks.push_back(std::move(task));
  }
}

}  // namespace planc::ir
