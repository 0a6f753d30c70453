// ref-unresolved: a cited plan or law found nowhere in the corpus or the external registry.
#include <set>

#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class RefUnresolvedCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"ref-unresolved",
                               Severity::Error,
                               "引用的法律、法规或预案在语料和外部文件登记中都找不到",
                               {"planc 预案语言（docs/language.md）", "引用",
                                "正文以《》引用的法律、法规、规章和预案，应能在语料或外部文件登记中按确切标题找到；已"
                                "登记但未核实的，单独提示。",
                                false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (plan->external == nullptr || plan->external->empty()) {
        context.skip(plan->path, "没有外部文件登记（前置信息首行为“外部文件：…”），无法核对引用的法律、法规和上级预案");
        continue;
      }
      std::set<std::string> noted;
      for (const ir::Citation& citation : plan->citations) check(context, citation, noted);
      check_superiors(context, *plan);
    }
  }

 private:
  static void check(CheckContext& context, const ir::Citation& citation, std::set<std::string>& noted) {
    if (citation.self || citation.plan != nullptr || !citation.near_title.empty()) return;
    if (citation.document != nullptr) {
      // Registered but not checked against the original: said once per title.
      if (citation.document->verified || !noted.insert(citation.document->title).second) return;
      Diagnostic& d =
          context.report(citation.origin.range,
                         "《" + citation.title + "》已在外部文件中登记，但其标题、文号和日期尚未与原文核对：" +
                             citation.document->source,
                         citation.origin.section, Severity::Note);
      d.related.push_back({citation.document->range, "登记在这里"});
      return;
    }
    context.report(citation.origin.range,
                   "引用的《" + citation.title + "》在语料和外部文件登记中都找不到：请核对标题，或在外部文件中登记它",
                   citation.origin.section);
  }

  // 上位 in the front matter names plans that must exist.
  static void check_superiors(CheckContext& context, const ir::Plan& plan) {
    const ir::MetaField* field = plan.meta.field("上位");
    if (field == nullptr) return;
    for (const std::string& superior : plan.meta.superiors) {
      bool found = false;
      for (const ir::Plan* p : plan.superior_plans) found = found || key(p->meta.title) == key(superior);
      for (const ir::ExternalDocument* d : plan.superior_documents) found = found || key(d->title) == key(superior);
      if (!found) {
        context.report(field->value_range, "前置信息的上位预案《" + superior + "》在语料和外部文件登记中都找不到");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_ref_unresolved_check() { return std::make_unique<RefUnresolvedCheck>(); }

}  // namespace planc::checkers
