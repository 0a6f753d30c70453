// struct-xref: a reference to a part of the plan that does not exist, or by another title.
#include "checkers/document.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/fold.h"
#include "compiler/base/number.h"
#include "compiler/base/strings.h"

namespace planc::checkers {
namespace {

struct Attachment {
  int number = 0;
  std::string title;
  SourceRange range;
};

class StructXrefCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"struct-xref",
                               Severity::Error,
                               "引用了本预案中不存在的章节或附件，或附件标题与引用不符",
                               {"planc 预案语言（docs/language.md）", "交叉引用",
                                "正文以“××”部分、附件清单等方式引用的章节和附件，应在本预案中存在且标题一致。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      const syntax::Document* document = context.document(*plan);
      if (document == nullptr || document->root == nullptr) continue;
      std::vector<const syntax::Node*> sections;
      std::vector<Attachment> attachments;
      collect(*document->root, sections, attachments);
      for (const ir::CrossRef& ref : plan->references) {
        if (ref.kind == ir::CrossRefKind::Section)
          check_section(context, ref, sections);
        else
          check_attachment(context, ref, attachments);
      }
    }
  }

 private:
  static void collect(const syntax::Node& node, std::vector<const syntax::Node*>& sections,
                      std::vector<Attachment>& attachments) {
    for (const auto& child : node.children) {
      if (child->kind != syntax::NodeKind::Section) continue;
      sections.push_back(child.get());
      std::string number = key(child->number.text());
      std::optional<std::string_view> digits = after_prefix(number, "附件");
      if (digits && !digits->empty()) {
        Attachment a;
        a.number = parse_int(*digits).value_or(-1);
        a.title = child->title.text();
        a.range = child->heading_range;
        attachments.push_back(a);
      }
      collect(*child, sections, attachments);
    }
  }

  static void check_section(CheckContext& context, const ir::CrossRef& ref,
                            const std::vector<const syntax::Node*>& sections) {
    std::string wanted = key(ref.target);
    for (const syntax::Node* section : sections) {
      if (key(section->title.text()) == wanted) return;
    }
    context.report(ref.origin.range, "引用的“" + ref.target + "”部分在本预案中不存在", ref.origin.section);
  }

  static void check_attachment(CheckContext& context, const ir::CrossRef& ref,
                               const std::vector<Attachment>& attachments) {
    int number = ref.number;
    for (const Attachment& a : attachments) {
      if (a.number != number) continue;
      if (key(a.title) == key(ref.target) || a.title.empty()) return;
      Diagnostic& d = context.report(ref.origin.range,
                                     "附件清单中附件" + std::to_string(number) + "的标题“" + ref.target + "”与附件" +
                                         std::to_string(number) + "的标题“" + a.title + "”不一致",
                                     ref.origin.section, Severity::Warning);
      d.related.push_back({a.range, "附件" + std::to_string(number) + "的标题在这里"});
      return;
    }
    context.report(ref.origin.range,
                   "附件清单列出了附件" + std::to_string(number) + "，但本预案中没有附件" + std::to_string(number),
                   ref.origin.section);
  }
};

}  // namespace

std::unique_ptr<Check> make_struct_xref_check() { return std::make_unique<StructXrefCheck>(); }

}  // namespace planc::checkers
