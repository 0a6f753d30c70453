// org-inconsistent-name: 同一机构在同一预案中有两种以上写法.
#include <map>

#include "checkers/orgs.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

// One way a plan writes an organisation: its key and where it is first written so.
struct Name {
  std::string key;
  const ir::OrgRef* first = nullptr;
};

class OrgInconsistentNameCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"org-inconsistent-name",
                               Severity::Warning,
                               "同一机构在同一预案中有两种以上写法",
                               {"planc 预案语言（docs/language.md）", "机构登记",
                                "同一预案应以同一名称指称同一机构；别名只用于识别。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (plan->orgs == nullptr || plan->orgs->empty()) {
        context.skip(plan->path, "语料中没有机构登记文件（前置信息首行为“机构：…”），无法判断哪些写法指同一机构");
        continue;
      }
      check(context, *plan);
    }
  }

 private:
  static void check(CheckContext& context, const ir::Plan& plan) {
    // Organisation → its names, in the order the plan first uses them.
    std::map<int, std::vector<Name>> names;
    for (const ir::OrgRef* ref : all_mentions(plan)) {
      if (!names_org(plan, *ref)) continue;
      std::vector<Name>& known = names[ref->org];
      std::string k = name_key(ref->words);
      bool seen = false;
      for (const Name& name : known) seen = seen || name.key == k;
      if (!seen) known.push_back({k, ref});
    }
    for (const auto& [org, written] : names) {
      if (written.size() > 1) report(context, plan.orgs->orgs()[org], written);
    }
  }

  static void report(CheckContext& context, const ir::Org& org, const std::vector<Name>& written) {
    std::vector<std::string> words;
    for (const Name& name : written) words.push_back(name.first->words);
    const std::string& first = written.front().first->words;
    for (size_t i = 1; i < written.size(); ++i) {
      const ir::OrgRef& ref = *written[i].first;
      std::string message = "“" + ref.words + "”与前文的“" + first + "”指同一机构（登记名称“" + org.name +
                            "”）；本预案对该机构有" + std::to_string(written.size()) + "种写法：" + quoted_list(words) +
                            "，同一预案中应统一使用一种名称";
      Diagnostic& d = context.report(ref.range, message);
      d.related.push_back({written.front().first->range, "该机构在这里首次写作“" + first + "”"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_org_inconsistent_name_check() { return std::make_unique<OrgInconsistentNameCheck>(); }

}  // namespace planc::checkers
