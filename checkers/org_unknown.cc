// org-unknown: an organisation named where the plan assigns a role, not in the registry.
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"

#include <algorithm>

namespace planc::checkers {
namespace {

class OrgUnknownCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "org-unknown",
        Severity::Warning,
        "机构名称未在机构登记文件中登记",
        {"planc 预案语言（docs/language.md）", "机构登记",
         "预案在指挥部成员、工作组、职责、响应启动等处写出的每个机构名称，都应是机构登记文件中的名称或别名。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      const ir::OrgRegistry& registry = *plan->orgs;
      if (registry.empty()) {
        context.skip(plan->path, "语料中没有机构登记文件（前置信息首行为“机构：…”），无法核对机构名称");
        continue;
      }
      for (const ir::OrgRef& ref : plan->mentions) {
        if (ref.resolved() || ref.words.empty()) continue;
        // A post alone ("镇长", "指挥长") names no organisation; a post after a name
        // ("县防汛指挥部常务副指挥长") is not part of it.
        std::string name = ref.words;
        if (!ref.title.empty() && name.size() >= ref.title.size() &&
            name.compare(name.size() - ref.title.size(), ref.title.size(), ref.title) == 0) {
          name.resize(name.size() - ref.title.size());
        }
        if (key(name).empty()) continue;
        std::string suggestion = closest(registry, name);
        std::string message = "“" + name + "”不是登记的机构名称";
        if (!suggestion.empty())
          message += "；是否应为“" + suggestion + "”？";
        else
          message += "：请在机构登记文件中登记它（或它的别名）";
        Diagnostic& d = context.report(ref.range, message);
        if (!suggestion.empty()) d.fixits.push_back({ref.range, suggestion});
      }
    }
  }

 private:
  // The administrative level a name starts with: 省 市 县 区 乡 镇 村 街道, or "".
  static std::string level_of(const std::string& name) {
    for (std::string_view level : {"街道", "省", "市", "县", "区", "乡", "镇", "村"}) {
      if (name.compare(0, level.size(), level) == 0) return std::string(level);
    }
    return {};
  }

  // A registered name the words nearly are: one that the words start with
  // ("区医疗保障局会"), or within a small edit distance.
  static std::string closest(const ir::OrgRegistry& registry, const std::string& words) {
    std::string wanted = key(words);
    std::string best;
    // Close enough to be the same name mistyped: one edit in four characters at most.
    int best_distance = std::max(1, utf8::count_code_points(wanted) / 4) + 1;
    for (const ir::Org& org : registry.orgs()) {
      if (org.generic()) continue;
      std::vector<std::string> names = org.aliases;
      names.insert(names.begin(), org.name);
      for (const std::string& name : names) {
        std::string k = key(name);
        // 镇政府 is not a misspelt 区政府: names of two levels are two organisations.
        if (level_of(k) != level_of(wanted) && !level_of(k).empty() && !level_of(wanted).empty()) continue;
        int distance = edit_distance(k, wanted);
        if (wanted.compare(0, k.size(), k) == 0 && wanted.size() > k.size()) distance = 1;
        if (distance < best_distance) {
          best_distance = distance;
          best = org.name;
        }
      }
    }
    return best;
  }
};

}  // namespace

std::unique_ptr<Check> make_org_unknown_check() { return std::make_unique<OrgUnknownCheck>(); }

}  // namespace planc::checkers
