// meta-mismatch: front matter that disagrees with what the text itself states.
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

// "关于印发《X》的通知" or "关于印发X的通知" → X.
std::string notice_subject(const std::string& title) {
  std::string k = key(title);
  size_t open = k.find("《");
  size_t close = k.find("》");
  if (open != std::string::npos && close != std::string::npos && close > open)
    return k.substr(open + 3, close - open - 3);
  size_t start = k.find("关于印发");
  size_t end = k.rfind("的通知");
  if (start != std::string::npos && end != std::string::npos && end > start) {
    return k.substr(start + std::string_view("关于印发").size(), end - start - std::string_view("关于印发").size());
  }
  return {};
}

class MetaMismatchCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "meta-mismatch",
        Severity::Error,
        "前置信息与正文所述不一致",
        {"planc 预案语言（docs/language.md）", "前置信息",
         "前置信息重述正文已写明的事项（标题、文号、印发机关、印发日期、解释单位），必须与正文一致。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) check(context, *plan);
  }

 private:
  static void mismatch(CheckContext& context, const ir::MetaField* f, const std::string& what,
                       const std::string& declared, const std::string& stated, const SourceRange& where) {
    if (f == nullptr) return;
    Diagnostic& d =
        context.report(f->value_range, "前置信息的" + what + "“" + declared + "”与正文“" + stated + "”不一致");
    d.related.push_back({where, "正文写作“" + stated + "”"});
  }

  static void check(CheckContext& context, const ir::Plan& plan) {
    const ir::Meta& meta = plan.meta;
    if (!meta.title.empty()) {
      if (!plan.heading_title.empty() && key(plan.heading_title) != key(meta.title)) {
        mismatch(context, plan.meta.field("预案"), "标题", meta.title, plan.heading_title, plan.heading_title_range);
      }
      if (plan.notice) {
        std::string subject = notice_subject(plan.notice->title);
        if (!subject.empty() && subject != key(meta.title)) {
          mismatch(context, plan.meta.field("预案"), "标题", meta.title, subject, plan.notice->title_range);
        }
      }
    }
    if (plan.notice) {
      const ir::Notice& notice = *plan.notice;
      if (!meta.doc_number.empty() && !notice.doc_number.empty() && key(meta.doc_number) != key(notice.doc_number)) {
        mismatch(context, plan.meta.field("文号"), "文号", meta.doc_number, notice.doc_number, notice.doc_number_range);
      }
      if (!meta.issuer.empty() && !notice.issuer.empty() && key(meta.issuer) != key(notice.issuer)) {
        mismatch(context, plan.meta.field("印发"), "印发机关", meta.issuer, notice.issuer, notice.issuer_range);
      }
      if (meta.issued && notice.date && *meta.issued != *notice.date) {
        mismatch(context, plan.meta.field("印发"), "印发日期", meta.issued->iso(), notice.date->iso(),
                 notice.date_range);
      }
    }
    if (meta.issued && plan.footer_date && *meta.issued != *plan.footer_date) {
      mismatch(context, plan.meta.field("印发"), "印发日期", meta.issued->iso(), plan.footer_date->iso(),
               plan.footer_range);
    }
    if (!meta.interpreting_unit.empty() && !plan.interpreting_words.empty()) {
      const ir::OrgRegistry& orgs = *plan.orgs;
      int declared = orgs.index_of(meta.interpreting_unit);
      bool same = declared >= 0 ? declared == plan.interpreter.org
                                : key(meta.interpreting_unit) == key(plan.interpreting_words);
      if (!same) {
        mismatch(context, plan.meta.field("解释"), "解释单位", meta.interpreting_unit, plan.interpreting_words,
                 plan.interpreter.range);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_meta_mismatch_check() { return std::make_unique<MetaMismatchCheck>(); }

}  // namespace planc::checkers
