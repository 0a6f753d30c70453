// Linking: citations and superiors resolved across the corpus and the external registry.
#include "compiler/corpus/link.h"

#include <algorithm>
#include <unordered_map>

#include "compiler/base/fold.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::corpus {
namespace {

const std::vector<std::string>& issuer_prefixes() {
  static const std::vector<std::string> prefixes = {compact_key("国务院办公厅"), compact_key("国务院"),
                                                    compact_key("中华人民共和国")};
  return prefixes;
}

// Removes (...) groups from a match key.
std::string without_brackets(const std::string& key) {
  std::string out;
  int depth = 0;
  for (char c : key) {
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (depth == 0)
      out += c;
  }
  return out;
}

// The key a title is near-matched on, from its match key: without bracketed parts and
// without an issuer prefix.
std::string loose_key(const std::string& key) {
  std::string loose = without_brackets(key);
  for (const std::string& prefix : issuer_prefixes()) {
    if (loose.rfind(prefix, 0) == 0 && loose.size() > prefix.size()) return loose.substr(prefix.size());
  }
  return loose;
}

// What a near title differs by, in words (`cited` is the citation's match key).
std::string difference(const std::string& cited, const std::string& known) {
  const std::string& c = cited;
  std::string k = compact_key(known);
  if (without_brackets(c) == without_brackets(k)) {
    // The bracketed words as the known title writes them: （试行）.
    size_t open = known.find("（");
    if (open == std::string::npos) open = known.find('(');
    if (k.size() > c.size() && open != std::string::npos) return "缺少“" + known.substr(open) + "”";
    return "括注与登记的标题不同";
  }
  for (const std::string& prefix : issuer_prefixes()) {
    if (c.rfind(prefix, 0) == 0 && c.substr(prefix.size()) == k) return "多了“" + prefix + "”";
    if (k.rfind(prefix, 0) == 0 && k.substr(prefix.size()) == c) return "缺少“" + prefix + "”";
  }
  return "与登记的标题不同";
}

struct Target {
  const ir::Plan* plan = nullptr;
  const ir::ExternalDocument* document = nullptr;
  std::string title;
};

// Exact and loose indexes of titles, by key; the first title added under a key keeps it.
class TitleIndex {
 public:
  void add(const std::string& title, Target target) {
    target.title = title;
    std::string exact = compact_key(title);
    loose_.emplace(loose_key(exact), target);
    exact_.emplace(std::move(exact), std::move(target));
  }
  const Target* exact(const std::string& key) const {
    auto it = exact_.find(key);
    return it == exact_.end() ? nullptr : &it->second;
  }
  const Target* loose(const std::string& loose_key) const {
    auto it = loose_.find(loose_key);
    return it == loose_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, Target> exact_;
  std::unordered_map<std::string, Target> loose_;
};

// What one plan can see: every plan of the corpus, then the external documents of its
// scope, so that a plan of the corpus wins over a registered document on the same key.
struct Visible {
  const TitleIndex& plans;
  const TitleIndex* documents;
  const Target* exact(const std::string& key) const {
    const Target* t = plans.exact(key);
    return t != nullptr || documents == nullptr ? t : documents->exact(key);
  }
  const Target* loose(const std::string& key) const {
    const Target* t = plans.loose(key);
    return t != nullptr || documents == nullptr ? t : documents->loose(key);
  }
};

}  // namespace

void link(Corpus& corpus) {
  TitleIndex plans;
  for (const ir::Plan& plan : corpus.plans) {
    if (!plan.meta.title.empty()) plans.add(plan.meta.title, {&plan, nullptr, {}});
  }
  // One small index per external registry (each scope), built when a plan first uses it.
  std::unordered_map<const ir::ExternalRegistry*, TitleIndex> registries;
  auto documents_of = [&](const ir::ExternalRegistry* registry) -> const TitleIndex* {
    if (registry == nullptr) return nullptr;
    auto [it, added] = registries.try_emplace(registry);
    if (added) {
      for (const ir::ExternalDocument& d : registry->documents()) {
        it->second.add(d.title, {nullptr, &d, {}});
        for (const std::string& alias : d.aliases) it->second.add(alias, {nullptr, &d, {}});
      }
    }
    return &it->second;
  };
  for (ir::Plan& plan : corpus.plans) {
    Visible scope{plans, documents_of(plan.external)};
    std::string own = compact_key(plan.meta.title);
    for (ir::Citation& citation : plan.citations) {
      std::string key = compact_key(citation.title);
      if (!own.empty() && key == own) {
        citation.self = true;
        continue;
      }
      if (const Target* t = scope.exact(key)) {
        citation.plan = t->plan;
        citation.document = t->document;
        continue;
      }
      if (const Target* t = scope.loose(loose_key(key))) {
        citation.near_title = t->title;
        citation.near_plan = t->plan;
        citation.near_document = t->document;
        citation.near_reason = difference(key, t->title);
      }
    }
    for (const std::string& superior : plan.meta.superiors) {
      if (!own.empty() && compact_key(superior) == own) continue;  // reported by report_links
      if (const Target* t = scope.exact(compact_key(superior))) {
        if (t->plan != nullptr)
          plan.superior_plans.push_back(t->plan);
        else
          plan.superior_documents.push_back(t->document);
      }
    }
  }
}

namespace {

// The range of a front-matter field's value (the key when the value is empty).
SourceRange field_range(const ir::Plan& plan, std::string_view key) {
  const ir::MetaField* field = plan.meta.field(key);
  return field ? field->value_range : SourceRange();
}

}  // namespace

void report_links(const Corpus& corpus, DiagnosticSink& sink) {
  // Two plans of one title: superiors and citations cannot tell them apart.
  std::unordered_map<std::string, const ir::Plan*> titles;
  for (const ir::Plan& plan : corpus.plans) {
    if (plan.meta.title.empty()) continue;
    auto [it, added] = titles.emplace(compact_key(plan.meta.title), &plan);
    if (!added) {
      syntax::report_syntax(
          sink, field_range(plan, "预案"),
          "两个预案的标题相同（另一个是 " + it->second->path + "）：引用和上位预案无法区分二者，请核对标题",
          field_range(*it->second, "预案"), "标题相同的预案");
    }
  }
  for (const ir::Plan& plan : corpus.plans) {
    std::string own = compact_key(plan.meta.title);
    for (const std::string& superior : plan.meta.superiors) {
      if (!own.empty() && compact_key(superior) == own) {
        syntax::report_syntax(sink, field_range(plan, "上位"), "上位预案写的是本预案自身：应写上一级的预案");
      }
    }
    // A chain of superiors that comes back to the plan.
    std::vector<const ir::Plan*> chain = {&plan};
    const ir::Plan* current = &plan;
    while (current != nullptr && !current->superior_plans.empty() && chain.size() <= corpus.plans.size()) {
      current = current->superior_plans.front();
      if (current == &plan) {
        std::string path;
        for (const ir::Plan* p : chain) path += "《" + p->meta.title + "》→ ";
        syntax::report_syntax(sink, field_range(plan, "上位"),
                              "上位预案循环：" + path + "《" + plan.meta.title + "》：上下级关系不能成环");
        break;
      }
      if (std::find(chain.begin(), chain.end(), current) != chain.end()) break;  // a cycle above, reported there
      chain.push_back(current);
    }
  }
}

}  // namespace planc::corpus
