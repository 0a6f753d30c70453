// ref-title-mismatch: a citation that nearly matches a known title, with a fix-it.
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class RefTitleMismatchCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "ref-title-mismatch",
        Severity::Warning,
        "引用的标题与登记的确切标题几乎相同但不一致（如缺少“（试行）”）",
        {"planc 预案语言（docs/language.md）", "引用",
         "引用应使用文件的确切标题；与登记标题仅差括注（如“（试行）”）或发布机关前缀的，提示改用确切标题。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const ir::Citation& citation : plan->citations) {
        if (citation.near_title.empty() || citation.resolved()) continue;
        Diagnostic& d = context.report(citation.origin.range,
                                       "引用的《" + citation.title + "》与" + where(citation) + "的标题《" +
                                           citation.near_title + "》不一致：" + citation.near_reason,
                                       citation.origin.section);
        // The marks 《》 stay; the title between them is replaced.
        SourceRange inner = citation.origin.range;
        inner.begin.column += 1;
        inner.end.column -= 1;
        d.fixits.push_back({inner, citation.near_title});
        if (citation.near_plan != nullptr) {
          d.related.push_back({citation.near_plan->heading_title_range, "该预案的标题"});
        } else if (citation.near_document != nullptr) {
          d.related.push_back({citation.near_document->range, "外部文件登记的标题"});
        }
      }
    }
  }

 private:
  static std::string where(const ir::Citation& citation) {
    return citation.near_plan != nullptr ? "语料中预案" : "外部文件登记";
  }
};

}  // namespace

std::unique_ptr<Check> make_ref_title_mismatch_check() { return std::make_unique<RefTitleMismatchCheck>(); }

}  // namespace planc::checkers
