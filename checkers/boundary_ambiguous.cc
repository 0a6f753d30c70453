// boundary-ambiguous: 相邻等级共用的边界用了“以上”“以下”，而预案未写明是否含本数.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class BoundaryAmbiguousCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "boundary-ambiguous",
        Severity::Warning,
        "相邻等级共用的边界用了“以上”“以下”，而预案未写明是否含本数",
        {"planc 预案语言（docs/language.md）", "数量的边界",
         "“以上”“以下”是否含本数应在预案中写明；未写明时 planc "
         "按通常的法律用法（包括本数）读取，并在相邻等级共用的边界处提示：两种读法得出的分级不同。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_boundary_ambiguous_check() { return std::make_unique<BoundaryAmbiguousCheck>(); }

}  // namespace planc::checkers
