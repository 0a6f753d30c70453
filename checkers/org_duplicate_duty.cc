// org-duplicate-duty: 同一机构在同一处有两段职责.
#include <map>
#include <tuple>

#include "checkers/orgs.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

// The first duty paragraph of an organisation in one section for one hazard.
struct First {
  const ir::Duty* duty = nullptr;
  const ir::OrgRef* ref = nullptr;
};

class OrgDuplicateDutyCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"org-duplicate-duty",
                               Severity::Warning,
                               "同一机构在同一处有两段职责",
                               {"planc 预案语言（docs/language.md）", "职责",
                                "同一部分中每个机构的职责只写一段；两段职责使人不知以哪段为准。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) check(context, *plan);
  }

 private:
  static void check(CheckContext& context, const ir::Plan& plan) {
    // (section, hazard, organisation) → its first paragraph there.
    std::map<std::tuple<std::string, std::string, int>, First> firsts;
    for (const ir::Duty& duty : plan.duties) {
      for (const ir::OrgRef& ref : duty.orgs) {
        if (!names_org(plan, ref)) continue;
        auto [it, inserted] = firsts.try_emplace({duty.origin.section, duty.hazard, ref.org}, First{&duty, &ref});
        if (inserted || it->second.duty == &duty) continue;
        report(context, duty, ref, it->second);
      }
    }
  }

  static void report(CheckContext& context, const ir::Duty& duty, const ir::OrgRef& ref, const First& first) {
    std::string who = "“" + ref.words + "”";
    if (ref.words != first.ref->words) who += "与“" + first.ref->words + "”";
    who += ref.words == ref.name && first.ref->words == ref.name ? "" : "（同一机构，登记名称“" + ref.name + "”）";
    std::string heading = duty.origin.heading();
    std::string where = heading.empty() ? "同一部分" : "“" + heading + "”";
    if (!duty.hazard.empty() && heading.find(duty.hazard) == std::string::npos)
      where += "（灾种“" + duty.hazard + "”）";
    where += "中";
    std::string message = who + "在" + where + "有两段职责：前一段为“" + opening(first.duty->text, kQuoted) +
                          "”，这一段为“" + opening(duty.text, kQuoted) +
                          "”；同一机构的职责应合为一段，否则不知以哪段为准";
    Diagnostic& d = context.report(ref.range, message, duty.origin.section);
    d.related.push_back({first.ref->range, "“" + first.ref->words + "”的前一段职责在这里"});
  }

  static constexpr int kQuoted = 24;  ///< code points quoted from the start of each duty
};

}  // namespace

std::unique_ptr<Check> make_org_duplicate_duty_check() { return std::make_unique<OrgDuplicateDutyCheck>(); }

}  // namespace planc::checkers
