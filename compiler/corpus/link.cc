// Linking: citations and superiors resolved across the corpus and the external registry.
#include "compiler/corpus/link.h"

#include <unordered_map>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"

namespace planc::corpus {
namespace {

std::string key_of(std::string_view text) { return match_key(text, {.drop_space = true}); }

const std::vector<std::string>& issuer_prefixes() {
  static const std::vector<std::string> prefixes = {key_of("国务院办公厅"), key_of("国务院"), key_of("中华人民共和国")};
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

// What a near title differs by, in words.
std::string difference(const std::string& cited, const std::string& known) {
  std::string c = key_of(cited);
  std::string k = key_of(known);
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

// Exact and loose indexes of the titles one plan can see: every plan of the corpus and
// the external documents of its scope.
class TitleIndex {
 public:
  void add(const std::string& title, Target target) {
    target.title = title;
    exact_.emplace(key_of(title), target);
    loose_.emplace(loose_title_key(title), target);
  }
  const Target* exact(const std::string& title) const {
    auto it = exact_.find(key_of(title));
    return it == exact_.end() ? nullptr : &it->second;
  }
  const Target* loose(const std::string& title) const {
    auto it = loose_.find(loose_title_key(title));
    return it == loose_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, Target> exact_;
  std::unordered_map<std::string, Target> loose_;
};

}  // namespace

std::string loose_title_key(std::string_view title) {
  std::string key = without_brackets(key_of(title));
  for (const std::string& prefix : issuer_prefixes()) {
    if (key.rfind(prefix, 0) == 0 && key.size() > prefix.size()) {
      key = key.substr(prefix.size());
      break;
    }
  }
  return key;
}

void link(Corpus& corpus) {
  // One index per external registry (each scope), sharing the corpus plans.
  std::unordered_map<const ir::ExternalRegistry*, TitleIndex> indexes;
  auto index_for = [&](const ir::ExternalRegistry* registry) -> const TitleIndex& {
    auto it = indexes.find(registry);
    if (it != indexes.end()) return it->second;
    TitleIndex& index = indexes[registry];
    // External documents first, so that a plan of the corpus wins on the same key.
    if (registry != nullptr) {
      for (const ir::ExternalDocument& d : registry->documents()) {
        index.add(d.title, {nullptr, &d, {}});
        for (const std::string& alias : d.aliases) index.add(alias, {nullptr, &d, {}});
      }
    }
    for (const ir::Plan& plan : corpus.plans) {
      if (!plan.meta.title.empty()) index.add(plan.meta.title, {&plan, nullptr, {}});
    }
    return index;
  };
  for (ir::Plan& plan : corpus.plans) {
    const TitleIndex& index = index_for(plan.external);
    std::string own = key_of(plan.meta.title);
    for (ir::Citation& citation : plan.citations) {
      if (!own.empty() && key_of(citation.title) == own) {
        citation.self = true;
        continue;
      }
      if (const Target* t = index.exact(citation.title)) {
        citation.plan = t->plan;
        citation.document = t->document;
        continue;
      }
      if (const Target* t = index.loose(citation.title)) {
        citation.near_title = t->title;
        citation.near_plan = t->plan;
        citation.near_document = t->document;
        citation.near_reason = difference(citation.title, t->title);
      }
    }
    for (const std::string& superior : plan.meta.superiors) {
      if (const Target* t = index.exact(superior)) {
        if (t->plan != nullptr)
          plan.superior_plans.push_back(t->plan);
        else
          plan.superior_documents.push_back(t->document);
      }
    }
  }
}

}  // namespace planc::corpus
