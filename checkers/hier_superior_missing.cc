// hier-superior-missing: a plan whose basis (编制依据) cites none of its superior plans.
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class HierSuperiorMissingCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-superior-missing",
        Severity::Error,
        "预案没有在编制依据中引用其上位预案",
        {"中华人民共和国突发事件应对法（2007）", "第十七条",
         "地方各级人民政府和县级以上地方各级人民政府有关部门根据有关法律、法规、规章、上级人民政府及其有关部门的应急"
         "预案以及本地区的实际情况，制定相应的突发事件应急预案。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) check(context, *plan);
  }

 private:
  // Whether a citation refers (exactly or nearly) to one of the plan's superiors, or to
  // any plan when no superior is declared.
  static bool cites_superior(const ir::Plan& plan, const ir::Citation& c) {
    const ir::Plan* cited_plan = c.plan ? c.plan : c.near_plan;
    const ir::ExternalDocument* cited_document = c.document ? c.document : c.near_document;
    if (plan.meta.superiors.empty()) return cited_plan != nullptr || (cited_document && cited_document->is_plan());
    for (const ir::Plan* p : plan.superior_plans) {
      if (p == cited_plan) return true;
    }
    for (const ir::ExternalDocument* d : plan.superior_documents) {
      if (d == cited_document) return true;
    }
    // A superior not registered anywhere is still cited by its title.
    for (const std::string& s : plan.meta.superiors) {
      if (key(s) == key(c.title)) return true;
    }
    return false;
  }

  static void check(CheckContext& context, const ir::Plan& plan) {
    bool has_basis = false;
    for (const ir::Citation& c : plan.citations) has_basis = has_basis || c.basis;
    for (const ir::Citation& c : plan.citations) {
      if ((c.basis || !has_basis) && !c.self && cites_superior(plan, c)) return;
    }
    SourceRange where = plan.heading_title_range;
    std::string section;
    for (const ir::Citation& c : plan.citations) {
      if (c.basis) {
        where = c.origin.range;
        section = c.origin.section;
        break;
      }
    }
    std::string message = has_basis ? "编制依据没有引用本预案的上位预案" : "预案没有引用任何上位预案";
    if (!plan.meta.superiors.empty()) message += "（前置信息所列" + superiors_text(plan, "上位预案：") + "）";
    message += "：下级预案应依据上级人民政府及其有关部门的应急预案制定";
    context.report(where, message, section);
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_superior_missing_check() { return std::make_unique<HierSuperiorMissingCheck>(); }

}  // namespace planc::checkers
