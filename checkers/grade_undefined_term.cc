// grade-undefined-term: 用作等级的名称不是本预案分级所定义的等级，而是其他预案分级的等级.
#include <algorithm>
#include <set>

#include "checkers/grading.h"
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/lexicon.h"
#include "compiler/ir/prose.h"

namespace planc::checkers {
namespace {

// A grade name of a scheme the plan can see but does not declare itself.
struct Foreign {
  std::string key;
  std::string name;
  const ir::Plan* plan = nullptr;
  const ir::GradeScheme* scheme = nullptr;
};

// The grade names a plan may meet in its text: its own and those of other schemes.
struct Vocabulary {
  std::set<std::string> own;
  std::vector<Foreign> foreign;
  std::vector<std::string> keys;  ///< every name, by its id in the lexicon
  ir::Lexicon lexicon;            ///< longest-match look-up of every name
};

// A grade name used as a grade: the words, the name within them, and its match key.
struct Use {
  SourceRange range;
  SourceRange name;
  std::string phrase;
  std::string key;
};

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

std::string plan_title(const ir::Plan& plan) {
  return "《" + (plan.meta.title.empty() ? plan.heading_title : plan.meta.title) + "》";
}

class GradeUndefinedTermCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-undefined-term",
                               Severity::Warning,
                               "用作等级的名称不是本预案分级所定义的等级，而是其他预案分级的等级",
                               {"planc 预案语言（docs/language.md）", "分级",
                                "预案正文使用的等级名称（如“较大及以上”）应是本预案分级所定义的等级。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    std::vector<Foreign> corpus_grades;  // every grade name of the corpus, once, built once per run
    for (const ir::Plan& other : context.corpus().plans) add_grades(corpus_grades, {}, other);
    for (const ir::Plan* plan : context.plans()) {
      if (plan->schemes.empty()) continue;
      Vocabulary words = vocabulary(*plan, corpus_grades);
      if (words.foreign.empty()) continue;
      ir::for_each_prose(*plan, [&](const ir::ProseItem& item) { scan(context, *plan, words, item); });
    }
  }

 private:
  // Adds the grades of a plan's schemes whose names are neither `own` nor known yet.
  static void add_grades(std::vector<Foreign>& grades, const std::set<std::string>& own, const ir::Plan& other) {
    for (const ir::GradeScheme& scheme : other.schemes) {
      for (const ir::Grade& grade : scheme.grades) {
        std::string k = key(grade.name);
        bool known =
            own.count(k) || std::any_of(grades.begin(), grades.end(), [&](const Foreign& f) { return f.key == k; });
        if (!known && !k.empty()) grades.push_back({k, grade.name, &other, &scheme});
      }
    }
  }

  // The plan's own grade names, and the others it can see: its superiors' first (they
  // are named in its front matter), then the rest of the corpus's.
  static Vocabulary vocabulary(const ir::Plan& plan, const std::vector<Foreign>& corpus_grades) {
    Vocabulary words;
    for (const ir::GradeScheme& scheme : plan.schemes) {
      for (const ir::Grade& grade : scheme.grades) words.own.insert(key(grade.name));
    }
    for (const ir::Plan* superior : plan.superior_plans) {
      if (superior != &plan) add_grades(words.foreign, words.own, *superior);
    }
    for (const Foreign& f : corpus_grades) {
      bool known = words.own.count(f.key) || std::any_of(words.foreign.begin(), words.foreign.end(),
                                                         [&](const Foreign& g) { return g.key == f.key; });
      if (!known) words.foreign.push_back(f);
    }
    words.keys.assign(words.own.begin(), words.own.end());
    for (const Foreign& f : words.foreign) words.keys.push_back(f.key);
    for (size_t id = 0; id < words.keys.size(); ++id) words.lexicon.add(words.keys[id], static_cast<int>(id));
    return words;
  }

  // The length of the grade name at s[i] (the longest), 0 when none; its key in found.
  static size_t grade_at(const Vocabulary& words, std::string_view s, size_t i, std::string* found = nullptr) {
    ir::Lexicon::Match m = words.lexicon.longest(s, i);
    if (!m.found()) return 0;
    if (found) *found = words.keys[static_cast<size_t>(m.id)];
    return m.length;
  }

