// The plan IR as JSON: `planc ir FILE --format json`.
#include "compiler/emit/ir_json.h"

#include "compiler/emit/json.h"

namespace planc::emit {
namespace {

using namespace planc::ir;

void at(JsonWriter& w, const SourceRange& range) {
  w.key("at").numbers({range.begin.line, range.begin.column, range.end.line, range.end.column});
}

void origin(JsonWriter& w, const Origin& o) {
  at(w, o.range);
  w.field("section", o.section);
}

void strings(JsonWriter& w, std::string_view name, const std::vector<std::string>& items) {
  w.key(name).begin_array();
  for (const auto& item : items) w.value(item);
  w.end_array();
}

void passage(JsonWriter& w, const Passage& p) {
  w.begin_object();
  w.field("text", p.text);
  at(w, p.range);
  w.end_object();
}

void passages(JsonWriter& w, std::string_view name, const std::vector<Passage>& list) {
  w.key(name).begin_array();
  for (const Passage& p : list) passage(w, p);
  w.end_array();
}

void org(JsonWriter& w, const OrgRef& ref) {
  w.begin_object();
  w.field("words", ref.words);
  if (ref.resolved())
    w.field("org", ref.name);
  else
    w.key("org").null();
  if (!ref.title.empty()) w.field("post", ref.title);
  at(w, ref.range);
  w.end_object();
}

void orgs(JsonWriter& w, std::string_view name, const std::vector<OrgRef>& refs) {
  w.key(name).begin_array();
  for (const auto& ref : refs) org(w, ref);
  w.end_array();
}

void bound(JsonWriter& w, std::string_view name, const std::optional<Bound>& b) {
  if (!b) return;
  w.key(name).begin_object();
  w.field("value", b->value);
  w.field("inclusion", inclusion_key(b->inclusion));
  w.field("words", b->word);
  w.end_object();
}

void criteria(JsonWriter& w, const Criteria& c) {
  w.key("any").begin_array();
  for (const Clause& clause : c.any) {
    w.begin_object();
    w.key("all").begin_array();
    for (const Criterion& criterion : clause.all) {
      w.begin_object();
      if (criterion.qualitative()) {
        w.field("qualitative", criterion.text);
      } else {
        w.field("indicator", criterion.indicator_name);
        w.field("unit", dimension_unit(criterion.interval.dimension));
        bound(w, "min", criterion.interval.lower);
        bound(w, "max", criterion.interval.upper);
        if (criterion.window) {
          w.key("window").begin_object();
          w.field("value", criterion.window->value);
          w.field("unit", dimension_unit(criterion.window->dimension));
          w.end_object();
        }
        w.field("words", criterion.text);
      }
      at(w, criterion.range);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void meta(JsonWriter& w, const Meta& m) {
  w.key("meta").begin_object();
  w.field("title", m.title);
  w.field("category", m.category);
  w.field("level", m.level);
  w.field("doc_number", m.doc_number);
  w.field("issuer", m.issuer);
  if (m.issued) w.field("issued", m.issued->iso());
  w.field("drafting_unit", m.drafting_unit);
  w.field("interpreting_unit", m.interpreting_unit);
  strings(w, "superiors", m.superiors);
  strings(w, "hazards", m.hazards);
  w.field("trial", m.trial);
  w.end_object();
}

void notice(JsonWriter& w, const std::optional<Notice>& n) {
  if (!n) return;
  w.key("notice").begin_object();
  w.field("issuer", n->issuer);
  w.field("title", n->title);
  w.field("doc_number", n->doc_number);
  w.field("recipients", n->recipients);
  if (n->date) w.field("date", n->date->iso());
  w.field("published", n->published);
  origin(w, n->origin);
  w.end_object();
}

void commands(JsonWriter& w, const std::vector<Command>& list) {
  w.key("commands").begin_array();
  for (const Command& c : list) {
    w.begin_object();
    w.field("name", c.name);
    origin(w, c.origin);
    orgs(w, "commanders", c.commanders);
    orgs(w, "deputies", c.deputies);
    orgs(w, "members", c.members);
    passages(w, "duties", c.duties);
    if (!c.office_name.empty() || c.office_seat.range.valid()) {
      w.key("office").begin_object();
      w.field("name", c.office_name);
      w.key("seat");
      org(w, c.office_seat);
      orgs(w, "heads", c.office_heads);
      passages(w, "duties", c.office_duties);
      origin(w, c.office_origin);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
}

void groups(JsonWriter& w, const std::vector<Group>& list) {
  w.key("groups").begin_array();
  for (const Group& g : list) {
    w.begin_object();
    w.field("name", g.name);
    origin(w, g.origin);
    orgs(w, "leads", g.leads);
    orgs(w, "members", g.members);
    w.key("duties");
    passage(w, g.duties);
    w.end_object();
  }
  w.end_array();
}

void duties(JsonWriter& w, const std::vector<Duty>& list) {
  w.key("duties").begin_array();
  for (const Duty& d : list) {
    w.begin_object();
    orgs(w, "orgs", d.orgs);
    if (!d.hazard.empty()) w.field("hazard", d.hazard);
    if (!d.trigger.empty()) w.field("trigger", d.trigger);
    w.field("text", d.text);
    origin(w, d.origin);
    w.end_object();
  }
  w.end_array();
}

void grading(JsonWriter& w, const Plan& plan) {
  w.key("schemes").begin_array();
  for (const GradeScheme& s : plan.schemes) {
    w.begin_object();
    w.field("name", s.name);
    w.key("grades").begin_array();
    for (const Grade& g : s.grades) w.value(g.name);
    w.end_array();
    w.field("order_stated", s.order_stated);
    origin(w, s.origin);
    w.end_object();
  }
  w.end_array();
  w.key("definitions").begin_array();
  for (const GradeDefinition& d : plan.definitions) {
    w.begin_object();
    w.field("scheme", d.scheme);
    w.field("grade", d.grade);
    w.field("role", d.role == CriteriaRole::Grading ? "grading" : "initial");
    w.field("source", d.from_table ? "table" : "body");
    if (!d.response_level.empty()) w.field("response_level", d.response_level);
    criteria(w, d.criteria);
    origin(w, d.origin);
    w.end_object();
  }
  w.end_array();
  if (plan.convention) {
    w.key("convention").begin_object();
    if (plan.convention->above_inclusive) w.field("above_inclusive", *plan.convention->above_inclusive);
    if (plan.convention->below_inclusive) w.field("below_inclusive", *plan.convention->below_inclusive);
    origin(w, plan.convention->origin);
    w.end_object();
  }
}

void response(JsonWriter& w, const std::optional<ResponseScheme>& r) {
  if (!r) return;
  w.key("response").begin_object();
  w.field("high_to_low_stated", r->high_to_low_stated);
  w.key("levels").begin_array();
  for (const ResponseLevel& level : r->levels) {
    w.begin_object();
    w.field("name", level.name);
    w.field("ordinal", level.ordinal);
    strings(w, "grades", level.grades);
    orgs(w, "activated_by", level.activated_by);
    origin(w, level.origin);
    w.end_object();
  }
  w.end_array();
  origin(w, r->origin);
  w.end_object();
}

void warning(JsonWriter& w, const Plan& plan) {
  if (plan.warning) {
    w.key("warning").begin_object();
    if (plan.warning->max_levels) w.field("max_levels", *plan.warning->max_levels);
    w.field("order_words", plan.warning->order_words);
    w.key("levels").begin_array();
    for (const WarningLevel& level : plan.warning->levels) {
      w.begin_object();
      w.field("ordinal", level.ordinal);
      w.field("colour", level.colour);
      w.end_object();
    }
    w.end_array();
    origin(w, plan.warning->origin);
    w.end_object();
  }
  w.key("signals").begin_array();
  for (const Signal& s : plan.signals) {
    w.begin_object();
    w.field("hazard", s.hazard);
    w.field("colour", s.colour);
    w.field("ordinal", s.ordinal);
    criteria(w, s.criteria);
    origin(w, s.origin);
    w.end_object();
  }
  w.end_array();
  w.key("terms").begin_array();
  for (const Term& t : plan.terms) {
    w.begin_object();
    w.field("name", t.name);
    w.field("definition", t.definition);
    criteria(w, t.criteria);
    origin(w, t.origin);
    w.end_object();
  }
  w.end_array();
}

void management(JsonWriter& w, const Plan& plan) {
  w.key("management").begin_array();
  for (const ManagementClause& m : plan.management) {
    w.begin_object();
    w.field("kind", obligation_word(m.kind));
    strings(w, "applies_to", m.applies_to);
    if (m.duration) {
      w.key("duration").begin_object();
      w.field("value", m.duration->value);
      w.field("unit", dimension_unit(m.duration->unit));
      w.field("words", m.duration->text);
      w.end_object();
    }
    if (m.minimum) w.field("at_least", true);
    if (m.self) w.field("self", true);
    if (!m.recipient.empty()) w.field("recipient", m.recipient);
    if (!m.major_parts.empty()) strings(w, "major_parts", m.major_parts);
    w.field("text", m.text);
    origin(w, m.origin);
    w.end_object();
  }
  w.end_array();
  w.key("revision_triggers").begin_array();
  for (const Trigger& t : plan.triggers) {
    w.begin_object();
    w.field("marker", t.marker);
    w.field("category", trigger_kind_key(t.category));
    w.field("text", t.text);
    origin(w, t.origin);
    w.end_object();
  }
  w.end_array();
}

void tasks(JsonWriter& w, const std::vector<Task>& list) {
  w.key("tasks").begin_array();
  for (const Task& t : list) {
    w.begin_object();
    w.field("level", t.level);
    if (!t.phase.empty()) w.field("phase", t.phase);
    w.key("owners").begin_array();
    for (const TaskOwner& o : t.owners) {
      w.begin_object().field("name", o.name).field("kind", o.group >= 0 ? "group" : "org");
      if (o.members) w.field("members", true);
      w.end_object();
    }
    w.end_array();
    w.field("text", t.text);
    origin(w, t.origin);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_plan_json(const Plan& plan, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.field("file", plan.path);
  meta(w, plan.meta);
  notice(w, plan.notice);
  w.field("title", plan.heading_title);
  if (plan.footer_date) w.field("footer_date", plan.footer_date->iso());
  if (!plan.interpreting_words.empty()) {
    w.key("interpreter");
    org(w, plan.interpreter);
  }
  w.key("superiors").begin_array();
  for (const Plan* p : plan.superior_plans) w.begin_object().field("plan", p->meta.title).end_object();
  for (const ExternalDocument* d : plan.superior_documents) {
    w.begin_object().field("document", d->title).field("verified", d->verified).end_object();
  }
  w.end_array();
  w.key("citations").begin_array();
  for (const Citation& c : plan.citations) {
    w.begin_object();
    w.field("title", c.title);
    w.field("basis", c.basis);
    if (c.self)
      w.field("resolves_to", "self");
    else if (c.plan != nullptr)
      w.key("resolves_to").begin_object().field("plan", c.plan->meta.title).end_object();
    else if (c.document != nullptr) {
      w.key("resolves_to").begin_object().field("document", c.document->title).field("verified", c.document->verified);
      w.end_object();
    } else if (!c.near_title.empty()) {
      w.key("resolves_to").begin_object().field("near", c.near_title).field("difference", c.near_reason).end_object();
    } else {
      w.key("resolves_to").null();
    }
    origin(w, c.origin);
    w.end_object();
  }
  w.end_array();
  w.key("scope_hazards").begin_array();
  for (const HazardRef& h : plan.scope_hazards) {
    w.begin_object();
    w.field("name", h.name);
    at(w, h.range);
    w.end_object();
  }
  w.end_array();
  commands(w, plan.commands);
  groups(w, plan.groups);
  duties(w, plan.duties);
  grading(w, plan);
  response(w, plan.response);
  warning(w, plan);
  management(w, plan);
  tasks(w, plan.tasks);
  w.key("references").begin_array();
  for (const CrossRef& r : plan.references) {
    w.begin_object();
    w.field("kind", cross_ref_kind_key(r.kind));
    if (r.kind == CrossRefKind::Attachment) w.field("number", r.number);
    w.field("target", r.target);
    origin(w, r.origin);
    w.end_object();
  }
  w.end_array();
  // How far the plan was read: each semantic block, and what was not read.
  w.key("reading").begin_object();
  w.field("indicators", plan.builtin_indicators ? "builtin" : "registry");
  w.key("blocks").begin_array();
  for (const BlockRead& b : plan.blocks) {
    w.begin_object().field("kind", b.kind).field("full", b.full()).field("gaps", b.gaps);
    origin(w, b.origin);
    w.end_object();
  }
  w.end_array();
  w.key("gaps").begin_array();
  for (const ReadGap& g : plan.gaps) {
    w.begin_object().field("block", g.block).field("message", g.message);
    strings(w, "rules", g.rules);
    at(w, g.range);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
}

}  // namespace planc::emit
