// Readers of the plan as a whole: front matter, notice, citations, footer, references.
#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"
#include "compiler/syntax/line_lexer.h"

namespace planc::ir {
namespace {

// "济南市济阳区人民政府办公室 2023-03-30" → issuer and date.
void read_issue(ReadContext& context, const syntax::Field& field) {
  size_t begin = 0;
  size_t end = 0;
  std::string value = field.value.text();
  if (std::optional<Date> date = find_date(value, begin, end)) {
    context.plan.meta.issued = date;
    TextSpan issuer = field.value.sub(0, begin).trimmed();
    context.plan.meta.issuer = issuer.text();
  } else {
    context.plan.meta.issuer = value;
    context.warn(field.value.range(), "“印发”应写明印发机关和日期，例如 '印发：济南市济阳区人民政府办公室 2023-03-30'");
  }
}

std::vector<std::string> list_of(const TextSpan& value) {
  std::vector<std::string> items;
  for (const TextSpan& item : split_list(value)) items.push_back(item.text());
  return items;
}

// The paragraphs of the notice block, each with its role.
bool is_doc_number(std::string_view text) {
  std::string key = compact_key(text);
  return contains(key, "〔") && contains(key, "〕") && key.ends_with("号");
}

}  // namespace

void read_front_matter(ReadContext& context) {
  Meta& meta = context.plan.meta;
  static const std::vector<std::string> known = {"预案", "类别", "层级", "文号", "印发", "编制",
                                                 "解释", "上位", "灾种", "试行", "替代"};
  for (const syntax::Field& field : context.document.front_matter) {
    meta.fields.push_back({field.key.text(), field.value.text(), field.key.range(),
                           field.value.empty() ? field.key.range() : field.value.range(), field.range});
    std::string key = compact_key(field.key.text());
    const std::string value = field.value.text();
    if (key == "预案")
      meta.title = value;
    else if (key == "类别")
      meta.category = value;
    else if (key == "层级")
      meta.level = value;
    else if (key == "文号")
      meta.doc_number = value;
    else if (key == "印发")
      read_issue(context, field);
    else if (key == "编制")
      meta.drafting_unit = value;
    else if (key == "解释")
      meta.interpreting_unit = value;
    else if (key == "上位")
      meta.superiors = list_of(field.value);
    else if (key == "灾种")
      meta.hazards = list_of(field.value);
    else if (key == "试行")
      meta.trial = compact_key(value) == "是";
    else if (key == "替代")
      meta.supersedes = value;
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : "、") + k;
      Diagnostic d;
      d.severity = Severity::Error;
      d.rule = "syntax";
      d.message = "未知的前置信息“" + std::string(field.key.text()) + "”：预案文件可用 " + list;
      d.range = field.key.range();
      context.sink.report(std::move(d));
    }
  }
  static const std::vector<std::string> categories = {"总体", "专项", "部门", "基层", "单位", "联合"};
  if (!meta.category.empty() && std::find(categories.begin(), categories.end(), meta.category) == categories.end()) {
    for (const MetaField& field : meta.fields) {
      if (compact_key(field.key) == "类别") {
        Diagnostic d;
        d.severity = Severity::Error;
        d.rule = "syntax";
        d.message = "未知的预案类别“" + meta.category + "”：应为 总体、专项、部门、基层、单位 或 联合";
        d.range = field.value_range;
        context.sink.report(std::move(d));
      }
    }
  }
}

void read_notice(ReadContext& context, const syntax::Node& block) {
  Notice notice;
  notice.origin = context.origin(block);
  bool have_issuer = false;
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    const TextSpan& text = node->text;
    std::string key = compact_key(text.text());
    size_t begin = 0;
    size_t end = 0;
    if (is_doc_number(text.text()) && notice.doc_number.empty()) {
      notice.doc_number = text.text();
      notice.doc_number_range = text.range();
    } else if (contains(key, "通知") && contains(key, "关于") && notice.title.empty()) {
      notice.title = text.text();
      notice.title_range = text.range();
    } else if (contains(key, "此件公开发布")) {
      notice.published = true;
    } else if (std::optional<Date> date = find_date(text.text(), begin, end); date && key.size() <= 24) {
      notice.date = date;
      notice.date_range = text.range();
    } else if (!have_issuer && notice.title.empty()) {
      notice.issuer = text.text();
      notice.issuer_range = text.range();
      have_issuer = true;
    } else if (key.size() > 3 && (key.compare(key.size() - 1, 1, ":") == 0) && notice.recipients.empty()) {
      notice.recipients = text.text();
    }
  }
  context.plan.notice = std::move(notice);
}

void read_basis(ReadContext& context, const syntax::Node& block) {
  // The citations themselves are collected with all others; this block marks them as
  // the plan's basis (编制依据), the place its superiors are named.
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    std::string_view s = node->text.text();
    size_t at = 0;
    while ((at = s.find("《", at)) != std::string_view::npos) {
      size_t close = s.find("》", at);
      if (close == std::string_view::npos) break;
      Citation citation;
      citation.title = std::string(s.substr(at + 3, close - at - 3));
      citation.origin = context.origin(*node, node->text.range(at, close + 3));
      citation.basis = true;
      context.plan.citations.push_back(std::move(citation));
      at = close + 3;
    }
  }
}