  // Where the words after a grade name show it is used as a grade: 及以上, 级别, 事件,
  // 灾害 or a hazard, possibly after more grade names (“较大、重大事件”). 0 when not.
  static size_t grade_use_end(const ir::Plan& plan, const Vocabulary& words, std::string_view s, size_t e) {
    for (bool more = true; more;) {
      more = false;
      for (std::string_view sep : {"、", "和", "或", "与", "及"}) {
        if (!starts(s, e, sep) || starts(s, e, "及以")) continue;
        if (size_t n = grade_at(words, s, e + sep.size())) {
          e += sep.size() + n;
          more = true;
        }
      }
    }
    size_t start = e;
    for (std::string_view q : {"及以上", "及以下", "以上", "以下"}) {
      if (starts(s, e, q)) {
        e += q.size();
        break;
      }
    }
    if (starts(s, e, "级别")) e += std::string_view("级别").size();
    for (std::string_view event : {"突发事件", "事件", "灾害"}) {
      if (starts(s, e, event)) return e + event.size();
    }
    if (plan.indicators) {
      ir::Lexicon::Match hazard = plan.indicators->match_hazard(s, e);
      if (hazard.found()) return e + hazard.length;
    }
    return e > start ? e : 0;
  }

  static void scan(CheckContext& context, const ir::Plan& plan, const Vocabulary& words, const ir::ProseItem& item) {
    const TextSpan& text = item.text();
    Folded folded = fold(text.text(), {.drop_space = true});
    const std::string& s = folded.text;
    for (size_t i = 0; i < s.size();) {
      std::string k;
      size_t n = grade_at(words, s, i, &k);
      if (n == 0) {
        utf8::next(s, i);
        continue;
      }
      bool adjective = i >= 3 && starts(s, i - 3, "比");  // 比较大
      size_t end = words.own.count(k) || adjective ? 0 : grade_use_end(plan, words, s, i + n);
      if (end > 0) {
        size_t begin = folded.original(i);
        Use use{text.range(begin, folded.original(end)), text.range(begin, folded.original(i + n)),
                text.text().substr(begin, folded.original(end) - begin), k};
        report(context, plan, words, item, use);
      }
      i += n;
    }
  }

  static void report(CheckContext& context, const ir::Plan& plan, const Vocabulary& words, const ir::ProseItem& item,
                     const Use& use) {
    auto it =
        std::find_if(words.foreign.begin(), words.foreign.end(), [&](const Foreign& f) { return f.key == use.key; });
    const Foreign& f = *it;
    std::string own;
    for (const ir::GradeScheme& scheme : plan.schemes)
      own += (own.empty() ? "“" : "；“") + scheme.name + "”分级为" + grading::grade_names(scheme);
    std::string message = "“" + use.phrase + "”把“" + f.name + "”用作等级，但本预案没有这个等级：本预案的" + own +
                          "；“" + f.name + "”是" + plan_title(*f.plan) + "“" + f.scheme->name +
                          "”分级的等级。应改用本预案的等级名称，或写明它对应本预案的哪一级。";
    std::string mapped = mapped_grade(context, plan, f.name);
    if (!mapped.empty()) message += "按登记的分级对照，它对应本预案的“" + mapped + "”。";
    Diagnostic& d = context.report(use.range, message, item.section());
    for (const ir::GradeScheme& scheme : plan.schemes)
      d.related.push_back(
          {scheme.origin.range, "本预案的“" + scheme.name + "”分级在这里：" + grading::grade_names(scheme)});
    if (!mapped.empty()) d.fixits.push_back({use.name, mapped});
  }

  // This plan's grade that a declared correspondence (对照) gives a superior's grade.
  static std::string mapped_grade(const CheckContext& context, const ir::Plan& plan, const std::string& grade) {
    for (const ir::GradeScheme& scheme : plan.schemes) {
      const ir::Mapping* m = context.corpus().mapping_for("分级", plan.meta.title, scheme.name);
      if (m == nullptr) continue;
      for (const auto& [mine, theirs] : m->pairs) {
        if (key(theirs) == key(grade)) return mine;
      }
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_undefined_term_check() { return std::make_unique<GradeUndefinedTermCheck>(); }

}  // namespace planc::checkers
