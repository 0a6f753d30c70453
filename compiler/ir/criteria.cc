// Criteria: the meaning of a grading or signal phrase, read from its words.
#include "compiler/ir/criteria.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <tuple>
#include <unordered_map>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"

namespace planc::ir {
namespace {

// ---------------------------------------------------------------------------------
// Tokens of one leaf phrase (folded text, white space dropped).

struct Token {
  enum Kind { Indicator, Value, Compare, RangeSep } kind = Value;
  size_t begin = 0;
  size_t end = 0;
  // Indicator
  int indicator = -1;
  // Value
  double value = 0;
  Dimension dimension = Dimension::None;
  std::string unknown_unit;  ///< the words after a number that no unit names: "毫西弗"
  std::string unit;          ///< the unit as written: "头", "万元"
  bool scaled = false;       ///< a multiplier or unit follows the number
  double scale = 1;          ///< value / the bare number
  /// "5000万元（含）至1亿元（不含）": whether the value itself is included, as the bracket
  /// after it says; Convention when it says nothing.
  Inclusion note = Inclusion::Convention;
  // Compare
  enum Direction { Lower, Upper } direction = Lower;
  Inclusion inclusion = Inclusion::Inclusive;
  bool symbol = false;  ///< ≥ ≤ < > : the direction flips when the value stands on the left
  bool suffix = false;  ///< 以上, 以下 … follow the value; 超过, 小于 … precede it
  std::string word;
};

struct CompareWord {
  std::string_view word;
  Token::Direction direction;
  Inclusion inclusion;
  bool suffix;
  bool symbol;
};

// Longest words first, so 及以上 wins over 以上 and 大于等于 over 大于.
const std::vector<CompareWord>& compare_words() {
  static const std::vector<CompareWord> words = [] {
    std::vector<CompareWord> w = {
        {"(含)以上", Token::Lower, Inclusion::Inclusive, true, false},
        {"(含本数)以上", Token::Lower, Inclusion::Inclusive, true, false},
        {"(含本数)以下", Token::Upper, Inclusion::Inclusive, true, false},
        {"达到", Token::Lower, Inclusion::Inclusive, false, false},
        {"以上(含)", Token::Lower, Inclusion::Inclusive, true, false},
        {"及以上", Token::Lower, Inclusion::Inclusive, true, false},
        {"或以上", Token::Lower, Inclusion::Inclusive, true, false},
        {"以上", Token::Lower, Inclusion::Convention, true, false},
        {"(含)以下", Token::Upper, Inclusion::Inclusive, true, false},
        {"以下(含)", Token::Upper, Inclusion::Inclusive, true, false},
        {"及以下", Token::Upper, Inclusion::Inclusive, true, false},
        {"或以下", Token::Upper, Inclusion::Inclusive, true, false},
        {"以下", Token::Upper, Inclusion::Convention, true, false},
        {"以内", Token::Upper, Inclusion::Inclusive, true, false},
        {"大于等于", Token::Lower, Inclusion::Inclusive, false, false},
        {"小于等于", Token::Upper, Inclusion::Inclusive, false, false},
        {"不低于", Token::Lower, Inclusion::Inclusive, false, false},
        {"不少于", Token::Lower, Inclusion::Inclusive, false, false},
        {"不超过", Token::Upper, Inclusion::Inclusive, false, false},
        {"不高于", Token::Upper, Inclusion::Inclusive, false, false},
        {"超过", Token::Lower, Inclusion::Exclusive, false, false},
        {"大于", Token::Lower, Inclusion::Exclusive, false, false},
        {"高于", Token::Lower, Inclusion::Exclusive, false, false},
        {"多于", Token::Lower, Inclusion::Exclusive, false, false},
        {"小于", Token::Upper, Inclusion::Exclusive, false, false},
        {"低于", Token::Upper, Inclusion::Exclusive, false, false},
        {"少于", Token::Upper, Inclusion::Exclusive, false, false},
        {"不足", Token::Upper, Inclusion::Exclusive, false, false},
        // Negated bounds: 未超过 9 is at most 9, 未达到 10 below 10.
        {"未超过", Token::Upper, Inclusion::Inclusive, false, false},
        {"未达到", Token::Upper, Inclusion::Exclusive, false, false},
        {"未达", Token::Upper, Inclusion::Exclusive, false, false},
        {"未满", Token::Upper, Inclusion::Exclusive, false, false},
        {"不到", Token::Upper, Inclusion::Exclusive, false, false},
        {"不满", Token::Upper, Inclusion::Exclusive, false, false},
        {"≥", Token::Lower, Inclusion::Inclusive, false, true},
        {"≤", Token::Upper, Inclusion::Inclusive, false, true},
        {">", Token::Lower, Inclusion::Exclusive, false, true},
        {"<", Token::Upper, Inclusion::Exclusive, false, true},
    };
    std::stable_sort(w.begin(), w.end(),
                     [](const CompareWord& a, const CompareWord& b) { return a.word.size() > b.word.size(); });
    return w;
  }();
  return words;
}

struct Unit {
  std::string_view word;
  Dimension dimension;
  double factor;
};

const std::vector<Unit>& units() {
  static const std::vector<Unit> list = [] {
    std::vector<Unit> w = {
        {"个工作日", Dimension::WorkingDays, 1},
        {"工作日", Dimension::WorkingDays, 1},
        {"平方公里", Dimension::Area, 1e6},
        {"平方千米", Dimension::Area, 1e6},
        {"平方米", Dimension::Area, 1},
        {"公顷", Dimension::Area, 1e4},
        {"亩", Dimension::Area, 1e4 / 15},
        {"立方米", Dimension::Volume, 1},
        {"吨", Dimension::Mass, 1},
        {"千克", Dimension::Mass, 1e-3},
        {"公斤", Dimension::Mass, 1e-3},
        {"毫米", Dimension::Length, 1},
        {"厘米", Dimension::Length, 10},
        {"千米", Dimension::Length, 1e6},
        {"公里", Dimension::Length, 1e6},
        {"米", Dimension::Length, 1000},
        {"°C", Dimension::Temperature, 1},
        {"元", Dimension::Money, 1},
        {"人次", Dimension::Count, 1},
        {"人", Dimension::Count, 1},
        {"户", Dimension::Count, 1},
        {"起", Dimension::Count, 1},
        {"例", Dimension::Count, 1},
        {"名", Dimension::Count, 1},
        {"头", Dimension::Count, 1},
        {"只", Dimension::Count, 1},
        {"辆", Dimension::Count, 1},
        {"间", Dimension::Count, 1},
        {"座", Dimension::Count, 1},
        {"处", Dimension::Count, 1},
        {"家", Dimension::Count, 1},
        {"艘", Dimension::Count, 1},
        {"架", Dimension::Count, 1},
        {"栋", Dimension::Count, 1},
        {"条", Dimension::Count, 1},
        {"所", Dimension::Count, 1},
        {"级", Dimension::Level, 1},
        {"烈度", Dimension::Intensity, 1},
        {"度", Dimension::Intensity, 1},
        {"%", Dimension::Percent, 1},
        {"小时", Dimension::Hours, 1},
        {"个月", Dimension::Months, 1},
        {"天", Dimension::Days, 1},
        {"日", Dimension::Days, 1},
        {"年", Dimension::Years, 1},
        {"月", Dimension::Months, 1},
        {"个", Dimension::Count, 1},
        {"周", Dimension::Days, 7},
    };
    return w;
  }();
  return list;
}

bool starts(std::string_view text, size_t i, std::string_view word) { return text.substr(i, word.size()) == word; }

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Reads a unit after a number at text[i]; returns its dimension and factor.
std::pair<Dimension, double> read_unit(std::string_view text, size_t& i) {
  for (const Unit& unit : units()) {
    if (starts(text, i, unit.word)) {
      i += unit.word.size();
      return {unit.dimension, unit.factor};
    }
  }
  return {Dimension::None, 1};
}

// A plain decimal number at text[i] (no multiplier); advances i.
std::optional<double> parse_plain(std::string_view text, size_t& i) {
  size_t j = i;
  if (j < text.size() && text[j] == '-') ++j;
  size_t start = j;
  while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.')) ++j;
  if (j == start) return std::nullopt;
  double value = std::strtod(std::string(text.substr(i, j - i)).c_str(), nullptr);
  i = j;
  return value;
}

// The words after a number where a unit would stand, when no unit names them: up to
// three Han characters before a comparison word, a separator or the end ("吨" in
// "100吨以上"). Empty when a non-Han character follows the number.
std::string unit_word(std::string_view text, size_t i) {
  size_t start = i;
  for (int chars = 0; chars < 3 && i < text.size(); ++chars) {
    bool compare = std::any_of(compare_words().begin(), compare_words().end(),
                               [&](const CompareWord& w) { return starts(text, i, w.word); });
    bool stop = false;
    for (std::string_view word : {"或", "且", "的", "并", "将", "和", "及", "与", "后", "内", "时",
                                  "前", "在", "以", "至", "到", "均", "共", "累", "计", "—"}) {
      stop = stop || starts(text, i, word);
    }
    if (compare || stop) break;
    size_t next = i;
    if (!utf8::is_han(utf8::next(text, next))) break;
    i = next;
  }
  return std::string(text.substr(start, i - start));
}

std::vector<Token> tokenize(std::string_view text, const IndicatorRegistry& registry) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    // Indicator names first: "20厘米土壤相对湿度" is a name, not a length.
    Lexicon::Match match = registry.match_indicator(text, i);
    if (match.found()) {
      Token t;
      t.kind = Token::Indicator;
      t.begin = i;
      t.end = i + match.length;
      t.indicator = match.id;
      tokens.push_back(t);
      i = t.end;
      continue;
    }
    bool matched = false;
    for (const CompareWord& word : compare_words()) {
      if (starts(text, i, word.word)) {
        Token t;
        t.kind = Token::Compare;
        t.begin = i;
        t.end = i + word.word.size();
        t.direction = word.direction;
        t.inclusion = word.inclusion;
        t.suffix = word.suffix;
        t.symbol = word.symbol;
        t.word = std::string(word.word);
        tokens.push_back(t);
        i = t.end;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // "（详见附件2）", "(见附件)": a cross-reference, not a quantity.
    if (text[i] == '(') {
      size_t close = text.find(')', i);
      if (close != std::string_view::npos) {
        std::string_view inside = text.substr(i, close - i);
        if (inside.find("附件") != std::string_view::npos || inside.find("详见") != std::string_view::npos ||
            inside.find("附表") != std::string_view::npos || inside.starts_with("(见")) {
          i = close + 1;
          continue;
        }
        // "5000万元（含）至1亿元（不含）": whether the value before is included.
        if ((inside == "(含" || inside == "(不含") && !tokens.empty() && tokens.back().kind == Token::Value &&
            tokens.back().end == i) {
          tokens.back().note = inside == "(含" ? Inclusion::Inclusive : Inclusion::Exclusive;
          tokens.back().end = close + 1;
          i = close + 1;
          continue;
        }
        // "3-9人(含3人)", "10人以上(含10人)", "10人以下(不含10人)": a note on whether the
        // bound is included. It settles a bare 以上/以下 before it; it adds no value.
        bool note = false;
        for (auto [words, inclusion] : {std::pair(std::string_view("(含"), Inclusion::Inclusive),
                                        std::pair(std::string_view("(不含"), Inclusion::Exclusive)}) {
          if (!inside.starts_with(words) || inside.size() <= words.size() || inside[words.size()] < '0' ||
              inside[words.size()] > '9')
            continue;
          if (!tokens.empty() && tokens.back().kind == Token::Compare &&
              tokens.back().inclusion == Inclusion::Convention)
            tokens.back().inclusion = inclusion;
          note = true;
          break;
        }
        if (note) {
          i = close + 1;
          continue;
        }
      }
    }
    // A range between two values: ~ 至 到, and '-' when a value precedes it.
    bool after_value = !tokens.empty() && tokens.back().kind == Token::Value && tokens.back().end == i;
    if (after_value && (starts(text, i, "~") || starts(text, i, "-") || starts(text, i, "至") ||
                        starts(text, i, "到") || starts(text, i, "—"))) {
      Token t;
      t.kind = Token::RangeSep;
      t.begin = i;
      t.end = i + (text[i] == '~' || text[i] == '-' ? 1 : 3);
      tokens.push_back(t);
      i = t.end;
      continue;
    }
    // Roman numerals (Ⅵ folds to VI) standing alone, with an optional 度/烈度.
    if ((text[i] == 'I' || text[i] == 'V' || text[i] == 'X') && (i == 0 || !is_ascii_letter(text[i - 1]))) {
      size_t j = i;
      std::optional<int> value = parse_roman(text, j);
      if (value && (j >= text.size() || !is_ascii_letter(text[j]))) {
        Token t;
        t.kind = Token::Value;
        t.begin = i;
        t.value = *value;
        t.dimension = Dimension::Intensity;
        if (starts(text, j, "烈度"))
          j += std::string_view("烈度").size();
        else if (starts(text, j, "度"))
          j += std::string_view("度").size();
        t.end = j;
        tokens.push_back(t);
        i = j;
        continue;
      }
    }
    size_t j = i;
    if (std::optional<double> number = parse_number(text, j)) {
      // A Chinese numeral needs a unit to be a quantity: 三天 is, 一般 is not.
      bool arabic = (text[i] >= '0' && text[i] <= '9') || text[i] == '-';
      size_t unit_at = j;
      auto [dimension, factor] = read_unit(text, j);
      // "一次", "一起事故", "一处": the numeral one with a counter is an article, not a count.
      bool article = !arabic && dimension == Dimension::Count && *number == 1;
      if ((arabic || dimension != Dimension::None) && !article) {
        Token t;
        t.kind = Token::Value;
        t.begin = i;
        t.end = j;
        t.value = *number * factor;
        t.dimension = dimension;
        t.unit = std::string(text.substr(unit_at, j - unit_at));
        // The multiplier (万, 亿 …) and unit factor, for a range whose first number carries
        // neither ("300~800万元").
        size_t digits = i;
        while (digits < unit_at &&
               ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.' || text[digits] == '-')) {
          ++digits;
        }
        t.scaled = digits < unit_at || dimension != Dimension::None;
        size_t raw_end = i;
        std::optional<double> raw = arabic ? parse_plain(text, raw_end) : std::nullopt;
        t.scale = raw && *raw != 0 ? t.value / *raw : factor;
        if (dimension == Dimension::None) t.unknown_unit = unit_word(text, unit_at);
        // "立方米每秒", "米/秒": a rate, whose unit planc does not know.
        if (dimension != Dimension::None && (starts(text, j, "每") || starts(text, j, "/"))) {
          size_t rate = j + (text[j] == '/' ? 1 : 3);
          std::string per = unit_word(text, rate);
          if (!per.empty()) {
            t.unknown_unit = std::string(text.substr(unit_at, rate - unit_at)) + per;
            j = rate + per.size();
            t.end = j;
          }
        }
        tokens.push_back(t);
        i = j;
        continue;
      }
    }
    utf8::next(text, i);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------
// Splitting a phrase into alternatives and conjunctions, outside brackets.

bool is_open(char32_t c) { return c == '(' || c == U'《' || c == U'“' || c == U'〔' || c == U'【' || c == '['; }
bool is_close(char32_t c) { return c == ')' || c == U'》' || c == U'”' || c == U'〕' || c == U'】' || c == ']'; }

// Cuts [begin, end) of text at each separator (outside brackets); separators that
// are the first bytes of a longer word in `keep` ("或以下") are not cuts.
std::vector<std::pair<size_t, size_t>> cut(std::string_view text, size_t begin, size_t end,
                                           const std::vector<std::string_view>& separators,
                                           const std::vector<std::string_view>& keep = {}) {
  std::vector<std::pair<size_t, size_t>> parts;
  int depth = 0;
  size_t start = begin;
  size_t i = begin;
  while (i < end) {
    size_t at = i;
    bool kept = std::any_of(keep.begin(), keep.end(), [&](std::string_view k) { return starts(text, at, k); });
    const std::string_view* found = nullptr;
    if (depth == 0 && !kept) {
      for (const auto& separator : separators) {
        if (at + separator.size() <= end && starts(text, at, separator)) {
          found = &separator;
          break;
        }
      }
    }
    if (found != nullptr) {
      if (at > start) parts.push_back({start, at});
      i = at + found->size();
      start = i;
      continue;
    }
    char32_t c = utf8::next(text, i);
    if (is_open(c)) ++depth;
    if (is_close(c) && depth > 0) --depth;
  }
  if (end > start) parts.push_back({start, end});
  return parts;
}

// ---------------------------------------------------------------------------------
// The phrase reader.

struct Atom {
  Criterion criterion;
};

class Reader {
 public:
  Reader(const TextSpan& span, const IndicatorRegistry& registry, const CriteriaContext& context)
      : span_(span), folded_(fold(span.text(), {.drop_space = true})), registry_(registry), context_(context) {}

  Criteria read() {
    Criteria result;
    std::string_view text = folded_.text;
    // Top level: ';' alternatives, and ',或' / ',或者' alternatives within them.
    for (auto [b, e] : cut(text, 0, text.size(), {";"})) {
      for (auto [b2, e2] : cut(text, b, e, {",或者", ",或"})) {
        size_t start = skip_or(text, b2, e2);
        std::vector<Clause> clauses = conjunction(start, e2);
        bool quantitative = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) { return !c.all.empty(); });
        if (!quantitative) {
          if (has_words(start, e2)) {
            Clause clause;
            clause.all.push_back(qualitative(start, e2));
            result.any.push_back(std::move(clause));
          }
        } else {
          for (Clause& clause : clauses) {
            if (!clause.all.empty()) result.any.push_back(std::move(clause));
          }
        }
        if (first_in_alternative_ >= 0) previous_first_ = first_in_alternative_;
        previous_first_window_ = first_window_;
        first_in_alternative_ = -1;
        last_indicator_ = -1;
        first_window_.reset();
      }
    }
    dedupe(result);
    result.unread = std::move(unread_);
    return result;
  }

 private:
  static size_t skip_or(std::string_view text, size_t b, size_t e) {
    for (std::string_view word : {std::string_view("或者"), std::string_view("或")}) {
      if (e - b > word.size() && starts(text, b, word) && !starts(text, b, "或以")) return b + word.size();
    }
    return b;
  }

  bool has_words(size_t b, size_t e) const {
    std::string_view text = folded_.text;
    for (size_t i = b; i < e;) {
      char32_t c = utf8::next(text, i);
      if (utf8::is_han(c)) return true;
    }
    return false;
  }

  // ',' parts all hold; each part may hold alternatives (或者, 或) joined by 且.
  std::vector<Clause> conjunction(size_t b, size_t e) {
    std::vector<Clause> result = {Clause{}};
    std::vector<std::pair<size_t, size_t>> qualifiers;
    std::vector<std::pair<size_t, size_t>> after_quantities;  // qualifiers that follow a quantity
    bool seen_quantity = false;
    for (auto [pb, pe] : cut(folded_.text, b, e, {","})) {
      std::vector<Clause> options = disjunction(pb, pe);
      if (options.empty()) {  // a qualifier without quantities ("受灾害威胁")
        if (has_words(pb, pe)) (seen_quantity ? after_quantities : qualifiers).push_back({pb, pe});
        continue;
      }
      seen_quantity = true;
      std::vector<Clause> product;
      for (const Clause& left : result) {
        for (const Clause& right : options) {
          Clause merged = left;
          merged.all.insert(merged.all.end(), right.all.begin(), right.all.end());
          product.push_back(std::move(merged));
        }
      }
      result = std::move(product);
    }
    for (Clause& clause : result) merge(clause);
    // A condition joined to quantities by 并/且/同时 ("…100人以上，并出现死亡病例") narrows
    // them: read as words, it is reported, not dropped.
    bool quantitative = std::any_of(result.begin(), result.end(), [](const Clause& c) { return !c.all.empty(); });
    for (auto [qb, qe] : qualifiers) {
      std::string_view words = std::string_view(folded_.text).substr(qb, qe - qb);
      bool joined =
          words.starts_with("并") || words.starts_with("且") || words.starts_with("同时") || words.starts_with("而且");
      if (quantitative && joined) unread_condition(qb, qe);
    }
    // After the quantities, a condition on the outcome ("…30—99人，未出现死亡病例",
    // "…，对县城供电造成特别严重影响的") narrows them too.
    for (auto [qb, qe] : after_quantities) {
      std::string_view words = std::string_view(folded_.text).substr(qb, qe - qb);
      bool condition = false;
      for (std::string_view lead :
           {"并", "且", "同时", "而且", "未", "无", "没有", "出现", "造成", "导致", "致使", "对"})
        condition = condition || words.starts_with(lead);
      if (quantitative && condition) unread_condition(qb, qe);
    }
    return result;
  }

  // An alternative that is only an indicator's name ("重伤", "失踪。"), after one that is a
  // single quantity: that quantity, of this indicator. nullopt otherwise.
  std::optional<Criterion> shared_quantity(const std::vector<Clause>& options, size_t b, size_t e) const {
    if (options.empty() || options.back().all.size() != 1 || options.back().all[0].qualitative()) return std::nullopt;
    std::string_view text = folded_.text;
    while (e > b) {
      bool trimmed = false;
      for (std::string_view tail : {"。", ";", ",", "的", "等"}) {
        if (e - b >= tail.size() && text.substr(e - tail.size(), tail.size()) == tail) {
          e -= tail.size();
          trimmed = true;
        }
      }
      if (!trimmed) break;
    }
    Lexicon::Match m = registry_.match_indicator(text, b);
    if (!m.found() || b + m.length != e) return std::nullopt;
    const Criterion& previous = options.back().all[0];
    const Indicator& indicator = registry_.indicators()[static_cast<size_t>(m.id)];
    if (!compatible(previous.interval.dimension, indicator.dimension)) return std::nullopt;
    Criterion c = previous;
    c.indicator = m.id;
    c.indicator_name = indicator.name;
    c.indicator_words = std::string(text.substr(b, e - b));
    c.range = span_.sub(folded_.original(b), folded_.original(e)).range();
    return c;
  }

  std::vector<Clause> disjunction(size_t b, size_t e) {
    std::vector<Clause> options;
    std::vector<std::pair<size_t, size_t>> words_only;  // alternatives without quantities
    std::vector<std::pair<size_t, size_t>> pieces = cut(folded_.text, b, e, {"或者", "或"}, {"或以上", "或以下"});
    for (size_t p = 0; p < pieces.size(); ++p) {
      auto [ob, oe] = pieces[p];
      borrowed_suffix_.reset();
      if (p + 1 < pieces.size()) {
        // "倒塌和严重损坏房屋1000间或300户以上": the next alternative is a number with its
        // 以上 and nothing else; this one ends in a bare number.
        auto [nb, ne] = pieces[p + 1];
        std::vector<Token> next = tokenize(std::string_view(folded_.text).substr(nb, ne - nb), registry_);
        std::vector<Token> mine = tokenize(std::string_view(folded_.text).substr(ob, oe - ob), registry_);
        // "…或300户以上", and "死亡10人或重伤50人以上" with the indicator before the number.
        size_t v = !next.empty() && next[0].kind == Token::Indicator ? 1 : 0;
        bool number_then_suffix = next.size() >= v + 2 && next[v].kind == Token::Value &&
                                  next[v + 1].kind == Token::Compare && next[v + 1].suffix &&
                                  next[v + 1].begin == next[v].end;
        // Counts, money and areas only: "可达6级或者阵风7级以上" keeps its exact 6 (a level
        // "reached"), as the signal standards write it.
        bool bare_end = !mine.empty() && mine.back().kind == Token::Value &&
                        (mine.back().dimension == Dimension::Count || mine.back().dimension == Dimension::Money ||
                         mine.back().dimension == Dimension::Area);
        if (number_then_suffix && bare_end) borrowed_suffix_ = next[v + 1];
      }
      Clause clause;
      std::vector<std::pair<size_t, size_t>> conditions;  // 且-parts without quantities
      for (auto [ab, ae] : cut(folded_.text, ob, oe, {"且", "并且", "并出现", "并造成", "并伴有"})) {
        std::vector<Criterion> atoms = leaf(ab, ae);
        if (atoms.empty() && has_words(ab, ae)) conditions.push_back({ab, ae});
        clause.all.insert(clause.all.end(), atoms.begin(), atoms.end());
      }
      if (!clause.all.empty()) {
        for (auto [cb, ce] : conditions) unread_condition(cb, ce);
        options.push_back(std::move(clause));
      } else if (std::optional<Criterion> shared = shared_quantity(options, ob, oe)) {
        // "80人以上中毒或重伤", "30人以上死亡或者失踪": the quantity holds for the
        // indicator named after 或 too.
        options.push_back(Clause{{*shared}});
      } else if (has_words(ob, oe)) {
        words_only.push_back({ob, oe});
      }
    }
    borrowed_suffix_.reset();
    // "受害森林面积在1公顷以下或者其他林地起火的": an alternative of words beside
    // alternatives of quantities widens the grade; planc does not read it, so it says so.
    if (!options.empty()) {
      for (auto [wb, we] : words_only) unread_condition(wb, we);
    }
    return options;
  }

  // A condition joined to quantities ("，且未出现死亡病例", "并出现死亡病例") narrows them;
  // planc does not read it, so it says so. A hedge ("并可能持续") and the phenomenon
  // going on ("且降雪持续") add nothing to compare.
  void unread_condition(size_t b, size_t e) {
    std::string_view words = std::string_view(folded_.text).substr(b, e - b);
    if (words.find("可能") != std::string_view::npos) return;
    while (!words.empty() && (words.ends_with("。") || words.ends_with(",") || words.ends_with(";")))
      words.remove_suffix(words.ends_with(",") || words.ends_with(";") ? 1 : 3);
    if (words.ends_with("持续") && utf8::count_code_points(words) <= 4) return;
    TextSpan span = span_.sub(folded_.original(b), folded_.original(e)).trimmed();
    if (span.empty()) return;
    UnreadWords u;
    u.words = span.text();
    u.range = span.range();
    u.reason = "数量之外的条件没有读入（只读入了同一句中的数量）";
    unread_.push_back(std::move(u));
  }

  Criterion qualitative(size_t b, size_t e) const {
    Criterion c;
    // The sentence's own punctuation is not part of the statement. Trimmed on the folded
    // text, so that ， and , alike go.
    std::string_view text = folded_.text;
    auto trim = [&](std::initializer_list<std::string_view> marks, bool back) {
      for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : marks) {
          if (e - b < mark.size() || text.substr(back ? e - mark.size() : b, mark.size()) != mark) continue;
          if (back)
            e -= mark.size();
          else
            b += mark.size();
          again = true;
        }
      }
    };
    trim({"。", ";", ","}, true);
    trim({",", "、", ";"}, false);
    TextSpan words = span_.sub(folded_.original(b), folded_.original(e)).trimmed();
    c.text = words.text();
    c.range = words.range();
    return c;
  }

