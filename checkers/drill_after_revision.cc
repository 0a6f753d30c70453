// drill-after-revision: no drill since a major revision, where the drill clause asks for one.
#include <utility>

#include "checkers/rules.h"
#include "checkers/time_common.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

// The first clause of the plan or, failing that, of its superiors that satisfies `wanted`,
// with the plan it belongs to.
template <typename Wanted>
std::pair<const ir::Plan*, const ir::ManagementClause*> governing(const ir::Plan& plan, Wanted wanted) {
  std::vector<const ir::Plan*> candidates = {&plan};
  candidates.insert(candidates.end(), plan.superior_plans.begin(), plan.superior_plans.end());
  for (const ir::Plan* p : candidates) {
    for (const ir::ManagementClause& c : p->management) {
      if (wanted(c)) return {p, &c};
    }
  }
  return {nullptr, nullptr};
}

// The items a ledger row's 内容 lists (、，；-separated), as match keys.
std::vector<std::string> content_items(std::string_view content) {
  std::string folded = key(content);
  std::vector<std::string> items;
  size_t start = 0;
  for (size_t i = 0; i <= folded.size();) {
    bool end = i == folded.size();
    size_t width = end ? 0 : folded.compare(i, 3, "、") == 0 ? 3 : (folded[i] == ',' || folded[i] == ';') ? 1 : 0;
    if (!end && width == 0) {
      ++i;
      continue;
    }
    if (i > start) items.push_back(folded.substr(start, i - start));
    if (end) break;
    i += width;
    start = i;
  }
  return items;
}

// The listed part a revision touches: an item and a part match when either contains the
// other (分级标准 ~ 响应分级标准); "" when it touches none.
std::string major_part(const std::string& content, const std::vector<std::string>& parts) {
  for (const std::string& item : content_items(content)) {
    for (const std::string& part : parts) {
      std::string p = key(part);
      if (p.find(item) != std::string::npos || item.find(p) != std::string::npos) return part;
    }
  }
  return {};
}

class DrillAfterRevisionCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"drill-after-revision",
                               Severity::Warning,
                               "预案重大修订后没有按新预案演练",
                               {"上位预案的演练与修订条款（如济阳区总体应急预案 7.3（１）、7.4（３））", "预案演练",
                                "如预案发生重大调整，需及时按照新修订的预案实施演练。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!time_rule_can_run(context, *plan, true)) continue;
      auto [where, clause] = governing(*plan, [](const ir::ManagementClause& c) {
        return c.kind == ir::Obligation::Drill && c.after_major_revision;
      });
      if (clause == nullptr) continue;
      const auto* events = context.corpus().ledger.events(plan->meta.title);
      if (events == nullptr) continue;
      auto [parts_where, parts] = governing(*plan, [](const ir::ManagementClause& c) {
        return c.kind == ir::Obligation::Revision && !c.major_parts.empty();
      });
      if (parts == nullptr) {
        // Only a revision to judge needs the list.
        for (const time::LedgerEvent& e : *events) {
          if (e.kind != ir::Obligation::Revision || e.date > context.as_of()) continue;
          std::string whose = plan->meta.superiors.empty() ? "本预案" : "本预案及" + superiors_text(*plan);
          context.skip(plan->path, "台账记有 " + e.date.iso() + " 的修订，但" + whose +
                                       "的修订条款没有列出哪些内容的修订属于重大调整（“修订涉及…等重要内容的”），"
                                       "无法判断修订是否重大");
          break;
        }
        continue;
      }
      for (const time::LedgerEvent& revision : *events) {
        if (revision.kind != ir::Obligation::Revision || revision.date > context.as_of()) continue;
        std::string part = major_part(revision.content, parts->major_parts);
        if (part.empty()) continue;
        bool drilled = false;
        for (const time::LedgerEvent& e : *events)
          drilled = drilled || (e.kind == ir::Obligation::Drill && e.date >= revision.date);
        if (drilled) continue;
        Diagnostic& d = context.report(revision.range, "《" + plan->meta.title + "》" + revision.date.iso() +
                                                           " 的修订涉及“" + revision.content + "”，属《" +
                                                           parts_where->meta.title + "》列为重要内容的“" + part +
                                                           "”，是重大调整，此后台账中没有按新预案演练的记录（依据《" +
                                                           where->meta.title + "》：“" + clause->text + "”）");
        d.related.push_back({clause->origin.range, "适用的条款"});
        d.related.push_back({parts->origin.range, "列出重要内容的条款"});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_drill_after_revision_check() { return std::make_unique<DrillAfterRevisionCheck>(); }

}  // namespace planc::checkers
