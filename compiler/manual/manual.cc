// Compiling work manuals from the plans: roles, duties, tasks, mentions and obligations
// per organisation, each with its source.
#include "compiler/manual/manual.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "compiler/analysis/obligations.h"
#include "compiler/base/fold.h"
#include "compiler/ir/org_reader.h"

namespace planc::manual {
namespace {

// For each line of a document, the first line of the paragraph, table row or heading
// that holds it, and that node: the anchor a link to the line points at.
class Anchors {
 public:
  explicit Anchors(const syntax::Document& document) {
    int lines = document.file != nullptr ? document.file->line_count() : 0;
    anchor_.assign(lines + 2, 0);
    node_.assign(lines + 2, nullptr);
    if (document.root) index(*document.root);
  }

  int anchor(int line) const { return in(line) ? anchor_[line] : 0; }
  const syntax::Node* node(int line) const { return in(line) ? node_[line] : nullptr; }

 private:
  bool in(int line) const { return line > 0 && line < static_cast<int>(anchor_.size()); }

  void set(int first, int last, int anchor, const syntax::Node* node) {
    for (int l = first; l <= last; ++l) {
      if (!in(l)) continue;
      anchor_[l] = anchor;
      node_[l] = node;
    }
  }

  void index(const syntax::Node& node) {
    switch (node.kind) {
      case syntax::NodeKind::Section:
        set(node.heading_range.begin.line, node.heading_range.begin.line, node.heading_range.begin.line, &node);
        break;
      case syntax::NodeKind::Paragraph:
        set(node.range.begin.line, node.range.end.line, node.range.begin.line, &node);
        break;
      case syntax::NodeKind::Table:
        for (const syntax::TableRow& row : node.rows) set(row.line, row.line, row.line, &node);
        break;
      default: break;
    }
    for (const auto& child : node.children) index(*child);
  }

