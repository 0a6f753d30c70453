// Helpers the organisation checks share: which mentions name one organisation, name keys, quoting.
#include "checkers/orgs.h"

#include <algorithm>

#include "checkers/util.h"
#include "compiler/base/utf8.h"

namespace planc::checkers {

const ir::Org* org_of(const ir::Plan& plan, const ir::OrgRef& ref) {
  if (!ref.resolved() || plan.orgs == nullptr) return nullptr;
  const std::vector<ir::Org>& orgs = plan.orgs->orgs();
  return static_cast<size_t>(ref.org) < orgs.size() ? &orgs[ref.org] : nullptr;
}

bool names_org(const ir::Plan& plan, const ir::OrgRef& ref) {
  const ir::Org* org = org_of(plan, ref);
  return org != nullptr && !org->generic();
}

bool names_role(const ir::Plan& plan, const ir::OrgRef& ref) {
  const ir::Org* org = org_of(plan, ref);
  return org != nullptr && org->type == "角色";
}

std::string name_key(std::string_view words) {
  std::string k = key(words);
  for (std::string_view level : {"区", "市", "县", "镇"}) {
    if (k.size() > level.size() && k.compare(0, level.size(), level) == 0) return k.substr(level.size());
  }
  return k;
}

bool before(const SourceRange& a, const SourceRange& b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.begin != b.begin) return a.begin < b.begin;
  return a.end < b.end;
}

namespace {

void add(std::vector<const ir::OrgRef*>& refs, const std::vector<ir::OrgRef>& more) {
  for (const ir::OrgRef& ref : more) refs.push_back(&ref);
}

}  // namespace

std::vector<const ir::OrgRef*> all_mentions(const ir::Plan& plan) {
  std::vector<const ir::OrgRef*> refs;
  add(refs, plan.mentions);
  for (const ir::Command& command : plan.commands) {
    add(refs, command.commanders);
    add(refs, command.commissars);
    add(refs, command.deputies);
    add(refs, command.members);
    add(refs, command.office_heads);
    add(refs, command.office_deputies);
    refs.push_back(&command.office_seat);
  }
  for (const ir::Group& group : plan.groups) {
    add(refs, group.leads);
    add(refs, group.members);
  }
  for (const ir::Duty& duty : plan.duties) add(refs, duty.orgs);
  std::erase_if(refs, [](const ir::OrgRef* ref) { return !ref->range.valid() || ref->words.empty(); });
  std::stable_sort(refs.begin(), refs.end(),
                   [](const ir::OrgRef* a, const ir::OrgRef* b) { return before(a->range, b->range); });
  refs.erase(std::unique(refs.begin(), refs.end(),
                         [](const ir::OrgRef* a, const ir::OrgRef* b) { return a->range == b->range; }),
             refs.end());
  return refs;
}

SourceRange span_of(const std::vector<ir::OrgRef>& refs) {
  SourceRange range;
  for (const ir::OrgRef& ref : refs) {
    if (!ref.range.valid()) continue;
    if (!range.valid()) {
      range = ref.range;
    } else if (ref.range.file == range.file) {
      if (ref.range.begin < range.begin) range.begin = ref.range.begin;
      if (range.end < ref.range.end) range.end = ref.range.end;
    }
  }
  return range;
}

std::string opening(std::string_view text, int count) {
  size_t i = 0;
  for (int n = 0; n < count && i < text.size(); ++n) utf8::next(text, i);
  std::string result(text.substr(0, i));
  if (i < text.size()) result += "……";
  return result;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string result;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0 && i + 1 == items.size()) result += "和";
    result += "“" + items[i] + "”";
  }
  return result;
}

}  // namespace planc::checkers
