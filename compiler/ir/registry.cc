// The registries a corpus declares: organisations (机构) and indicators and hazards (指标).
#include "compiler/ir/registry.h"

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/entries.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {

bool is_bracket_open(char32_t c) {
  return c == U'（' || c == '(' || c == U'《' || c == U'“' || c == U'〔' || c == U'【';
}
bool is_bracket_close(char32_t c) {
  return c == U'）' || c == ')' || c == U'》' || c == U'”' || c == U'〕' || c == U'】';
}

}  // namespace

std::vector<TextSpan> split_list(const TextSpan& text) {
  std::vector<TextSpan> items;
  std::string_view s = text.text();
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    char32_t c = utf8::next(s, i);
    if (is_bracket_open(c)) ++depth;
    if (is_bracket_close(c) && depth > 0) --depth;
    if (depth == 0 && (c == U'、' || c == U'，' || c == ',' || c == U'\u3000')) {
      TextSpan item = text.sub(start, at).trimmed();
      if (!item.empty()) items.push_back(item);
      start = i;
    }
  }
  TextSpan last = text.sub(start, s.size()).trimmed();
  if (!last.empty()) items.push_back(last);
  return items;
}

void OrgRegistry::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const Entry& entry : entries(document, sink)) {
    check_keys(entry.fields, {"全称", "别名", "类型", "上级", "说明"}, sink);
    Org org;
    org.name = entry.section->title.text();
    org.range = entry.section->heading_range;
    if (const auto* f = field(entry, "全称")) org.full_name = f->value.text();
    if (const auto* f = field(entry, "类型")) org.type = f->value.text();
    if (const auto* f = field(entry, "上级")) org.parent = f->value.text();
    if (const auto* f = field(entry, "别名")) {
      for (const TextSpan& alias : split_list(f->value)) org.aliases.push_back(alias.text());
    }
    if (org.name.empty()) {
      syntax::report_syntax(sink, entry.section->heading_range, "机构登记项缺少名称：'## ' 之后应写机构名称");
      continue;
    }
    int id = static_cast<int>(orgs_.size());
    lexicon_.add(compact_key(org.name), id);
    if (!org.full_name.empty()) lexicon_.add(compact_key(org.full_name), id);
    for (const auto& alias : org.aliases) lexicon_.add(compact_key(alias), id);
    orgs_.push_back(std::move(org));
  }
  for (const auto& [key, first, second] : lexicon_.conflicts()) {
    syntax::report_syntax(
        sink, orgs_[second].range,
        "名称“" + key + "”已登记为“" + orgs_[first].name + "”的名称或别名，不能再指“" + orgs_[second].name + "”",
        orgs_[first].range, "先在这里登记");
  }
}

const Org* OrgRegistry::find(std::string_view name) const {
  int index = index_of(name);
  return index < 0 ? nullptr : &orgs_[index];
}

int OrgRegistry::index_of(std::string_view name) const { return lexicon_.find(compact_key(name)); }

bool OrgRegistry::is_below(int lower, int upper) const {
  int current = lower;
  for (size_t steps = 0; current >= 0 && steps < orgs_.size(); ++steps) {
    const Org& org = orgs_[current];
    if (org.parent.empty()) return false;
    current = index_of(org.parent);
    if (current == upper) return true;
  }
  return false;
}

void OrgRegistry::validate(DiagnosticSink& sink) const {
  for (const Org& org : orgs_) {
    if (!org.parent.empty() && index_of(org.parent) < 0) {
      syntax::report_syntax(sink, org.range, "“" + org.name + "”的上级“" + org.parent + "”没有登记");
    }
  }
}

void IndicatorRegistry::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const Entry& entry : entries(document, sink)) {
    check_keys(entry.fields, {"别名", "单位", "类别", "说明"}, sink);
    Indicator indicator;
    indicator.name = entry.section->title.text();
    indicator.range = entry.section->heading_range;
    if (const auto* f = field(entry, "类别")) indicator.hazard = compact_key(f->value.text()) == compact_key("灾种");
    if (const auto* f = field(entry, "别名")) {
      for (const TextSpan& alias : split_list(f->value)) indicator.aliases.push_back(alias.text());
    }
    if (const auto* f = field(entry, "单位")) {
      indicator.unit = f->value.text();
      indicator.dimension = dimension_of_unit(indicator.unit);
      if (indicator.dimension == Dimension::None) {
        syntax::report_syntax(sink, f->value.range(),
                              "无法识别的单位“" + indicator.unit + "”：可用 人、元、毫米、℃、级、度、M、% 等");
      }
    } else if (!indicator.hazard) {
      syntax::report_syntax(sink, entry.section->heading_range, "指标“" + indicator.name + "”缺少 '单位：…'");
    }
    int id = static_cast<int>(indicators_.size());
    Lexicon& lexicon = indicator.hazard ? hazard_lexicon_ : indicator_lexicon_;
    lexicon.add(compact_key(indicator.name), id);
    for (const auto& alias : indicator.aliases) lexicon.add(compact_key(alias), id);
    indicators_.push_back(std::move(indicator));
  }
}

const Indicator* IndicatorRegistry::find(std::string_view name) const {
  int index = index_of(name);
  return index < 0 ? nullptr : &indicators_[index];
}

std::vector<IndicatorRegistry::HazardHit> IndicatorRegistry::hazards_in(std::string_view folded) const {
  std::vector<HazardHit> out;
  for (size_t i = 0; i < folded.size();) {
    Lexicon::Match m = match_hazard(folded, i);
    if (!m.found()) {
      utf8::next(folded, i);
      continue;
    }
    out.push_back({m.id, i, i + m.length});
    i += m.length;
  }
  return out;
}

int IndicatorRegistry::index_of(std::string_view name) const {
  std::string key = compact_key(name);
  int index = indicator_lexicon_.find(key);
  return index >= 0 ? index : hazard_lexicon_.find(key);
}

}  // namespace planc::ir
