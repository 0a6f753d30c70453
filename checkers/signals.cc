// Helpers the signal and coverage checks share.
#include "checkers/signals.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "checkers/util.h"
#include "compiler/base/fold.h"
#include "compiler/base/number.h"

namespace planc::checkers {

std::string hazard_key(const ir::Plan& plan, std::string_view name) {
  if (plan.indicators) {
    const ir::Indicator* hazard = plan.indicators->find(name);
    if (hazard && hazard->hazard) return key(hazard->name);
  }
  return key(name);
}

std::vector<std::vector<const ir::Signal*>> signals_by_hazard(const ir::Plan& plan) {
  std::vector<std::string> keys;
  std::vector<std::vector<const ir::Signal*>> groups;
  for (const ir::Signal& signal : plan.signals) {
    if (signal.ordinal <= 0 || signal.hazard.empty()) continue;
    std::string k = hazard_key(plan, signal.hazard);
    auto it = std::find(keys.begin(), keys.end(), k);
    if (it == keys.end()) {
      keys.push_back(k);
      groups.emplace_back();
      it = keys.end() - 1;
    }
    groups[static_cast<size_t>(it - keys.begin())].push_back(&signal);
  }
  for (auto& group : groups) {
    std::stable_sort(group.begin(), group.end(),
                     [](const ir::Signal* a, const ir::Signal* b) { return a->ordinal < b->ordinal; });
  }
  return groups;
}

bool same_axis(const ir::Criterion& a, const ir::Criterion& b) {
  if (a.qualitative() || a.indicator != b.indicator) return false;
  if (a.window.has_value() != b.window.has_value()) return false;
  return !a.window || (a.window->value == b.window->value && a.window->dimension == b.window->dimension);
}

std::string axis_words(const ir::Criterion& criterion) {
  std::string name = criterion.indicator_name.empty() ? criterion.indicator_words : criterion.indicator_name;
  if (!criterion.window) return name;
  const ir::Quantity& w = *criterion.window;
  return ir::show_quantity(w.value, w.dimension) + "内" + name;
}

std::string signal_name(const ir::Signal& signal) { return signal.hazard + signal.colour + "预警信号"; }

ResolvedInterval resolved(const ir::Plan& plan, const ir::Criterion& criterion) {
  return resolve(criterion.interval, plan.convention);
}

bool starts_below(const ResolvedBound& a, const ResolvedBound& b, ir::Dimension dimension) {
  ResolvedInterval outer, inner;
  outer.dimension = inner.dimension = dimension;
  outer.lower = b;
  inner.lower = a;
  return !contains(outer, inner);
}

bool ends_above(const ResolvedBound& a, const ResolvedBound& b, ir::Dimension dimension) {
  ResolvedInterval outer, inner;
  outer.dimension = inner.dimension = dimension;
  outer.upper = b;
  inner.upper = a;
  return !contains(outer, inner);
}

std::string quote(const ir::Plan& plan, const ir::Criterion& criterion) {
  std::string q = criterion.text;
  // Cut the words before the indicator's name ("预计本区有街镇"), unless a time window
  // stands there ("24 小时内最低气温").
  const ir::Indicator* indicator = nullptr;
  if (plan.indicators && criterion.indicator >= 0) {
    indicator = &plan.indicators->indicators()[static_cast<size_t>(criterion.indicator)];
  }
  if (indicator && !criterion.window) {
    Folded folded = fold(q, {.drop_space = true});
    size_t first = std::string::npos;
    std::vector<std::string> names = indicator->aliases;
    names.push_back(indicator->name);
    for (const std::string& name : names) {
      size_t at = folded.text.find(key(name));
      if (at != std::string::npos) first = std::min(first, at);
    }
    if (first != std::string::npos) q = q.substr(folded.original(first));
  }
  // A trailing mark is the sentence's, not the criterion's.
  for (std::string_view end : {"。", "；", "，"}) {
    if (q.size() > end.size() && q.compare(q.size() - end.size(), end.size(), end) == 0)
      q.resize(q.size() - end.size());
  }
  return q;
}

}  // namespace planc::checkers