  // Bounds of one leaf: each value with the comparison words around it, attached to
  // the indicator the leaf (or the phrase before it) names.
  std::vector<Criterion> leaf(size_t b, size_t e) {
    std::string_view text = std::string_view(folded_.text).substr(0, e);
    std::vector<Token> tokens;
    for (Token t : tokenize(text.substr(b), registry_)) {
      t.begin += b;
      t.end += b;
      // A bare number in a column whose header gives the unit ("（万元）").
      if (t.kind == Token::Value && t.dimension == Dimension::None && t.unknown_unit.empty() &&
          !context_.default_unit.empty()) {
        std::string unit = context_.default_unit;
        size_t at = 0;
        double factor = 1;
        if (unit.compare(0, 3, "万") == 0)
          factor = 1e4, at = 3;
        else if (unit.compare(0, 3, "亿") == 0)
          factor = 1e8, at = 3;
        else if (unit.compare(0, 3, "千") == 0 && unit != "千米" && unit != "千克")
          factor = 1e3, at = 3;
        auto [dimension, unit_factor] = read_unit(unit, at);
        if (dimension != Dimension::None) {
          t.value *= factor * unit_factor;
          t.dimension = dimension;
          t.unit = unit;
          t.scaled = true;
        }
      }
      tokens.push_back(t);
    }
    std::vector<Criterion> atoms;
    // "死亡和重伤合计25人以上": a sum of two indicators is no bound on either; said so, not
    // read as a bound on the last one named.
    {
      std::vector<int> before_value;
      size_t first_value = e;
      for (const Token& t : tokens) {
        if (t.kind == Token::Value) {
          first_value = t.begin;
          break;
        }
        if (t.kind == Token::Indicator &&
            std::find(before_value.begin(), before_value.end(), t.indicator) == before_value.end())
          before_value.push_back(t.indicator);
      }
      std::string_view head = std::string_view(folded_.text).substr(b, first_value - b);
      bool sum = false;
      for (std::string_view word : {"合计", "共计", "之和", "总和", "总数"})
        sum = sum || head.find(word) != std::string_view::npos;
      if (sum && before_value.size() >= 2) {
        TextSpan words = span_.sub(folded_.original(b), folded_.original(e)).trimmed();
        UnreadWords u;
        u.words = words.text();
        u.range = words.range();
        std::string names;
        for (int id : before_value) names += (names.empty() ? "" : "与") + registry_.indicators()[id].name;
        u.reason = "标准是几个指标的合计（" + names + "之和），planc 只能表示单个指标的数量";
        unread_.push_back(std::move(u));
        return atoms;
      }
    }
    std::optional<Quantity> window;
    int leaf_indicator = -1;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      if (t.kind == Token::Indicator) {
        leaf_indicator = t.indicator;
        note_indicator(t.indicator, window);
        named(t);
        continue;
      }
      if (t.kind != Token::Value) continue;
      if (t.dimension == Dimension::Hours || t.dimension == Dimension::Days) {
        // A time window: it qualifies the indicator that follows.
        window = Quantity{t.value, t.dimension, t.begin, t.end};
        continue;
      }
      // value ≤ VAR: the bound belongs to the indicator on the right, direction flipped.
      if (k + 2 < tokens.size() && tokens[k + 1].kind == Token::Compare && tokens[k + 1].symbol &&
          tokens[k + 2].kind == Token::Indicator) {
        const Token& cmp = tokens[k + 1];
        named(tokens[k + 2]);
        Token::Direction flipped = cmp.direction == Token::Lower ? Token::Upper : Token::Lower;
        add_bound(atoms, tokens[k + 2].indicator, window, t, flipped, cmp.inclusion, cmp.word, t.begin, cmp.end);
        continue;
      }
      // The indicator: one named before the value in this leaf, else one named after it
      // ("造成30人以上死亡"), else the one the phrase named last. One whose unit the value
      // cannot have is passed over ("地震造成10人以上死亡").
      auto fits = [&](int id) {
        return id >= 0 && compatible(t.dimension, registry_.indicators()[id].dimension) &&
               counter_fits(t.unit, registry_.indicators()[id].unit);
      };
      int indicator = leaf_indicator;
      if (!fits(indicator)) {
        int ahead = -1;
        for (size_t m = k + 1; m < tokens.size() && ahead < 0; ++m) {
          if (tokens[m].kind == Token::Indicator && fits(tokens[m].indicator)) {
            ahead = tokens[m].indicator;
            named(tokens[m]);
          }
        }
        if (ahead >= 0)
          indicator = ahead;
        else if ((leaf_indicator < 0 || fits(inherited())) && !names_its_own(text, tokens, k, e))
          indicator = inherited();
      }
      std::optional<Quantity> use_window = window ? window : (leaf_indicator < 0 ? inherited_window() : std::nullopt);
      if (!t.unknown_unit.empty() || !fits(indicator)) {
        unread(b, e, t, indicator);
        continue;
      }
      // value ~ value: an inclusive range.
      if (k + 2 < tokens.size() && tokens[k + 1].kind == Token::RangeSep && tokens[k + 2].kind == Token::Value) {
        const Token& high = tokens[k + 2];
        Token low = t;
        if (!low.scaled && high.scaled) {  // "300~800万元": the 万元 of the second number is the first's too
          low.value *= high.scale;
          low.dimension = high.dimension;
        }
        auto inclusion = [](const Token& v) { return v.note == Inclusion::Convention ? Inclusion::Inclusive : v.note; };
        add_bound(atoms, indicator, use_window, low, Token::Lower, inclusion(t), "~", t.begin, high.end);
        add_bound(atoms, indicator, use_window, high, Token::Upper, inclusion(high), "~", t.begin, high.end);
        k += 2;
        continue;
      }
      const Token* prefix =
          k > 0 && tokens[k - 1].kind == Token::Compare && !tokens[k - 1].suffix && tokens[k - 1].end == t.begin
              ? &tokens[k - 1]
              : nullptr;
      const Token* suffix = k + 1 < tokens.size() && tokens[k + 1].kind == Token::Compare && tokens[k + 1].suffix &&
                                    tokens[k + 1].begin == t.end
                                ? &tokens[k + 1]
                                : nullptr;
      if (suffix != nullptr) {
        Inclusion inclusion =
            suffix->inclusion == Inclusion::Convention && t.note != Inclusion::Convention ? t.note : suffix->inclusion;
        add_bound(atoms, indicator, use_window, t, suffix->direction, inclusion, suffix->word, t.begin, suffix->end);
      } else if (prefix != nullptr) {
        add_bound(atoms, indicator, use_window, t, prefix->direction, prefix->inclusion, prefix->word, prefix->begin,
                  t.end);
      } else if (borrowed_suffix_ && k + 1 == tokens.size()) {
        // "1000间或300户以上": the 以上 after 或 holds for this number too.
        const Token& borrowed = *borrowed_suffix_;
        add_bound(atoms, indicator, use_window, t, borrowed.direction, borrowed.inclusion, borrowed.word, t.begin,
                  t.end);
      } else {
        // An exact value: 可达10级, Ⅵ烈度.
        add_bound(atoms, indicator, use_window, t, Token::Lower, Inclusion::Inclusive, "", t.begin, t.end);
        add_bound(atoms, indicator, use_window, t, Token::Upper, Inclusion::Inclusive, "", t.begin, t.end);
      }
    }
    // A duration that qualifies nothing read ("交通中断12小时以上") is a quantity not read.
    if (window && atoms.empty() && leaf_indicator < 0) {
      for (const Token& t : tokens) {
        if (t.kind == Token::Value && t.begin == window->begin) unread(b, e, t, -1);
      }
    }
    for (Criterion& atom : atoms) {
      TextSpan words = span_.sub(folded_.original(b), folded_.original(e)).trimmed();
      atom.text = words.text();
      atom.range = words.range();
    }
    return atoms;
  }

  // A value the reader could not attach: its leaf's words and why, once per leaf.
  void unread(size_t b, size_t e, const Token& t, int indicator) {
    TextSpan words = span_.sub(folded_.original(b), folded_.original(e)).trimmed();
    for (const UnreadWords& u : unread_) {
      if (u.range == words.range()) return;
    }
    std::string value = span_.sub(folded_.original(t.begin), folded_.original(t.end)).trimmed().text();
    UnreadWords u;
    u.words = words.text();
    u.range = words.range();
    if (!t.unknown_unit.empty()) {
      u.reason = "单位“" + t.unknown_unit + "”未登记";
    } else if (indicator < 0) {
      u.reason = "没有读到“" + value + "”度量的是什么（指标未登记）";
    } else {
      const Indicator& info = registry_.indicators()[indicator];
      u.reason = "“" + value + "”与指标“" + info.name + "”的单位（" + info.unit + "）不符";
    }
    unread_.push_back(std::move(u));
  }

  // Remembers the words that name an indicator, for the criteria on it.
  void named(const Token& t) {
    words_[t.indicator] = span_.sub(folded_.original(t.begin), folded_.original(t.end)).trimmed().text();
  }

  void note_indicator(int indicator, const std::optional<Quantity>& window) {
    last_indicator_ = indicator;
    last_window_ = window;
    if (first_in_alternative_ < 0) {
      first_in_alternative_ = indicator;
      first_window_ = window;
    }
  }

  // Whether the words after a quantity name what it measures ("或者危及20人以上生命安全",
  // "或50%以上供电用户停电"): it then does not take the indicator of the alternative
  // before it, as "或者20人以上" does. Folded text; tokens of one leaf ending at e.
  static bool names_its_own(std::string_view text, const std::vector<Token>& tokens, size_t k, size_t e) {
    size_t j = k + 1;
    while (j < tokens.size() && (tokens[j].kind == Token::Compare || tokens[j].kind == Token::RangeSep ||
                                 (tokens[j].kind == Token::Value && tokens[j - 1].kind == Token::RangeSep)))
      ++j;
    size_t from = tokens[j - 1].end;
    size_t to = j < tokens.size() ? std::min(e, tokens[j].begin) : e;  // up to the next quantity or indicator
    std::string_view rest = from < to ? text.substr(from, to - from) : std::string_view();
    int words = 0;
    for (size_t i = 0; i < rest.size();) {
      bool skip = false;
      for (std::string_view filler :
           {"并可能持续", "可能持续", "并将持续", "并持续", "持续", "左右", "以上", "以下", "的", "等",
            "。",         "；",       ";",        "，",     ",",    "、",   "及",   "或",   "并", "且"}) {
        if (rest.substr(i).starts_with(filler)) {
          i += filler.size();
          skip = true;
          break;
        }
      }
      if (skip) continue;
      utf8::next(rest, i);
      ++words;
    }
    return words >= 2;
  }

  int inherited() const {
    if (last_indicator_ >= 0) return last_indicator_;
    if (previous_first_ >= 0) return previous_first_;
    return context_.default_indicator;
  }

  std::optional<Quantity> inherited_window() const {
    if (last_indicator_ >= 0) return last_window_;
    if (previous_first_ >= 0) return previous_first_window_;
    return std::nullopt;
  }

  // Whether a counter can count what the indicator counts: 头 (livestock) is not 人.
  static bool counter_fits(const std::string& unit, const std::string& indicator_unit) {
    if (unit.empty() || indicator_unit.empty() || unit == indicator_unit) return true;
    static const std::vector<std::string> people = {"人", "人次", "名", "例"};
    bool unit_people = std::find(people.begin(), people.end(), unit) != people.end();
    bool indicator_people = std::find(people.begin(), people.end(), indicator_unit) != people.end();
    if (unit_people && indicator_people) return true;
    if (dimension_of_unit(unit) != Dimension::Count) return true;  // 万元 for 元, 公顷 for 平方米 …
    return false;
  }

  // Whether a value of this dimension can measure the indicator.
  static bool compatible(Dimension value, Dimension indicator) {
    if (value == Dimension::None || value == indicator) return true;
    if (indicator == Dimension::Magnitude && value == Dimension::Level) return true;
    if (indicator == Dimension::Temperature && value == Dimension::Intensity) return true;
    return false;
  }

  void add_bound(std::vector<Criterion>& atoms, int indicator, const std::optional<Quantity>& window,
                 const Token& value, Token::Direction direction, Inclusion inclusion, const std::string& word,
                 size_t begin, size_t end) {
    if (indicator < 0) return;
    const Indicator& info = registry_.indicators()[indicator];
    if (!compatible(value.dimension, info.dimension)) return;
    auto it = std::find_if(atoms.begin(), atoms.end(), [&](const Criterion& c) { return c.indicator == indicator; });
    if (it == atoms.end()) {
      Criterion c;
      c.indicator = indicator;
      c.indicator_name = info.name;
      if (auto words = words_.find(indicator); words != words_.end()) c.indicator_words = words->second;
      c.interval.dimension = info.dimension;
      c.window = window;
      atoms.push_back(std::move(c));
      it = atoms.end() - 1;
    }
    Bound bound;
    bound.value = value.value;
    bound.inclusion = inclusion;
    bound.word = word;
    bound.begin = folded_.original(begin);
    bound.end = folded_.original(end);
    if (direction == Token::Lower)
      it->interval.lower = bound;
    else
      it->interval.upper = bound;
  }

  // Criteria on the same indicator (and window) in one clause narrow one interval.
  static void merge(Clause& clause) {
    std::vector<Criterion> merged;
    for (Criterion& c : clause.all) {
      auto same = [&](const Criterion& m) {
        bool same_window = (!m.window && !c.window) || (m.window && c.window && m.window->value == c.window->value &&
                                                        m.window->dimension == c.window->dimension);
        return !m.qualitative() && m.indicator == c.indicator && same_window;
      };
      auto it = std::find_if(merged.begin(), merged.end(), same);
      if (it == merged.end() || c.qualitative()) {
        merged.push_back(std::move(c));
        continue;
      }
      if (c.interval.lower && (!it->interval.lower || c.interval.lower->value > it->interval.lower->value)) {
        it->interval.lower = c.interval.lower;
      }
      if (c.interval.upper && (!it->interval.upper || c.interval.upper->value < it->interval.upper->value)) {
        it->interval.upper = c.interval.upper;
      }
      if (it->text != c.text) {
        it->text += "，" + c.text;
        it->range.end = c.range.end;
      }
    }
    clause.all = std::move(merged);
  }

  static bool same_bound(const std::optional<Bound>& a, const std::optional<Bound>& b) {
    if (!a || !b) return !a && !b;
    return a->value == b->value && a->inclusion == b->inclusion;
  }

  static bool same_clause(const Clause& a, const Clause& b) {
    if (a.all.size() != b.all.size()) return false;
    for (size_t i = 0; i < a.all.size(); ++i) {
      const Criterion& x = a.all[i];
      const Criterion& y = b.all[i];
      if (x.indicator != y.indicator) return false;
      if (x.qualitative() && x.text != y.text) return false;
      if (!same_bound(x.interval.lower, y.interval.lower) || !same_bound(x.interval.upper, y.interval.upper))
        return false;
      bool windows = (!x.window && !y.window) || (x.window && y.window && x.window->value == y.window->value);
      if (!windows) return false;
    }
    return true;
  }

  // "将达100毫米以上" and "已达100毫米以上" state one criterion twice.
  static void dedupe(Criteria& criteria) {
    std::vector<Clause> unique;
    for (Clause& clause : criteria.any) {
      bool seen = std::any_of(unique.begin(), unique.end(), [&](const Clause& u) { return same_clause(u, clause); });
      if (!seen) unique.push_back(std::move(clause));
    }
    criteria.any = std::move(unique);
  }

  const TextSpan& span_;
  Folded folded_;
  const IndicatorRegistry& registry_;
  const CriteriaContext& context_;
  int last_indicator_ = -1;
  std::optional<Quantity> last_window_;
  int first_in_alternative_ = -1;
  std::optional<Quantity> first_window_;
  int previous_first_ = -1;
  std::optional<Quantity> previous_first_window_;
  std::unordered_map<int, std::string> words_;  ///< indicator → the words last naming it
  std::vector<UnreadWords> unread_;
  /// "1000间或300户以上": the 以上 of the alternative after 或, for a bare value ending
  /// the one before it.
  std::optional<Token> borrowed_suffix_;
};

}  // namespace

