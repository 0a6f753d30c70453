// struct-missing-section: a plan without a content the governing law requires, per plan kind.
#include <algorithm>

#include "checkers/document.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/analysis/external_clauses.h"

namespace planc::checkers {
namespace {

void collect(const syntax::Node& node, std::vector<const syntax::Node*>& out) {
  for (const auto& child : node.children) {
    if (child->kind == syntax::NodeKind::Section) {
      out.push_back(child.get());
      collect(*child, out);
    }
  }
}

class StructMissingSectionCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "struct-missing-section",
        Severity::Warning,
        "预案缺少法律要求的内容（章节）",
        {"中华人民共和国突发事件应对法（2007）", "第十八条",
         "应急预案应当根据本法和其他有关法律、法规的规定，针对突发事件的性质、特点和可能造成的社会危害，具体规定突发"
         "事件应急管理工作的组织指挥体系与职责和突发事件的预防与预警机制、处置程序、应急保障措施以及事后恢复与重建措施"
         "等内容。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->meta.issued) {
        context.skip(plan->path, "前置信息没有印发日期，无法确定当时适用的法律条款");
        continue;
      }
      analysis::ContentClause governing;
      if (plan->external) governing = analysis::content_clause(*plan->external, *plan->meta.issued);
      const ir::ExternalDocument* law = governing.document;
      const ir::ExternalClause* clause = governing.clause;
      if (clause == nullptr) {
        context.skip(plan->path,
                     "外部文件登记中没有印发日（" + plan->meta.issued->iso() + "）施行的、写明预案应含内容的条款");
        continue;
      }
      if (!clause->verified) {
        context.skip(plan->path, "《" + law->title + "》" + clause->number + "的原文未核实");
        continue;
      }
      check(context, *plan, *law, *clause);
    }
  }

 private:
  static void check(CheckContext& context, const ir::Plan& plan, const ir::ExternalDocument& law,
                    const ir::ExternalClause& clause) {
    std::vector<const syntax::Node*> sections;
    const syntax::Document* document = context.document(plan);
    if (document && document->root) collect(*document->root, sections);
    for (const ir::ContentRequirement& r : clause.requirements) {
      if (!r.categories.empty() && std::none_of(r.categories.begin(), r.categories.end(), [&](const std::string& c) {
            return key(c) == key(plan.meta.category);
          })) {
        continue;
      }
      bool present = std::any_of(sections.begin(), sections.end(), [&](const syntax::Node* s) {
        std::string title = key(s->title.text());
        return std::any_of(r.heading_words.begin(), r.heading_words.end(),
                           [&](const std::string& w) { return title.find(key(w)) != std::string::npos; });
      });
      if (present) continue;
      std::string words;
      for (const std::string& w : r.heading_words) words += (words.empty() ? "" : "、") + w;
      Diagnostic& d = context.report(plan.heading_title_range.valid() ? plan.heading_title_range : SourceRange(),
                                     "预案没有写“" + r.content + "”的内容：《" + law.title + "》" + clause.number +
                                         "要求应急预案具体规定这一内容，而本预案没有标题含“" + words + "”的章节");
      d.related.push_back({r.range, "要求登记在这里"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_struct_missing_section_check() { return std::make_unique<StructMissingSectionCheck>(); }

}  // namespace planc::checkers
