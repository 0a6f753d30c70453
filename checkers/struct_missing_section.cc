// struct-missing-section: 预案缺少法律要求的内容（章节）.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class StructMissingSectionCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"struct-missing-section",
                               Severity::Warning,
                               "预案缺少法律要求的内容（章节）",
                               {"中华人民共和国突发事件应对法（2007）", "第十八条",
                                "应急预案应当根据本法和其他有关法律、法规的规定，针对突发事件的性质、特点和可能造成的社"
                                "会危害，具体规定突发事件应急管理工作的组织指挥体系与职责和突发事件的预防与预警机制、处"
                                "置程序、应急保障措施以及事后恢复与重建措施等内容。",
                                false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_struct_missing_section_check() { return std::make_unique<StructMissingSectionCheck>(); }

}  // namespace planc::checkers
