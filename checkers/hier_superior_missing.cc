// hier-superior-missing: 预案没有在编制依据中引用其上位预案.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class HierSuperiorMissingCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"hier-superior-missing",
                               Severity::Error,
                               "预案没有在编制依据中引用其上位预案",
                               {"中华人民共和国突发事件应对法（2007）", "第十七条",
                                "地方各级人民政府和县级以上地方各级人民政府有关部门根据有关法律、法规、规章、上级人民政"
                                "府及其有关部门的应急预案以及本地区的实际情况，制定相应的突发事件应急预案。",
                                false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_hier_superior_missing_check() { return std::make_unique<HierSuperiorMissingCheck>(); }

}  // namespace planc::checkers