  std::vector<int> anchor_;
  std::vector<const syntax::Node*> node_;
};

// The heading path without the plan's own title ("4 应急响应 / 4.2 …"), an attachment
// by its number alone ("附件1 / 二、部门职责").
std::string section_of(const ir::Plan& plan, const std::string& path) {
  std::string rest = path;
  std::string prefix = plan.heading_title + " / ";
  if (!plan.heading_title.empty() && rest.rfind(prefix, 0) == 0) rest = rest.substr(prefix.size());
  if (rest == plan.heading_title) return {};
  if (rest.rfind("附件", 0) == 0) {
    size_t space = rest.find(' ');
    size_t slash = rest.find(" / ");
    if (space != std::string::npos && space != slash)
      rest.erase(space, slash == std::string::npos ? slash : slash - space);
  }
  return rest;
}

// The text of the row of a table that holds a line, cells joined.
std::string row_text(const syntax::Node& table, int line) {
  std::string out;
  for (const syntax::TableRow& row : table.rows) {
    if (row.line != line) continue;
    for (const syntax::TableCell& cell : row.cells) {
      if (cell.text.empty()) continue;
      out += (out.empty() ? "" : " | ") + cell.text.text();
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& items, const char* separator = "、") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string names(const std::vector<ir::OrgRef>& refs) {
  std::vector<std::string> out;
  for (const ir::OrgRef& r : refs) out.push_back(r.resolved() ? r.name : r.words);
  return join(out);
}

class Compiler {
 public:
  Compiler(const corpus::Corpus& corpus, const ir::Date& as_of) : corpus_(corpus), as_of_(as_of) {}

  std::vector<Manual> run() {
    std::vector<const ir::Plan*> plans = plan_order(corpus_);
    std::map<const Manual*, int> official;  // position in the command lists
    int number = 0;
    // Official order first: the command lists, plan by plan.
    for (const ir::Plan* plan : plans) {
      for (const ir::Command& c : plan->commands) {
        for (const auto* list : {&c.commanders, &c.commissars, &c.deputies, &c.members}) {
          for (const ir::OrgRef& r : *list) {
            if (Manual* m = get(*plan, r); m != nullptr && !official.count(m)) official[m] = ++number;
          }
        }
        if (Manual* m = get(*plan, c.office_seat); m != nullptr && !official.count(m)) official[m] = ++number;
      }
    }
    for (const ir::Plan* plan : plans) compile_plan(*plan);
    // Each manual reads plan by plan, in the order of the text.
    std::map<const ir::Plan*, size_t> rank;
    for (size_t i = 0; i < plans.size(); ++i) rank[plans[i]] = i;
    auto before = [&](const Source& a, const Source& b) {
      return std::make_pair(rank[a.plan], a.range.begin) < std::make_pair(rank[b.plan], b.range.begin);
    };
    for (auto& m : manuals_) {
      std::stable_sort(m->plans.begin(), m->plans.end(), [&](auto* a, auto* b) { return rank[a] < rank[b]; });
      std::stable_sort(m->roles.begin(), m->roles.end(), [&](auto& a, auto& b) { return before(a.source, b.source); });
      std::stable_sort(m->duties.begin(), m->duties.end(),
                       [&](auto& a, auto& b) { return before(a.source, b.source); });
      std::stable_sort(m->mentions.begin(), m->mentions.end(),
                       [&](auto& a, auto& b) { return before(a.source, b.source); });
    }
    // The command lists' order; then units with work, then units only mentioned, each
    // by first mention.
    auto place = [&](const Manual& m) {
      auto it = official.find(&m);
      return std::make_pair(it == official.end() ? 1 << 30 : it->second, m.has_work() ? 0 : 1);
    };
    std::stable_sort(manuals_.begin(), manuals_.end(),
                     [&](const auto& a, const auto& b) { return place(*a) < place(*b); });
    // Keep what a plan names: organisations with work, or mentioned.
    std::vector<Manual> out;
    for (auto& m : manuals_) {
      if (m->plans.empty()) continue;
      out.push_back(std::move(*m));
      out.back().position = static_cast<int>(out.size());
    }
    return out;
  }

 private:
  // The manual of a resolved, non-generic organisation; created on first sight.
  Manual* get(const ir::Plan& plan, const ir::OrgRef& ref) {
    if (!ref.resolved() || plan.orgs == nullptr) return nullptr;
    const ir::Org& org = plan.orgs->orgs()[ref.org];
    if (org.generic()) return nullptr;
    auto key = std::make_pair(plan.orgs, ref.org);
    auto it = index_.find(key);
    if (it != index_.end()) return manuals_[it->second].get();
    auto m = std::make_unique<Manual>();
    m->registry = plan.orgs;
    m->org = ref.org;
    m->name = org.name;
    m->full_name = org.full_name;
    m->type = org.type;
    m->parent = org.parent;
    index_[key] = manuals_.size();
    manuals_.push_back(std::move(m));
    return manuals_.back().get();
  }

  Source source(const ir::Plan& plan, const ir::Origin& origin) const {
    return source(plan, origin.range, origin.section);
  }

  Source source(const ir::Plan& plan, const SourceRange& range, const std::string& section) const {
    Source s;
    s.plan = &plan;
    s.range = range;
    s.section = section_of(plan, section);
    s.paragraph_line = anchors_->anchor(range.begin.line);  // 0 in the front matter
    return s;
  }

  // Records that the manual draws on the plan and on the paragraph of `source`.
  void touch(Manual& m, const ir::Plan& plan, const ir::OrgRef& ref, const Source& s) {
    if (std::find(m.plans.begin(), m.plans.end(), &plan) == m.plans.end()) m.plans.push_back(&plan);
    if (!ref.words.empty() && std::find(m.names_used.begin(), m.names_used.end(), ref.words) == m.names_used.end())
      m.names_used.push_back(ref.words);
    covered_.insert({&m, s.paragraph_line});
  }

  void role(const ir::Plan& plan, const ir::OrgRef& ref, std::string kind, std::string body, std::string reports_to,
            const Source& s) {
    Manual* m = get(plan, ref);
    if (m == nullptr) return;
    touch(*m, plan, ref, s);
    for (const Role& r : m->roles) {
      if (r.source.plan == &plan && r.kind == kind && r.body == body && r.post == ref.title) return;
    }
    m->roles.push_back({std::move(kind), std::move(body), ref.title, std::move(reports_to), s});
  }

  void duty(const ir::Plan& plan, const ir::OrgRef& ref, Duty d) {
    Manual* m = get(plan, ref);
    if (m == nullptr) return;
    touch(*m, plan, ref, d.source);
    for (const Duty& e : m->duties) {
      if (e.source.plan == &plan && e.source.range == d.source.range && e.through == d.through) return;
    }
    m->duties.push_back(std::move(d));
  }

  // "收到台风预警信号后" with the colours the plan defines for the hazard.
  static std::string with_colours(const ir::Plan& plan, const std::string& trigger, const std::string& hazard) {
    size_t at = trigger.find("预警信号");
    if (at == std::string::npos || hazard.empty()) return trigger;
    std::vector<std::string> colours;
    for (const ir::Signal& s : plan.signals) {
      if (s.hazard == hazard && std::find(colours.begin(), colours.end(), s.colour) == colours.end())
        colours.push_back(s.colour);
    }
    if (colours.empty()) return trigger;
    at += std::string_view("预警信号").size();
    return trigger.substr(0, at) + "（" + join(colours) + "）" + trigger.substr(at);
  }

  void compile_plan(const ir::Plan& plan) {
    Anchors anchors(*plan.document);
    anchors_ = &anchors;
    std::string main_command = plan.commands.empty() ? std::string() : plan.commands.front().name;

    // Roles in the command structure.
    for (const ir::Command& c : plan.commands) {
      for (const ir::OrgRef& r : c.commanders)
        role(plan, r, "指挥长", c.name, "", source(plan, r.range, c.origin.section));
      for (const ir::OrgRef& r : c.commissars)
        role(plan, r, "政委", c.name, "", source(plan, r.range, c.origin.section));
      for (const ir::OrgRef& r : c.deputies)
        role(plan, r, "副指挥长", c.name, c.name + "指挥长", source(plan, r.range, c.origin.section));
      for (const ir::OrgRef& r : c.members)
        role(plan, r, "指挥部成员单位", c.name, c.name, source(plan, r.range, c.origin.section));
      if (!c.office_name.empty()) {
        role(plan, c.office_seat, "指挥部办公室所在单位", c.office_name, c.name,
             source(plan, c.office_seat.range, c.office_origin.section));
        for (const ir::OrgRef& r : c.office_heads)
          role(plan, r, "指挥部办公室负责人", c.office_name, c.name, source(plan, r.range, c.office_origin.section));
        for (const ir::OrgRef& r : c.office_deputies)
          role(plan, r, "指挥部办公室副主任", c.office_name, c.office_name + "主任",
               source(plan, r.range, c.office_origin.section));
      }
    }
    for (const ir::Group& g : plan.groups) {
      const std::string& above = main_command;  // empty when the plan sets up no command
      for (const ir::OrgRef& r : g.leads)
        role(plan, r, "工作组牵头单位", g.name, above, source(plan, r.range, g.origin.section));
      std::string lead = g.leads.empty() ? g.name : g.name + "（牵头单位：" + names(g.leads) + "）";
      for (const ir::OrgRef& r : g.members)
        role(plan, r, "工作组成员单位", g.name, lead, source(plan, r.range, g.origin.section));
    }
    if (plan.response) {
      for (const ir::ResponseLevel& level : plan.response->levels) {
        for (const ir::OrgRef& r : level.activated_by)
          role(plan, r, "启动应急响应", level.name + "应急响应", "",
               source(plan, level.activation_range.valid() ? level.activation_range : r.range, level.origin.section));
      }
    }
    if (plan.interpreter.resolved())
      role(plan, plan.interpreter, "预案解释单位", "", "",
           source(plan, plan.interpreter.range, section_of_line(plan.interpreter.range.begin.line)));
    if (std::optional<ir::OrgRef> drafter = drafting_unit(plan))
      role(plan, *drafter, "预案编制单位", "", "", source(plan, drafter->range, "前置信息"));

    // Duties the plan gives by name.
    for (const ir::Duty& d : plan.duties) {
      for (const ir::OrgRef& r : d.orgs) {
        Duty duty;
        duty.text = d.text;
        duty.hazard = d.hazard;
        duty.trigger = with_colours(plan, d.trigger, d.hazard);
        duty.trigger_stated = !d.trigger.empty();
        duty.source = source(plan, d.origin);
        this->duty(plan, r, std::move(duty));
      }
    }
    // Group duties, for the lead and every member.
    for (const ir::Group& g : plan.groups) {
      if (g.duties.empty()) continue;
      auto give = [&](const ir::OrgRef& r, const char* capacity) {
        Duty duty;
        duty.text = g.duties.text;
        duty.via = Via::Group;
        duty.through = g.name;
        duty.capacity = capacity;
        duty.trigger = "应急响应启动、" + g.name + "成立后";
        duty.source = source(plan, g.origin);
        this->duty(plan, r, std::move(duty));
      };
      for (const ir::OrgRef& r : g.leads) give(r, "牵头");
      for (const ir::OrgRef& r : g.members) give(r, "成员");
    }
    // The command office's duties, for the unit it sits in.
    for (const ir::Command& c : plan.commands) {
      for (const ir::Passage& item : c.office_duties) {
        Duty duty;
        duty.text = item.text;
        duty.via = Via::Office;
        duty.through = c.office_name;
        duty.capacity = "办公室所在单位";
        duty.source = source(plan, plan.document->file->line_range(item.range.begin.line), c.office_origin.section);
        this->duty(plan, c.office_seat, std::move(duty));
      }
    }
    // Response tasks, for their owner: a group, the command, its office, or an organisation.
    for (const ir::Task& t : plan.tasks) compile_task(plan, t);

    // Everything else that names an organisation.
    std::vector<ir::OrgRef> named =
        plan.orgs ? ir::scan_org_names(*plan.document, *plan.orgs) : std::vector<ir::OrgRef>();
    for (const ir::OrgRef& r : named) {
      Manual* m = get(plan, r);
      if (m == nullptr) continue;
      int line = anchors.anchor(r.range.begin.line);
      if (line == 0) continue;
      if (std::find(m->plans.begin(), m->plans.end(), &plan) == m->plans.end()) m->plans.push_back(&plan);
      if (!r.words.empty() && std::find(m->names_used.begin(), m->names_used.end(), r.words) == m->names_used.end())
        m->names_used.push_back(r.words);
      if (!covered_.insert({m, line}).second) continue;
      const syntax::Node* node = anchors.node(r.range.begin.line);
      Mention mention;
      mention.words = r.words;
      if (node->kind == syntax::NodeKind::Table)
        mention.text = row_text(*node, line);
      else if (node->kind == syntax::NodeKind::Section)
        mention.text = node->heading_label();
      else
        mention.text = node->text.text();
      mention.source = source(plan, r.range, node->section_path());
      m->mentions.push_back(std::move(mention));
    }
    compile_obligations(plan);
    anchors_ = nullptr;
  }

  void compile_task(const ir::Plan& plan, const ir::Task& t) {
    Duty base;
    base.text = t.text;
    base.trigger = t.level.empty() ? std::string() : t.level + "应急响应" + t.phase;
    base.trigger_stated = !base.trigger.empty();
    base.source = source(plan, t.origin);
    auto give = [&](const std::vector<ir::OrgRef>& refs, Via via, const std::string& through, const char* capacity) {
      for (const ir::OrgRef& r : refs) {
        Duty d = base;
        d.via = via, d.through = through, d.capacity = capacity;
        duty(plan, r, std::move(d));
      }
    };
    for (const ir::TaskOwner& owner : t.owners) {
      if (owner.group >= 0) {
        const ir::Group& g = plan.groups[owner.group];
        give(g.leads, Via::Group, g.name, "牵头");
        give(g.members, Via::Group, g.name, "成员");
        continue;
      }
      // An organisation: itself (a unit, a command, an office), and what it stands for.
      if (!owner.members) duty(plan, owner.org, base);
      for (const ir::Command& c : plan.commands) {
        if (plan.orgs->index_of(c.name) == owner.org.org) {
          if (!owner.members) {
            give(c.commanders, Via::Command, c.name, "指挥长");
            give(c.commissars, Via::Command, c.name, "政委");
            give(c.deputies, Via::Command, c.name, "副指挥长");
          }
          give(c.members, Via::Command, c.name, "成员单位");
        }
        if (!c.office_name.empty() && plan.orgs->index_of(c.office_name) == owner.org.org)
          give({c.office_seat}, Via::Office, c.office_name, "办公室所在单位");
      }
    }
  }

  std::string section_of_line(int line) const {
    const syntax::Node* node = anchors_->node(line);
    return node != nullptr ? node->section_path() : std::string();
  }

  // The drafting unit the front matter names (编制：…), resolved.
  static std::optional<ir::OrgRef> drafting_unit(const ir::Plan& plan) {
    if (plan.meta.drafting_unit.empty() || plan.orgs == nullptr) return std::nullopt;
    int index = plan.orgs->index_of(plan.meta.drafting_unit);
    if (index < 0) return std::nullopt;
    ir::OrgRef ref;
    ref.words = plan.meta.drafting_unit;
    ref.org = index;
    ref.name = plan.orgs->orgs()[index].name;
    if (const ir::MetaField* f = plan.meta.field("编制")) ref.range = f->value_range;
    return ref;
  }

  // Filing, drills, evaluation and revision, owned by the drafting unit (else the
  // interpreting unit, which the plan names as answerable for it).
  void compile_obligations(const ir::Plan& plan) {
    std::optional<ir::OrgRef> owner = drafting_unit(plan);
    std::string as = "编制单位";
    if (!owner && plan.interpreter.resolved()) {
      owner = plan.interpreter;
      as = "解释单位（预案未写明编制单位）";
    }
    if (!owner) return;
    Manual* m = get(plan, *owner);
    if (m == nullptr) return;
    if (std::find(m->plans.begin(), m->plans.end(), &plan) == m->plans.end()) m->plans.push_back(&plan);
    for (const analysis::Deadline& d : analysis::deadlines(corpus_, plan, as_of_)) {
      Obligation o;
      o.plan = &plan;
      o.as = as;
      o.what = ir::obligation_word(d.obligation);
      if (d.clause.clause != nullptr) {
        o.clause = d.clause.label;
        o.clause_text = d.clause.clause->text;
      }
      if (d.start) o.start = d.start->iso();
      o.due = d.due ? d.due->iso() + (d.provisional.empty() ? "" : "（暂定）") : std::string("无法计算");
      o.status = analysis::status_name(d.status);
      o.note = d.note;
      m->obligations.push_back(std::move(o));
    }
    for (const analysis::FiredTrigger& f : analysis::fired_triggers(corpus_, plan, as_of_)) {
      Obligation o;
      o.plan = &plan;
      o.as = as;
      o.what = ir::obligation_word(ir::Obligation::Revision);
      o.clause = "《" + f.trigger_plan->meta.title + "》修订情形" + f.trigger->marker;
      o.clause_text = f.trigger->text;
      o.start = f.date.iso();
      o.due = "及时";
      o.status = corpus_.ledger.empty() ? "已触发（没有台账，不知是否已修订）" : "已触发，台账中没有此后的修订记录";
      o.note = f.event;
      m->obligations.push_back(std::move(o));
    }
  }

  const corpus::Corpus& corpus_;
  ir::Date as_of_;
  std::vector<std::unique_ptr<Manual>> manuals_;
  std::map<std::pair<const ir::OrgRegistry*, int>, size_t> index_;
  std::set<std::pair<const Manual*, int>> covered_;
  const Anchors* anchors_ = nullptr;
};

}  // namespace

std::vector<const ir::Plan*> plan_order(const corpus::Corpus& corpus) {
  std::vector<const ir::Plan*> out;
  for (const ir::Plan* p : corpus.requested_plans()) out.push_back(p);
  std::stable_sort(out.begin(), out.end(), [](const ir::Plan* a, const ir::Plan* b) {
    return (a->meta.category == "总体") > (b->meta.category == "总体");
  });
  return out;
}

std::vector<Manual> compile(const corpus::Corpus& corpus, const ir::Date& as_of) {
  return Compiler(corpus, as_of).run();
}

std::vector<const Manual*> find(const std::vector<Manual>& manuals, std::string_view name) {
  std::vector<const Manual*> out;
  for (const Manual& m : manuals) {
    const ir::Org* org = m.registry->find(name);
    if (org != nullptr && org == &m.registry->orgs()[m.org]) out.push_back(&m);
  }
  return out;
}

std::vector<const Manual*> pinyin_order(std::vector<const Manual*> manuals) {
  std::vector<const Manual*> out = std::move(manuals);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status) || !collator) {
    std::stable_sort(out.begin(), out.end(), [](const Manual* a, const Manual* b) { return a->name < b->name; });
    return out;
  }
  std::stable_sort(out.begin(), out.end(), [&](const Manual* a, const Manual* b) {
    UErrorCode s = U_ZERO_ERROR;
    UCollationResult r =
        collator->compareUTF8(icu::StringPiece(a->name.data(), static_cast<int32_t>(a->name.size())),
                              icu::StringPiece(b->name.data(), static_cast<int32_t>(b->name.size())), s);
    return U_SUCCESS(s) && r == UCOL_LESS;
  });
  return out;
}

std::string file_stem(const Manual& manual) {
  char number[16];
  std::snprintf(number, sizeof number, "%03d", manual.position);
  std::string name;
  for (char c : manual.name) name += (std::string_view("/\\:*?\"<>| ").find(c) != std::string_view::npos) ? '_' : c;
  return std::string(number) + "-" + name;
}

std::string plan_stem(const ir::Plan& plan) {
  std::filesystem::path path(plan.path);
  std::string parent = path.parent_path().filename().string();
  std::string stem = path.stem().string();
  return parent.empty() ? stem : parent + "-" + stem;
}

std::string describe_place(const Source& source) {
  std::string out = source.section.empty() ? std::string() : source.section + "，";
  return out + "第 " + std::to_string(source.range.begin.line) + " 行";
}

std::string describe(const Source& source) { return "《" + source.plan->meta.title + "》" + describe_place(source); }

}  // namespace planc::manual
