// What the grade rules share: each grade's interval per indicator, compared with its neighbours.
#include "checkers/grading.h"

#include <algorithm>
#include <cmath>

#include "checkers/util.h"

namespace planc::checkers::grading {
namespace {

const ir::GradeScheme* find_scheme(const ir::Plan& plan, const std::string& name) {
  for (const ir::GradeScheme& scheme : plan.schemes) {
    if (key(scheme.name) == key(name)) return &scheme;
  }
  return nullptr;
}

Group& group_for(std::vector<Group>& groups, const ir::GradeScheme* scheme, const ir::GradeDefinition& definition) {
  for (Group& g : groups) {
    if (g.scheme == scheme && g.role == definition.role && g.from_table == definition.from_table) return g;
  }
  Group g;
  g.scheme = scheme;
  g.role = definition.role;
  g.from_table = definition.from_table;
  groups.push_back(std::move(g));
  return groups.back();
}

Ladder& ladder_for(Group& group, const ir::Criterion& criterion) {
  for (Ladder& ladder : group.ladders) {
    if (ladder.indicator == criterion.indicator) return ladder;
  }
  Ladder ladder;
  ladder.indicator = criterion.indicator;
  ladder.indicator_name = criterion.indicator_name;
  group.ladders.push_back(std::move(ladder));
  return group.ladders.back();
}

// Adds each single-criterion clause of a definition to its indicator's ladder; the
// first interval a grade states on an indicator is the one compared.
void add_definition(Group& group, const ir::GradeDefinition& definition, int rank) {
  for (const ir::Clause& clause : definition.criteria.any) {
    if (clause.all.size() != 1) continue;
    const ir::Criterion& criterion = clause.all.front();
    if (criterion.qualitative() || criterion.interval.empty_bounds()) continue;
    Ladder& ladder = ladder_for(group, criterion);
    bool known = std::any_of(ladder.steps.begin(), ladder.steps.end(), [&](const Step& s) { return s.rank == rank; });
    if (!known) ladder.steps.push_back({&definition, &criterion, rank});
  }
}

bool same_window(const ir::Criterion& a, const ir::Criterion& b) {
  if (!a.window || !b.window) return !a.window && !b.window;
  return a.window->value == b.window->value && a.window->dimension == b.window->dimension;
}

// The higher grade takes smaller values than the lower one: its lower bound is below
// the lower grade's (unbounded counts as below), or it lies entirely below it.
bool reversed(const ResolvedInterval& high, const ResolvedInterval& low) {
  if (low.lower && !high.lower) return true;
  if (low.lower && high.lower && high.lower->value < low.lower->value) return true;
  return high.upper && low.lower && !overlap(high, low) && high.upper->value <= low.lower->value;
}

Verdict judge(const Pair& pair) {
  if (reversed(pair.high, pair.low)) return Verdict::NonMonotone;
  Fit read = fit(pair.low, pair.high);
  Fit other = fit(pair.low_flipped, pair.high_flipped);
  if (read != other) return Verdict::Ambiguous;
  if (read == Fit::Overlap) return Verdict::Overlap;
  if (read == Fit::Gap) return Verdict::Gap;
  return Verdict::Clean;
}

// On an integer scale, a bound as the whole value it admits: "< 10" as "≤ 9".
std::optional<ResolvedBound> whole(const std::optional<ResolvedBound>& bound, bool lower, bool integers) {
  if (!bound || !integers) return bound;
  ResolvedBound b = *bound;
  if (lower)
    b.value = b.inclusive ? std::ceil(b.value) : std::floor(b.value) + 1;
  else
    b.value = b.inclusive ? std::floor(b.value) : std::ceil(b.value) - 1;
  b.inclusive = true;
  return b;
}

ResolvedInterval whole(const ResolvedInterval& interval) {
  bool integers = discrete(interval.dimension);
  ResolvedInterval r = interval;
  r.lower = whole(interval.lower, true, integers);
  r.upper = whole(interval.upper, false, integers);
  return r;
}

}  // namespace

int rank_of(const ir::GradeScheme& scheme, const std::string& grade) {
  for (const ir::Grade& g : scheme.grades) {
    if (key(g.name) == key(grade)) return g.rank;
  }
  return -1;
}

std::string grade_names(const ir::GradeScheme& scheme) {
  std::string out;
  for (const ir::Grade& g : scheme.grades) out += (out.empty() ? "" : "、") + g.name;
  return out;
}

std::vector<Group> groups(const ir::Plan& plan) {
  std::vector<Group> result;
  for (const ir::GradeDefinition& definition : plan.definitions) {
    const ir::GradeScheme* scheme = find_scheme(plan, definition.scheme);
    if (scheme == nullptr) continue;
    int rank = rank_of(*scheme, definition.grade);
    if (rank < 0) continue;
    add_definition(group_for(result, scheme, definition), definition, rank);
  }
  for (Group& group : result) {
    for (Ladder& ladder : group.ladders) {
      std::stable_sort(ladder.steps.begin(), ladder.steps.end(),
                       [](const Step& a, const Step& b) { return a.rank < b.rank; });
    }
  }
  return result;
}

const ir::Criterion* single_criterion(const ir::GradeDefinition& definition, int indicator) {
  for (const ir::Clause& clause : definition.criteria.any) {
    if (clause.all.size() != 1) continue;
    const ir::Criterion& criterion = clause.all.front();
    if (criterion.indicator == indicator && !criterion.interval.empty_bounds()) return &criterion;
  }
  return nullptr;
}

Fit fit(const ResolvedInterval& lower, const ResolvedInterval& higher) {
  if (overlap(lower, higher)) return Fit::Overlap;
  if (gap_between(lower, higher)) return Fit::Gap;
  return Fit::Meet;
}

void for_each_pair(const ir::Plan& plan, const std::function<void(const Pair&)>& f) {
  const std::vector<Group> all = groups(plan);
  for (const Group& group : all) {
    for (const Ladder& ladder : group.ladders) {
      for (size_t i = 1; i < ladder.steps.size(); ++i) {
        Pair pair;
        pair.group = &group;
        pair.ladder = &ladder;
        pair.higher = &ladder.steps[i - 1];
        pair.lower = &ladder.steps[i];
        const ir::Criterion& h = *pair.higher->criterion;
        const ir::Criterion& l = *pair.lower->criterion;
        if (h.interval.dimension != l.interval.dimension || !same_window(h, l)) continue;
        pair.high = resolve(h.interval, plan.convention);
        pair.low = resolve(l.interval, plan.convention);
        pair.high_flipped = flip_defaults(pair.high);
        pair.low_flipped = flip_defaults(pair.low);
        pair.verdict = judge(pair);
        f(pair);
      }
    }
  }
}

void skip_unchecked(CheckContext& context, const ir::Plan& plan) {
  for (const ir::GradeScheme& scheme : plan.schemes) {
    bool stated = false;
    for (const ir::GradeDefinition& definition : plan.definitions) {
      if (key(definition.scheme) != key(scheme.name)) continue;
      for (const ir::Clause& clause : definition.criteria.any) {
        for (const ir::Criterion& criterion : clause.all) stated = stated || !criterion.qualitative();
      }
    }
    if (!stated) {
      context.skip(plan.path,
                   "分级“" + scheme.name + "”没有写出任何等级的数量标准（分级表或“标准”段落），无法比较各等级的标准");
    }
  }
}

void run_verdict(CheckContext& context, Verdict verdict, void (*report)(CheckContext&, const Pair&)) {
  for (const ir::Plan* plan : context.plans()) {
    skip_unchecked(context, *plan);
    for_each_pair(*plan, [&](const Pair& pair) {
      if (pair.verdict == verdict) report(context, pair);
    });
  }
}

std::string source_name(bool from_table) { return from_table ? "附件表" : "正文"; }

std::string role_name(ir::CriteriaRole role) {
  return role == ir::CriteriaRole::Initial ? "应急响应初判标准" : "分级标准";
}

std::string where(const Group& group) { return source_name(group.from_table) + "的" + role_name(group.role); }

std::string quoted(const ir::Criterion& criterion) {
  std::string text = criterion.text;
  for (const std::string tail : {"。", "；", "，", ";", ","}) {
    if (text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0)
      text.erase(text.size() - tail.size());
  }
  return "“" + text + "”";
}

std::string grade_name(const Step& step) { return "“" + step.definition->grade + "”"; }

std::string stated(const Step& step, const ResolvedInterval& interval) {
  return grade_name(step) + "为 " + describe(interval) + "（" + quoted(*step.criterion) + "）";
}

ResolvedInterval intersection(const ResolvedInterval& a, const ResolvedInterval& b) {
  ResolvedInterval r = a;
  if (!r.lower ||
      (b.lower && (b.lower->value > r.lower->value || (b.lower->value == r.lower->value && !b.lower->inclusive))))
    r.lower = b.lower;
  if (!r.upper ||
      (b.upper && (b.upper->value < r.upper->value || (b.upper->value == r.upper->value && !b.upper->inclusive))))
    r.upper = b.upper;
  return whole(r);
}

ResolvedInterval between(const ResolvedInterval& low, const ResolvedInterval& high) {
  ResolvedInterval r;
  r.dimension = low.dimension;
  if (low.upper) r.lower = ResolvedBound{low.upper->value, !low.upper->inclusive, low.upper->decided};
  if (high.lower) r.upper = ResolvedBound{high.lower->value, !high.lower->inclusive, high.lower->decided};
  return whole(r);
}

}  // namespace planc::checkers::grading