Criteria parse_criteria(const TextSpan& text, const IndicatorRegistry& indicators, const CriteriaContext& context) {
  Reader reader(text, indicators, context);
  return reader.read();
}

std::optional<Duration> find_duration(const TextSpan& text) {
  Folded folded = fold(text.text(), {.drop_space = true});
  std::string_view s = folded.text;
  // "每年", "每半年", "每季度": a period without a number.
  for (auto [word, value, unit] : {std::tuple<std::string_view, double, Dimension>{"每年", 1, Dimension::Years},
                                   {"每半年", 6, Dimension::Months},
                                   {"每季度", 3, Dimension::Months}}) {
    size_t at = s.find(word);
    if (at == std::string_view::npos) continue;
    bool numbered = false;
    for (size_t i = 0; i < at;) {  // a number before it ("3年内每年") is the duration
      size_t j = i;
      if (parse_number(s, j) && (s[i] >= '0' && s[i] <= '9')) numbered = true;
      utf8::next(s, i);
    }
    if (numbered) break;
    Duration d;
    d.value = value;
    d.unit = unit;
    size_t begin = folded.original(at);
    size_t end = folded.original(at + word.size());
    d.range = text.range(begin, end);
    d.text = text.sub(begin, end).text();
    return d;
  }
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    if (std::optional<double> number = parse_number(s, j)) {
      size_t unit_start = j;
      auto [dimension, factor] = read_unit(s, j);
      (void)factor;
      // "2019年", "2026年3月1日": a date, not a duration.
      if (dimension == Dimension::Years && *number >= 1000) {
        for (std::string_view part : {"月", "日"}) {
          size_t k = j;
          if (parse_number(s, k) && starts(s, k, part)) j = k + part.size();
        }
        i = j;
        continue;
      }
      if (dimension == Dimension::WorkingDays || dimension == Dimension::Years || dimension == Dimension::Months ||
          dimension == Dimension::Days || dimension == Dimension::Hours) {
        Duration d;
        d.value = *number;
        d.unit = dimension;
        size_t begin = folded.original(i);
        size_t end = folded.original(j);
        d.range = text.range(begin, end);
        d.text = text.sub(begin, end).text();
        (void)unit_start;
        return d;
      }
      i = j > i ? j : i + 1;
      continue;
    }
    utf8::next(s, i);
  }
  return std::nullopt;
}

std::pair<Dimension, double> unit_at(std::string_view text, size_t& i) { return read_unit(text, i); }

}  // namespace planc::ir
