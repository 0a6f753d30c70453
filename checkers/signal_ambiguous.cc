// signal-ambiguous: two warning levels of one hazard whose quantitative criteria are the same.
#include <algorithm>

#include "checkers/bases.h"
#include "checkers/rules.h"
#include "checkers/signals.h"
#include "checkers/util.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"

namespace planc::checkers {
namespace {

// One quantitative criterion, resolved; a level's criteria are alternatives of these.
struct Item {
  const ir::Criterion* criterion;
  ResolvedInterval interval;
};
using Clause = std::vector<Item>;

bool same_item(const Item& a, const Item& b) {
  return same_axis(*a.criterion, *b.criterion) && same(a.interval, b.interval);
}

bool same_clause(const Clause& a, const Clause& b) {
  auto covered = [](const Clause& x, const Clause& y) {
    for (const Item& i : x) {
      if (std::none_of(y.begin(), y.end(), [&](const Item& j) { return same_item(i, j); })) return false;
    }
    return true;
  };
  return covered(a, b) && covered(b, a);
}

bool same_set(const std::vector<Clause>& a, const std::vector<Clause>& b) {
  auto covered = [](const std::vector<Clause>& x, const std::vector<Clause>& y) {
    for (const Clause& c : x) {
      if (std::none_of(y.begin(), y.end(), [&](const Clause& d) { return same_clause(c, d); })) return false;
    }
    return true;
  };
  return covered(a, b) && covered(b, a);
}

// A level's quantitative criteria: qualitative words dropped, empty clauses dropped.
std::vector<Clause> quantities(const ir::Plan& plan, const ir::Signal& signal) {
  std::vector<Clause> clauses;
  for (const ir::Clause& clause : signal.criteria.any) {
    Clause c;
    for (const ir::Criterion& criterion : clause.all) {
      if (!criterion.qualitative()) c.push_back({&criterion, resolved(plan, criterion)});
    }
    if (!c.empty()) clauses.push_back(std::move(c));
  }
  return clauses;
}

// "冰雹直径 ≤ 20毫米", clauses joined with 或.
std::string in_words(const std::vector<Clause>& clauses) {
  std::vector<std::string> seen;
  std::string out;
  for (const Clause& clause : clauses) {
    std::string words;
    for (const Item& item : clause) {
      words += (words.empty() ? "" : "且") + axis_words(*item.criterion) + " " + describe(item.interval);
    }
    if (std::find(seen.begin(), seen.end(), words) != seen.end()) continue;
    seen.push_back(words);
    out += (out.empty() ? "" : "，或") + words;
  }
  return out;
}

// The phrases of a signal that state no quantity: the text after its label, split at
// ，；。 and the phrases with a figure left out.
std::vector<std::string> qualitative_phrases(const ir::Signal& signal) {
  std::string_view text = signal.text;
  for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
    size_t at = text.find(colon);
    if (at != std::string_view::npos && chars_before(text, at) < 12) {
      text = text.substr(at + colon.size());
      break;
    }
  }
  std::vector<std::string> phrases;
  std::string phrase;
  auto flush = [&] {
    std::string k = key(phrase);
    bool figure = k.find_first_of("0123456789") != std::string::npos;
    if (!k.empty() && !figure) phrases.push_back(phrase);
    phrase.clear();
  };
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (c == U'，' || c == U'；' || c == U'。' || c == U',' || c == U';') {
      flush();
    } else if (!(phrase.empty() && (c == U' ' || c == U'\u3000'))) {
      phrase.append(text.substr(at, i - at));
    }
  }
  flush();
  return phrases;
}

// The phrases of `a` that `b` does not have, quoted and joined.
std::string only_in(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::string out;
  for (const std::string& p : a) {
    bool shared = std::any_of(b.begin(), b.end(), [&](const std::string& q) { return key(q) == key(p); });
    if (!shared) out += (out.empty() ? "" : "、") + ("“" + p + "”");
  }
  return out;
}

class SignalAmbiguousCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"signal-ambiguous", Severity::Warning,
                               "同一灾种两个预警级别的定量标准完全相同，无法按数值区分级别",
                               bases::response_law_article_42()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const auto& levels : signals_by_hazard(*plan)) check_hazard(context, *plan, levels);
    }
  }

 private:
  // Each level against the nearest higher level with the same quantities: a run of three
  // equal levels gives two findings, each pointing one level up.
  static void check_hazard(CheckContext& context, const ir::Plan& plan, const std::vector<const ir::Signal*>& levels) {
    std::vector<std::vector<Clause>> sets;
    for (const ir::Signal* signal : levels) sets.push_back(quantities(plan, *signal));
    for (size_t low = 1; low < levels.size(); ++low) {
      if (sets[low].empty()) continue;  // a qualitative level: nothing to compare
      for (size_t high = low; high-- > 0;) {
        if (levels[high]->ordinal == levels[low]->ordinal || !same_set(sets[high], sets[low])) continue;
        report(context, *levels[high], *levels[low], sets[low]);
        break;
      }
    }
  }

  static void report(CheckContext& context, const ir::Signal& high, const ir::Signal& low,
                     const std::vector<Clause>& quantities) {
    std::string message = signal_name(low) + "与" + high.colour + "预警信号的定量标准相同（" + in_words(quantities) +
                          "），两级无法按数值区分";
    std::vector<std::string> low_words = qualitative_phrases(low);
    std::vector<std::string> high_words = qualitative_phrases(high);
    std::string only_low = only_in(low_words, high_words);
    std::string only_high = only_in(high_words, low_words);
    if (!only_low.empty() || !only_high.empty()) {
      message += "；仅以定性描述区分：" + low.colour + (only_low.empty() ? "无另外的描述" : only_low) + "，" +
                 high.colour + (only_high.empty() ? "无另外的描述" : only_high);
    } else {
      message += "，文字描述也没有区别";
    }
    Diagnostic& d = context.report(low.origin.range, message, low.origin.section);
    d.related.push_back({high.origin.range, high.colour + "预警信号的标准在这里"});
  }
};

}  // namespace

std::unique_ptr<Check> make_signal_ambiguous_check() { return std::make_unique<SignalAmbiguousCheck>(); }

}  // namespace planc::checkers
