// Lowering: from a parsed plan document to the plan IR.
#include "compiler/ir/lower.h"

#include <algorithm>
#include <utility>

#include "compiler/base/fold.h"
#include "compiler/base/limits.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {

Origin ReadContext::origin(const syntax::Node& node) const { return {node.range, node.section_path()}; }

Origin ReadContext::origin(const syntax::Node& node, SourceRange range) const { return {range, node.section_path()}; }

const OrgRef& ReadContext::note(OrgRef ref) {
  plan.mentions.push_back(std::move(ref));
  return plan.mentions.back();
}

void ReadContext::note_all(const std::vector<OrgRef>& refs) {
  for (const OrgRef& ref : refs) plan.mentions.push_back(ref);
}

void ReadContext::gap(const SourceRange& range, std::string message, std::vector<std::string> rules) {
  ReadGap g;
  g.range = range;
  g.block = block != nullptr ? block->kind : std::string();
  g.message = std::move(message);
  g.rules = std::move(rules);
  plan.gaps.push_back(std::move(g));
  if (block != nullptr) ++block->gaps;
}

void ReadContext::gaps_of(const Criteria& criteria, const std::string& what, const std::vector<std::string>& rules) {
  for (const UnreadWords& unread : criteria.unread) {
    // The words are quoted up to kQuotedWords characters: the range points at all of them.
    std::string words = unread.words;
    if (utf8::count_code_points(words) > kQuotedWords)
      words = words.substr(0, utf8::byte_offset_of_code_point(words, kQuotedWords)) + "…";
    gap(unread.range, unread.reason + "：" + what + "中的“" + words + "”未读入", rules);
  }
}

void ReadContext::warn(const SourceRange& range, std::string message) {
  if (block != nullptr) ++block->gaps;
  Diagnostic d;
  d.severity = Severity::Warning;
  d.rule = "syntax";
  d.message = std::move(message);
  d.range = range;
  sink.report(std::move(d));
}

std::vector<const syntax::Node*> block_content(const syntax::Node& block, bool all) {
  std::vector<const syntax::Node*> content;
  for (const auto& child : block.children) {
    switch (child->kind) {
      case syntax::NodeKind::Paragraph:
      case syntax::NodeKind::Table: content.push_back(child.get()); break;
      case syntax::NodeKind::Section:
      case syntax::NodeKind::Div:
        if (!child->tag || (all && child->kind == syntax::NodeKind::Div)) {
          std::vector<const syntax::Node*> inner = block_content(*child, all);
          content.insert(content.end(), inner.begin(), inner.end());
        }
        break;
      default: break;
    }
  }
  return content;
}

TextSpan without_marker(const syntax::Node& paragraph) {
  return paragraph.text.sub(paragraph.marker_length, paragraph.text.text().size()).trimmed();
}

std::vector<TextSpan> sentences(const TextSpan& text) {
  std::vector<TextSpan> result;
  std::string_view s = text.text();
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (c == U'。' || c == U'；' || c == ';') {
      TextSpan sentence = text.sub(start, i).trimmed();
      if (!sentence.empty()) result.push_back(sentence);
      start = i;
    }
  }
  TextSpan last = text.sub(start, s.size()).trimmed();
  if (!last.empty()) result.push_back(last);
  return result;
}

std::string label_of(const TextSpan& text, TextSpan& rest, size_t max_label_chars) {
  std::string_view s = text.text();
  size_t i = 0;
  size_t chars = 0;
  while (i < s.size() && chars <= max_label_chars) {
    size_t at = i;
    char32_t c = utf8::next(s, i);
    if (c == U'：' || c == ':') {
      std::string label = match_key(s.substr(0, at), {.drop_space = true});
      if (label.empty()) return {};
      rest = text.sub(i, s.size()).trimmed();
      return label;
    }
    ++chars;
  }
  return {};
}

