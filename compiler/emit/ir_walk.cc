// The one traversal of the plan IR (see ir_walk.h), in the order of schema/planc-ir.xsd.
#include "compiler/emit/ir_walk.h"

#include <algorithm>

namespace planc::emit {
namespace {

using namespace planc::ir;

// The categories the schema enumerates (read_front_matter reports any other as a
// syntax error; the declared words stay in <fields>).
bool known_category(const std::string& category) {
  static const std::vector<std::string> known = {"总体", "专项", "部门", "基层", "单位", "联合"};
  return std::find(known.begin(), known.end(), category) != known.end();
}

void origin(IrOut& w, const Origin& o) {
  w.position(o.range);
  w.optional("section", o.section);
}

void strings(IrOut& w, std::string_view name, const std::vector<std::string>& list) {
  w.begin_list(name);
  for (const std::string& item : list) w.item(item);
  w.end_list();
}

void passages(IrOut& w, std::string_view name, const std::vector<Passage>& list) {
  w.begin_list(name);
  for (const Passage& p : list) w.begin("item").position(p.range).text(p.text).end();
  w.end_list();
}

void org(IrOut& w, std::string_view name, const OrgRef& ref) {
  w.begin(name).attribute("words", ref.words);
  if (ref.resolved()) w.attribute("org", ref.name);
  w.optional("post", ref.title);
  w.position(ref.range);
  w.end();
}

// A list of organisation mentions; range is the list's own range, when it has one.
void orgs(IrOut& w, std::string_view name, const std::vector<OrgRef>& refs, const SourceRange& range = {}) {
  w.begin_list(name);
  w.position(range);
  for (const OrgRef& ref : refs) org(w, "org", ref);
  w.end_list();
}

void bound(IrOut& w, std::string_view name, const std::optional<Bound>& b) {
  if (!b) return;
  w.begin(name).attribute("value", b->value).attribute("inclusion", inclusion_key(b->inclusion));
  w.attribute("words", b->word).end();
}

void unit(IrOut& w, Dimension dimension) {
  if (dimension == Dimension::None) return;
  w.attribute("dimension", dimension_key(dimension)).attribute("unit", dimension_unit(dimension));
}

// Criteria: <any> holds alternatives, each <all> a conjunction of criteria.
void criteria(IrOut& w, const Criteria& c) {
  w.begin_list("any");
  for (const Clause& clause : c.any) {
    w.begin_list("all", {.wrapped = true, .mixed = true});
    for (const Criterion& criterion : clause.all) {
      if (criterion.qualitative()) {
        w.begin("qualitative").position(criterion.range).text(criterion.text).end();
        continue;
      }
      w.begin("criterion").attribute("indicator", criterion.indicator_name);
      w.optional("indicator_words", criterion.indicator_words);
      unit(w, criterion.interval.dimension);
      w.attribute("words", criterion.text);
      w.position(criterion.range);
      bound(w, "min", criterion.interval.lower);
      bound(w, "max", criterion.interval.upper);
      if (criterion.window) {
        w.begin("window").attribute("value", criterion.window->value);
        unit(w, criterion.window->dimension);
        w.end();
      }
      w.end();
    }
    w.end_list();
  }
  w.end_list();
}

void meta(IrOut& w, const Meta& m) {
  w.begin("meta").optional("title", m.title);
  if (known_category(m.category)) w.attribute("category", m.category);
  w.optional("level", m.level).optional("doc_number", m.doc_number).optional("issuer", m.issuer);
  if (m.issued) w.attribute("issued", m.issued->iso());
  w.optional("drafting_unit", m.drafting_unit).optional("interpreting_unit", m.interpreting_unit);
  w.attribute("trial", m.trial).optional("supersedes", m.supersedes);
  strings(w, "superiors", m.superiors);
  strings(w, "hazards", m.hazards);
  w.begin_list("fields");
  for (const MetaField& field : m.fields)
    w.begin("field").attribute("key", field.key).position(field.range).text(field.value).end();
  w.end_list();
  w.end();
}

void notice(IrOut& w, const std::optional<Notice>& n) {
  if (!n) return;
  w.begin("notice").optional("issuer", n->issuer).optional("title", n->title).optional("doc_number", n->doc_number);
  w.optional("recipients", n->recipients);
  if (n->date) w.attribute("date", n->date->iso());
  w.attribute("published", n->published);
  origin(w, n->origin);
  w.end();
}

void superiors(IrOut& w, const Plan& plan) {
  w.begin_list("superiors", {.wrapped = true, .mixed = true});
  for (const Plan* p : plan.superior_plans) w.begin("plan").attribute("title", p->meta.title).end();
  for (const ExternalDocument* d : plan.superior_documents) {
    w.begin("document").attribute("title", d->title).attribute("verified", d->verified).end();
  }
  w.end_list();
}

void citations(IrOut& w, const std::vector<Citation>& list) {
  w.begin_list("citations");
  for (const Citation& c : list) {
    w.begin("citation").attribute("title", c.title).attribute("basis", c.basis).attribute("resolved", c.resolved());
    origin(w, c.origin);
    if (c.resolved() || !c.near_title.empty()) {
      w.begin("resolves_to");
      if (c.self)
        w.begin("self").end();
      else if (c.plan != nullptr)
        w.begin("plan").attribute("title", c.plan->meta.title).end();
      else if (c.document != nullptr)
        w.begin("document").attribute("title", c.document->title).attribute("verified", c.document->verified).end();
      else
        w.begin("near").attribute("title", c.near_title).attribute("difference", c.near_reason).end();
      w.end();
    }
    w.end();
  }
  w.end_list();
}

void scope(IrOut& w, const Plan& plan) {
  w.begin_list("scope_hazards");
  origin(w, plan.scope_origin);
  for (const HazardRef& hazard : plan.scope_hazards) w.begin("item").position(hazard.range).text(hazard.name).end();
  w.end_list();
}

void commands(IrOut& w, const std::vector<Command>& list) {
  w.begin_list("commands");
  for (const Command& c : list) {
    w.begin("command").attribute("name", c.name);
    origin(w, c.origin);
    w.begin_list("commanders").optional("words", c.commander_words);
    for (const OrgRef& ref : c.commanders) org(w, "org", ref);
    w.end_list();
    if (!c.commissars.empty()) orgs(w, "commissars", c.commissars);
    orgs(w, "deputies", c.deputies);
    orgs(w, "members", c.members);
    passages(w, "duties", c.duties);
    if (!c.office_name.empty() || c.office_seat.range.valid() || !c.office_heads.empty()) {
      w.begin("office").attribute("name", c.office_name);
      origin(w, c.office_origin);
      if (!c.office_seat.words.empty() || c.office_seat.range.valid()) org(w, "seat", c.office_seat);
      orgs(w, "heads", c.office_heads);
      orgs(w, "deputies", c.office_deputies);
      passages(w, "duties", c.office_duties);
      w.end();
    }
    w.end();
  }
  w.end_list();
}

void groups(IrOut& w, const std::vector<Group>& list) {
  w.begin_list("groups");
  for (const Group& g : list) {
    w.begin("group").attribute("name", g.name);
    origin(w, g.origin);
    orgs(w, "leads", g.leads);
    orgs(w, "members", g.members);
    w.begin("duties").position(g.duties.range).text(g.duties.text).end();
    w.end();
  }
  w.end_list();
}

void duties(IrOut& w, const std::vector<Duty>& list) {
  w.begin_list("duties");
  for (const Duty& d : list) {
    w.begin("duty").optional("hazard", d.hazard).optional("trigger", d.trigger);
    origin(w, d.origin);
    orgs(w, "orgs", d.orgs);
    w.element("text", d.text);
    w.end();
  }
  w.end_list();
}

void grading(IrOut& w, const Plan& plan) {
  w.begin_list("schemes");
  for (const GradeScheme& s : plan.schemes) {
    w.begin("scheme").attribute("name", s.name).attribute("order_stated", s.order_stated);
    origin(w, s.origin);
    w.begin_list("grades");
    for (const Grade& g : s.grades) w.begin("grade").attribute("name", g.name).attribute("rank", g.rank).end();
    w.end_list().end();
  }
  w.end_list();
  w.begin_list("definitions");
  for (const GradeDefinition& d : plan.definitions) {
    w.begin("definition").attribute("scheme", d.scheme).attribute("grade", d.grade);
    w.attribute("role", d.role == CriteriaRole::Grading ? "grading" : "initial");
    w.attribute("source", d.from_table ? "table" : "body").optional("response_level", d.response_level);
    origin(w, d.origin);
    criteria(w, d.criteria);
    w.end();
  }
  w.end_list();
  if (plan.convention) {
    w.begin("convention");
    if (plan.convention->above_inclusive) w.attribute("above_inclusive", *plan.convention->above_inclusive);
    if (plan.convention->below_inclusive) w.attribute("below_inclusive", *plan.convention->below_inclusive);
    origin(w, plan.convention->origin);
    w.end();
  }
}

void response(IrOut& w, const std::optional<ResponseScheme>& r) {
  if (!r) return;
  w.begin("response").attribute("high_to_low_stated", r->high_to_low_stated);
  if (r->ended_by_starter) w.attribute("ended_by_starter", true);
  origin(w, r->origin);
  w.begin_list("levels");
  for (const ResponseLevel& level : r->levels) {
    w.begin("level").attribute("name", level.name);
    if (level.ordinal > 0) w.attribute("ordinal", level.ordinal);
    origin(w, level.origin);
    strings(w, "grades", level.grades);
    orgs(w, "activated_by", level.activated_by, level.activation_range);
    orgs(w, "ended_by", level.ended_by, level.ending_range);
    w.end();
  }
  w.end_list();
  orgs(w, "ended_by", r->ended_by, r->ending_origin.range);
  if (!r->adjustment.empty()) w.begin("adjustment").position(r->adjustment_origin.range).text(r->adjustment).end();
  w.end();
}

void warning(IrOut& w, const Plan& plan) {
  if (plan.warning) {
    w.begin("warning");
    if (plan.warning->max_levels) w.attribute("max_levels", *plan.warning->max_levels);
    w.optional("order_words", plan.warning->order_words);
    origin(w, plan.warning->origin);
    w.begin_list("levels");
    for (const WarningLevel& level : plan.warning->levels) {
      w.begin("level");
      if (level.ordinal > 0) w.attribute("ordinal", level.ordinal);
      w.attribute("colour", level.colour).optional("name", level.name).end();
    }
    w.end_list().end();
  }
  w.begin_list("signals");
  for (const Signal& s : plan.signals) {
    w.begin("signal").attribute("hazard", s.hazard).attribute("colour", s.colour);
    if (s.ordinal > 0) w.attribute("ordinal", s.ordinal);
    origin(w, s.origin);
    w.element("text", s.text);
    criteria(w, s.criteria);
    w.end();
  }
  w.end_list();
  w.begin_list("terms");
  for (const Term& t : plan.terms) {
    w.begin("term").attribute("name", t.name);
    origin(w, t.origin);
    w.element("definition", t.definition);
    criteria(w, t.criteria);
    w.end();
  }
  w.end_list();
}

void management(IrOut& w, const Plan& plan) {
  w.begin_list("management");
  for (const ManagementClause& m : plan.management) {
    w.begin("clause")
        .attribute("kind", obligation_word(m.kind))
        .optional("marker", m.marker)
        .attribute("at_least", m.minimum);
    w.attribute("after_major_revision", m.after_major_revision).optional("recipient", m.recipient);
    if (m.self) w.attribute("self", true);
    origin(w, m.origin);
    strings(w, "applies_to", m.applies_to);
    if (!m.major_parts.empty()) strings(w, "major_parts", m.major_parts);
    if (m.duration) {
      w.begin("duration").attribute("value", m.duration->value);
      unit(w, m.duration->unit);
      w.attribute("words", m.duration->text);
      w.position(m.duration->range);
      w.end();
    }
    w.element("text", m.text);
    w.end();
  }
  w.end_list();
  w.begin_list("revision_triggers");
  for (const Trigger& t : plan.triggers) {
    w.begin("trigger").attribute("marker", t.marker).attribute("category", trigger_kind_key(t.category));
    origin(w, t.origin);
    w.element("text", t.text);
    w.end();
  }
  w.end_list();
}

void report_limits(IrOut& w, const Plan& plan) {
  w.begin_list("report_limits");
  for (const ReportLimit& r : plan.report_limits) {
    w.begin("limit").attribute("kind", r.kind);
    if (r.minutes) w.attribute("minutes", *r.minutes);
    w.optional("to", r.to);
    origin(w, r.origin);
    w.element("words", r.words);
    w.end();
  }
  w.end_list();
}

void tasks(IrOut& w, const std::vector<Task>& list) {
  w.begin_list("tasks");
  for (const Task& t : list) {
    w.begin("task").attribute("level", t.level).optional("phase", t.phase);
    w.optional("unknown_owner", t.unknown_owner.text);
    origin(w, t.origin);
    w.begin_list("owners", {.wrapped = false, .mixed = true});
    for (const TaskOwner& o : t.owners) {
      if (o.group >= 0) {
        w.begin("group_owner").attribute("name", o.name).end();
      } else {
        w.begin("org_owner").attribute("words", o.org.words).attribute("org", o.org.name).optional("post", o.org.title);
        w.position(o.org.range);
        if (o.members) w.attribute("members", true);
        w.end();
      }
    }
    w.end_list();
    w.element("text", t.text);
    w.end();
  }
  w.end_list();
}

void references(IrOut& w, const std::vector<CrossRef>& list) {
  w.begin_list("references");
  for (const CrossRef& r : list) {
    w.begin("reference").attribute("kind", cross_ref_kind_key(r.kind));
    if (r.kind == CrossRefKind::Attachment) w.attribute("number", r.number);
    w.attribute("target", r.target);
    origin(w, r.origin);
    w.end();
  }
  w.end_list();
}

// How far the plan was read: each semantic block, and what was not read.
void reading(IrOut& w, const Plan& plan) {
  w.begin("reading").attribute("indicators", plan.builtin_indicators ? "builtin" : "registry");
  w.begin_list("blocks", {.wrapped = false});
  for (const BlockRead& b : plan.blocks) {
    w.begin("block").attribute("kind", b.kind).attribute("full", b.full()).attribute("gaps", b.gaps);
    origin(w, b.origin);
    w.end();
  }
  w.end_list();
  w.begin_list("gaps", {.wrapped = false});
  for (const ReadGap& g : plan.gaps) {
    w.begin("gap").optional("block", g.block);
    w.position(g.range);
    w.element("message", g.message);
    strings(w, "rules", g.rules);
    w.end();
  }
  w.end_list();
  w.end();
}

}  // namespace

void walk_plan(const Plan& plan, IrOut& w) {
  w.attribute("file", plan.path).optional("title", plan.heading_title);
  if (plan.footer_date) w.attribute("footer_date", plan.footer_date->iso());
  meta(w, plan.meta);
  notice(w, plan.notice);
  if (!plan.interpreting_words.empty()) org(w, "interpreter", plan.interpreter);
  superiors(w, plan);
  citations(w, plan.citations);
  scope(w, plan);
  commands(w, plan.commands);
  groups(w, plan.groups);
  duties(w, plan.duties);
  grading(w, plan);
  response(w, plan.response);
  warning(w, plan);
  management(w, plan);
  report_limits(w, plan);
  tasks(w, plan.tasks);
  references(w, plan.references);
  orgs(w, "mentions", plan.mentions);
  reading(w, plan);
}

}  // namespace planc::emit