void read_scope(ReadContext& context, const syntax::Node& block) {
  context.plan.scope_origin = context.origin(block);
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    Folded folded = fold(node->text.text(), {.drop_space = true});
    for (const IndicatorRegistry::HazardHit& hit : context.indicators.hazards_in(folded.text)) {
      const std::string& name = context.indicators.indicators()[hit.id].name;
      auto& hazards = context.plan.scope_hazards;
      if (std::none_of(hazards.begin(), hazards.end(), [&](const HazardRef& h) { return h.name == name; }))
        hazards.push_back({name, node->text.range(folded.original(hit.begin), folded.original(hit.end))});
    }
  }
  if (context.plan.scope_hazards.empty() && block.tag) {
    context.gap(block.tag->range,
                "适用范围中没有读到登记的灾种（灾种在指标文件中以“类别：灾种”登记" +
                    std::string(context.indicators.builtin() ? "，planc 内置指标不含灾种" : "") + "）",
                {"coverage-hazard"});
  }
}

namespace {

void scan_citations(ReadContext& context, const syntax::Node& node, const TextSpan& text) {
  std::string_view s = text.text();
  size_t at = 0;
  while ((at = s.find("《", at)) != std::string_view::npos) {
    size_t close = s.find("》", at);
    if (close == std::string_view::npos) break;
    std::string title(s.substr(at + 3, close - at - 3));
    SourceRange range = text.range(at, close + 3);
    auto& citations = context.plan.citations;
    bool known =
        std::any_of(citations.begin(), citations.end(), [&](const Citation& c) { return c.origin.range == range; });
    if (!known) {
      Citation citation;
      citation.title = title;
      citation.origin = context.origin(node, range);
      citations.push_back(std::move(citation));
    }
    at = close + 3;
  }
}

void scan_references(ReadContext& context, const syntax::Node& node, const TextSpan& text) {
  std::string_view s = text.text();
  // “监测预警”部分: a section referred to by its title.
  size_t at = 0;
  while ((at = s.find("“", at)) != std::string_view::npos) {
    size_t close = s.find("”", at);
    if (close == std::string_view::npos) break;
    std::string_view after = s.substr(close + 3);
    if (after.starts_with("部分")) {
      CrossRef ref;
      ref.target = std::string(s.substr(at + 3, close - at - 3));
      ref.kind = CrossRefKind::Section;
      ref.origin = context.origin(node, text.range(at, close + std::string_view("”部分").size()));
      context.plan.references.push_back(std::move(ref));
    }
    at = close + 3;
  }
}

// "附件：1.A 2.B": the attachments a plan lists, each a reference to an attachment title.
void scan_attachment_list(ReadContext& context, const std::vector<const syntax::Node*>& paragraphs) {
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const syntax::Node& node = *paragraphs[i];
    TextSpan rest;
    std::string label = label_of(node.text, rest, 3);
    if (label != "附件") continue;
    std::vector<TextSpan> items = {rest};
    for (size_t j = i + 1; j < paragraphs.size() && paragraphs[j]->marker_length > 0; ++j) {
      items.push_back(paragraphs[j]->text);
    }
    int number = 0;
    for (const TextSpan& item : items) {
      ++number;
      size_t marker = syntax::list_marker_length(item.text());
      TextSpan title = item.sub(marker, item.text().size()).trimmed();
      CrossRef ref;
      ref.target = title.text();
      ref.kind = CrossRefKind::Attachment;
      ref.number = number;
      ref.origin = context.origin(node, title.range());
      context.plan.references.push_back(std::move(ref));
    }
  }
}

// "(2023 年 3 月 30 日印发)".
bool read_footer(ReadContext& context, const syntax::Node& node) {
  std::string key = compact_key(node.text.text());
  if (key.size() < 8 || !contains(key, "印发")) return false;
  if (!(key.front() == '(' && key.back() == ')')) return false;
  size_t begin = 0;
  size_t end = 0;
  if (std::optional<Date> date = find_date(node.text.text(), begin, end)) {
    context.plan.footer_date = date;
    context.plan.footer_range = node.text.range();
    return true;
  }
  return false;
}

// "本预案由区应急管理局负责解释".
void read_interpreter(ReadContext& context, const syntax::Node& node) {
  for (const TextSpan& sentence : sentences(node.text)) {
    std::string_view s = sentence.text();
    size_t by = s.find("由");
    size_t verb = s.find("负责解释");
    if (by == std::string_view::npos || verb == std::string_view::npos || verb < by) continue;
    if (s.find("本预案") == std::string_view::npos) continue;
    TextSpan words = sentence.sub(by + 3, verb).trimmed();
    std::vector<OrgRef> refs = context.org_reader.read_item(words);
    context.plan.interpreting_words = words.text();
    if (!refs.empty()) context.plan.interpreter = context.note(refs.front());
  }
}

void walk_text(ReadContext& context, const syntax::Node& node, std::vector<const syntax::Node*>& paragraphs) {
  switch (node.kind) {
    case syntax::NodeKind::Paragraph:
      scan_citations(context, node, node.text);
      scan_references(context, node, node.text);
      read_footer(context, node);
      read_interpreter(context, node);
      paragraphs.push_back(&node);
      break;
    case syntax::NodeKind::Table:
      for (const auto& row : node.rows) {
        for (const auto& cell : row.cells) scan_citations(context, node, cell.text);
      }
      break;
    case syntax::NodeKind::Section:
      if (node.level == 1 && node.number.empty() && context.plan.heading_title.empty()) {
        context.plan.heading_title = node.title.text();
        context.plan.heading_title_range = node.heading_range;
      }
      scan_citations(context, node, node.title);
      break;
    default: break;
  }
  for (const auto& child : node.children) walk_text(context, *child, paragraphs);
}

}  // namespace

void read_text_facts(ReadContext& context) {
  std::vector<const syntax::Node*> paragraphs;
  walk_text(context, *context.document.root, paragraphs);
  scan_attachment_list(context, paragraphs);
  // Citations in document order.
  auto& citations = context.plan.citations;
  std::stable_sort(citations.begin(), citations.end(),
                   [](const Citation& a, const Citation& b) { return a.origin.range.begin < b.origin.range.begin; });
}

}  // namespace planc::ir