std::string hazard_of(ReadContext& context, const syntax::Node& block) {
  if (block.tag && !block.tag->args.empty()) return block.tag->args[0].text();
  const syntax::Node* section = block.section();
  if (section == nullptr) return {};
  Folded folded = fold(section->title.text(), {.drop_space = true});
  std::vector<IndicatorRegistry::HazardHit> hits = context.indicators.hazards_in(folded.text);
  return hits.empty() ? std::string() : context.indicators.indicators()[hits.front().id].name;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

namespace {

using Reader = void (*)(ReadContext&, const syntax::Node&);

Reader reader_for(const std::string& kind) {
  static const std::pair<const char*, Reader> table[] = {
      {"通知", read_notice},     {"依据", read_basis},      {"范围", read_scope},      {"指挥部", read_command},
      {"办公室", read_office},   {"工作组", read_groups},   {"职责", read_duties},     {"措施", read_tasks},
      {"分级", read_scheme},     {"标准", read_definition}, {"约定", read_convention}, {"响应", read_response},
      {"预警", read_warning},    {"信号", read_signals},    {"术语", read_terms},      {"备案", read_management},
      {"演练", read_management}, {"修订", read_management}, {"评估", read_management},
  };
  for (const auto& [name, reader] : table) {
    if (kind == name) return reader;
  }
  return nullptr;
}

// Blocks are read in three passes: grading schemes first (definitions and response
// mappings refer to their grades), then the command structure (tasks name its
// groups, which attachments often define after the tasks), then the rest.
int pass_of(const std::string& kind) {
  if (kind == "分级" || kind == "约定") return 0;
  if (kind == "指挥部" || kind == "办公室" || kind == "工作组") return 1;
  return 2;
}

void dispatch(ReadContext& context, const syntax::Node& node, int pass) {
  if (node.tag && pass_of(node.tag->kind) == pass) {
    if (Reader reader = reader_for(node.tag->kind)) {
      context.plan.blocks.push_back({node.tag->kind, context.origin(node, node.tag->range), node.range, 0});
      context.block = &context.plan.blocks.back();
      reader(context, node);
      context.block = nullptr;
    }
  }
  for (const auto& child : node.children) dispatch(context, *child, pass);
}

void learn_abbreviations(ReadContext& context, const syntax::Node& node) {
  if (node.kind == syntax::NodeKind::Paragraph) context.org_reader.learn_abbreviations(node.text);
  for (const auto& child : node.children) learn_abbreviations(context, *child);
}

}  // namespace

Plan lower_plan(const syntax::Document& document, const OrgRegistry& orgs, const IndicatorRegistry& indicators,
                DiagnosticSink& sink) {
  Plan plan;
  plan.document = &document;
  plan.orgs = &orgs;
  plan.indicators = &indicators;
  plan.builtin_indicators = indicators.builtin();
  plan.path = document.file ? document.file->path() : std::string();
  ReadContext context{document, orgs, indicators, OrgReader(orgs), sink, plan};
  read_front_matter(context);
  if (!document.root) return plan;
  learn_abbreviations(context, *document.root);
  for (int pass = 0; pass < 3; ++pass) dispatch(context, *document.root, pass);
  std::stable_sort(plan.blocks.begin(), plan.blocks.end(), [](const BlockRead& a, const BlockRead& b) {
    return std::pair(a.origin.range.begin.line, a.origin.range.begin.column) <
           std::pair(b.origin.range.begin.line, b.origin.range.begin.column);
  });
  std::stable_sort(plan.gaps.begin(), plan.gaps.end(), [](const ReadGap& a, const ReadGap& b) {
    return std::pair(a.range.begin.line, a.range.begin.column) < std::pair(b.range.begin.line, b.range.begin.column);
  });
  read_text_facts(context);
  read_convention_anywhere(context, *document.root);
  read_termination_anywhere(context, *document.root);
  read_report_limits(context, *document.root);
  return plan;
}

}  // namespace planc::ir
