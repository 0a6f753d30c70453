// hier-response-scheme: 响应级别未对应上位预案的级别，或启动权限低于上位预案的要求.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class HierResponseSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-response-scheme",
        Severity::Warning,
        "响应级别未对应上位预案的级别，或启动权限低于上位预案的要求",
        {"上位预案的响应分级条款（如各地总体预案的“响应分级”）", "响应分级",
         "下级预案的响应级别应能对应上位预案的响应级别，且由不低于上位预案规定的机关决定启动。", true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_hier_response_scheme_check() { return std::make_unique<HierResponseSchemeCheck>(); }

}  // namespace planc::checkers
