// Readers of grading: schemes (分级), definitions (标准), attachment tables, conventions.
#include <algorithm>
#include <map>

#include "compiler/base/fold.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/ir/read_context.h"

namespace planc::ir {
namespace {

// The checks that compare grading criteria: a criterion not read is not compared.
const std::vector<std::string>& grading_rules() {
  static const std::vector<std::string> rules = {"grade-gap", "grade-overlap", "grade-non-monotone", "grade-conflict",
                                                 "hier-grade-scheme"};
  return rules;
}

GradeScheme* find_scheme(ReadContext& context, const std::string& name) {
  for (GradeScheme& scheme : context.plan.schemes) {
    if (compact_key(scheme.name) == compact_key(name)) return &scheme;
  }
  return nullptr;
}

// The grade of the scheme named in text: the longest grade name it contains, so that
// 特别重大 wins over 重大.
std::string match_grade(const GradeScheme& scheme, std::string_view text) {
  std::string key = compact_key(text);
  std::string best;
  size_t best_length = 0;
  for (const Grade& grade : scheme.grades) {
    for (const std::string& words : {grade.name, grade.alias}) {
      std::string g = compact_key(words);
      if (!g.empty() && contains(key, g) && g.size() > best_length) {
        best = grade.name;
        best_length = g.size();
      }
    }
  }
  return best;
}

const std::vector<std::string_view>& high_to_low_words() {
  static const std::vector<std::string_view> words = {"从高至低", "从高到低", "由高到低", "由高至低"};
  return words;
}
const std::vector<std::string_view>& low_to_high_words() {
  static const std::vector<std::string_view> words = {"由低到高", "从低到高", "从低至高", "由低至高"};
  return words;
}

bool is_numeral(char32_t c) {
  return std::u32string_view(U"一二两三四五六七八九十0123456789").find(c) != std::u32string_view::npos;
}

// Whether folded text at i starts a count of grades: "四个级别", "4级", "四类", "五个等级".
// Returns its length in bytes, 0 when not.
size_t count_phrase(std::string_view text, size_t i) {
  size_t j = i;
  if (text.substr(j, 3) == "共") j += 3;
  size_t digits = j;
  while (j < text.size()) {
    size_t next = j;
    if (!is_numeral(utf8::next(text, next))) break;
    j = next;
  }
  if (j == digits) return 0;
  if (text.substr(j, 3) == "个") j += 3;
  for (std::string_view unit : {"级别", "等级", "级", "类", "档"}) {
    if (text.substr(j, unit.size()) == unit) return j + unit.size() - i;
  }
  return 0;
}

// The standard grade words, longest first: an item "特别重大突发公共卫生事件" is the grade
// 特别重大.
std::string standard_grade(std::string_view item) {
  static const std::vector<std::string_view> words = {"特别重大", "特大型", "特大", "重大", "较大",
                                                      "一般",     "大型",   "中型", "小型", "重特大"};
  for (std::string_view w : words) {
    if (item.substr(0, w.size()) != w) continue;
    // "特别重大突发公共卫生事件", "重大冻害" are 特别重大, 重大; "特大灾" (one character
    // after the word) is a name of its own.
    std::string_view rest = item.substr(w.size());
    if (rest.empty() || utf8::count_code_points(rest) >= 2) return std::string(w);
  }
  return std::string(item);
}

// The rank of a standard grade name, 0 the highest; -1 for other names.
int standard_rank(std::string_view name) {
  static const std::vector<std::vector<std::string_view>> ladders = {{"特别重大", "重大", "较大", "一般"},
                                                                     {"特大型", "大型", "中型", "小型"}};
  for (const auto& ladder : ladders) {
    for (size_t i = 0; i < ladder.size(); ++i) {
      if (name == ladder[i]) return static_cast<int>(i);
    }
  }
  return -1;
}

struct DeclaredGrade {
  std::string name;
  std::string written;  // before the standard word was taken out: 特大干旱
  std::string alias;    // the words in brackets after it: Ⅰ级, 特别重大
};

// "…分为特别重大、重大、较大和一般四个级别", "分为四级：特别重大（Ⅰ级）、重大（Ⅱ级）…",
// "由高到低依次为Ⅰ级（特别重大）、Ⅱ级（重大）…" → the grades in the order written.
std::vector<DeclaredGrade> declared_grades(std::string_view sentence) {
  std::string key = compact_key(sentence);
  size_t start = std::string::npos;
  for (std::string_view opener : {"分为", "分成", "依次为", "划为"}) {
    size_t at = key.find(opener);
    if (at != std::string::npos && at < start) start = at + opener.size();
  }
  if (start == std::string::npos) return {};
  // "分为四级：…", "分为四级，由高到低依次为…": the count first, the list after it (a
  // count is one when punctuation follows it: "分为一级、二级…" lists the grade 一级).
  if (size_t n = count_phrase(key, start);
      n > 0 && (key.compare(start + n, 1, ":") == 0 || key.compare(start + n, 1, ",") == 0)) {
    start += n + 1;
    for (std::string_view lead : {"由高到低", "从高到低", "由高至低", "从高至低", "由低到高", "从低到高"}) {
      if (key.compare(start, lead.size(), lead) == 0) start += lead.size();
    }
    for (std::string_view lead : {"依次为", "分别为", "即"}) {
      if (key.compare(start, lead.size(), lead) == 0) start += lead.size();
    }
  }
  std::vector<DeclaredGrade> grades;
  DeclaredGrade current;
  int depth = 0;
  auto flush = [&] {
    std::string name = current.name;
    // A count at the end of the last item: "一般四个级别", "一般等四级".
    for (size_t i = 0; i < name.size();) {
      size_t n = count_phrase(name, i);
      if (n > 0 && i > 0) {
        name.erase(i);
        break;
      }
      utf8::next(name, i);
    }
    if (std::optional<std::string_view> bare = before_suffix(name, "等")) name.resize(bare->size());
    if (!name.empty()) grades.push_back({standard_grade(name), name, current.alias});
    current = {};
  };
  for (size_t i = start; i < key.size();) {
    size_t at = i;
    char32_t c = utf8::next(key, i);
    if (c == '(') {
      ++depth;
      continue;
    }
    if (c == ')') {
      if (depth > 0) --depth;
      // "重大（Ⅱ级）较大（Ⅲ级）": a line break where the 、 was lost ends the grade.
      if (depth == 0 && i < key.size() && !current.name.empty()) {
        size_t next = i;
        char32_t after = utf8::next(key, next);
        bool separator = after == U'、' || after == U'和' || after == U'及' || after == U'与' || after == ',' ||
                         after == U'。' || after == ';' || after == '(';
        if (!separator && count_phrase(key, i) == 0 && !is_numeral(after)) flush();
      }
      continue;
    }
    if (depth > 0) {
      current.alias += key.substr(at, i - at);
      continue;
    }
    if (c == U'。' || c == ';') break;
    if (c == ':' && current.name.empty() && grades.empty()) continue;  // "分为：…"
    if (c == ',') {
      // A comma ends a list of two or more grades ("…一般,依次用…"), else it separates.
      flush();
      if (grades.size() >= 2) {
        bool more = false;
        for (std::string_view w : {"特别重大", "特大", "重大", "较大", "一般", "大型", "中型", "小型"}) {
          more = more || key.compare(i, w.size(), w) == 0;
        }
        if (!more) break;
      }
      continue;
    }
    if (c == U'、' || c == U'和' || c == U'及' || c == U'与') {
      flush();
      continue;
    }
    current.name += key.substr(at, i - at);
    if (count_phrase(key, i) > 0 && !current.name.empty() && !is_numeral(c)) {
      // "…一般四个级别": the count ends the list.
      i += count_phrase(key, i);
      break;
    }
  }
  flush();
  // The standard words are taken out only when every grade has one: 特大干旱、严重干旱 …
  // keep their names.
  bool all_standard = std::all_of(grades.begin(), grades.end(), [](const DeclaredGrade& g) {
    return g.name != g.written || (standard_grade(g.written) == g.written && standard_rank(g.written) >= 0);
  });
  if (!all_standard) {
    for (DeclaredGrade& g : grades) g.name = g.written;
  }
  return grades;
}

// Reads a grading table: a grade column, criteria columns named by indicators, an
// initial-judgement column and a response-level column.
void read_table(ReadContext& context, const syntax::Node& table, GradeScheme& scheme) {
  struct Column {
    enum Role { Unknown, Grade, Criteria, Initial, Response } role = Unknown;
    int indicator = -1;
    std::string header;
    std::string unit;  // "死亡人数（人）", "直接经济损失（万元）"
  };
  std::vector<Column> columns(static_cast<size_t>(table.columns));
  // Header text per column, from every header cell that covers it.
  for (const auto& row : table.rows) {
    if (!row.header) continue;
    for (const auto& cell : row.cells) {
      for (int c = cell.column; c < cell.column + cell.col_span && c < table.columns; ++c) {
        columns[c].header += compact_key(cell.text.text());
      }
    }
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    Column& column = columns[c];
    const std::string& h = column.header;
    if (contains(h, "响应级别"))
      column.role = Column::Response;
    else if (contains(h, "初判"))
      column.role = Column::Initial;
    else if (contains(h, "等级") || c == 0)
      column.role = Column::Grade;
    else {
      // The indicator the header names (the last name wins: 分级标准 / 险情 / 死亡人数).
      for (size_t i = 0; i < h.size();) {
        Lexicon::Match m = context.indicators.match_indicator(h, i);
        if (m.found()) {
          column.indicator = m.id;
          i += m.length;
          continue;
        }
        utf8::next(h, i);
      }
      column.role = Column::Criteria;
      // The unit in the header's last brackets.
      size_t close = h.rfind(')');
      size_t open = h.rfind('(');
      if (close != std::string::npos && open != std::string::npos && open < close) {
        std::string unit = h.substr(open + 1, close - open - 1);
        if (!unit.empty() && unit.size() <= 12) column.unit = unit;
      }
    }
  }
  // Which cell covers each grid position.
  std::map<std::pair<int, int>, const syntax::TableCell*> grid;
  for (const auto& row : table.rows) {
    for (const auto& cell : row.cells) {
      for (int r = cell.row; r < cell.row + cell.row_span; ++r) {
        for (int c = cell.column; c < cell.column + cell.col_span; ++c) grid[{r, c}] = &cell;
      }
    }
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    if (row.header) continue;
    std::string grade;
    const syntax::TableCell* grade_cell = nullptr;
    const syntax::TableCell* response_cell = nullptr;
    for (size_t c = 0; c < columns.size(); ++c) {
      auto it = grid.find({static_cast<int>(r), static_cast<int>(c)});
      if (it == grid.end()) continue;
      if (columns[c].role == Column::Grade && grade.empty()) {
        grade = match_grade(scheme, it->second->text.text());
        // "Ⅰ级" in a table of a scheme declared 特别重大…一般: the level's place in the order.
        if (grade.empty()) {
          if (std::optional<int> n = level_ordinal(it->second->text.text());
              n && *n >= 1 && *n <= static_cast<int>(scheme.grades.size())) {
            grade = scheme.grades[static_cast<size_t>(*n - 1)].name;
          }
        }
        grade_cell = it->second;
      }
      if (columns[c].role == Column::Response) response_cell = it->second;
    }
    if (grade.empty()) continue;  // a note row ("说明")
    GradeDefinition grading;
    grading.scheme = scheme.name;
    grading.grade = grade;
    grading.from_table = true;
    grading.origin = context.origin(table, grade_cell->range);
    GradeDefinition initial = grading;
    initial.role = CriteriaRole::Initial;
    if (response_cell != nullptr && response_cell->row_span >= 1) {
      grading.response_level = response_cell->text.text();
      grading.response_range = response_cell->range;
      initial.response_level = grading.response_level;
      initial.response_range = grading.response_range;
    }
    bool have_initial = false;
    for (const auto& cell : row.cells) {
      if (&cell == grade_cell || &cell == response_cell || cell.text.empty()) continue;
      const Column& column = columns[cell.column];
      bool spans_criteria = cell.col_span > 1;
      CriteriaContext cc;
      cc.default_indicator = spans_criteria ? -1 : column.indicator;
      if (!spans_criteria) cc.default_unit = column.unit;
      Criteria criteria = parse_criteria(cell.text, context.indicators, cc);
      context.gaps_of(criteria, "“" + grade + "”的" + (column.role == Column::Initial ? "初判标准" : "分级标准"),
                      grading_rules());
      if (criteria.empty() && !cell.text.empty()) {
        Clause clause;
        Criterion text;
        text.text = cell.text.text();
        text.range = cell.text.range();
        clause.all.push_back(text);
        criteria.any.push_back(clause);
      }
      GradeDefinition& target = column.role == Column::Initial ? initial : grading;
      if (column.role == Column::Initial) have_initial = true;
      // Cells of one row are alternatives: "达到其中之一即达到相应等级".
      for (Clause& clause : criteria.any) {
        for (Criterion& criterion : clause.all) {
          if (criterion.range.file == 0) criterion.range = cell.text.range();
        }
        target.criteria.any.push_back(std::move(clause));
      }
    }
    context.plan.definitions.push_back(std::move(grading));
    if (have_initial) context.plan.definitions.push_back(std::move(initial));
  }
}

}  // namespace

void read_scheme(ReadContext& context, const syntax::Node& block) {
  if (!block.tag || block.tag->args.empty()) {
    context.warn(block.tag ? block.tag->range : block.range, "{分级} 块应写明分级的名称，例如 {分级 地震灾害}");
    return;
  }
  std::string name = block.tag->args[0].text();
  GradeScheme* scheme = find_scheme(context, name);
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    for (const TextSpan& sentence : sentences(node->text)) {
      std::vector<DeclaredGrade> names = declared_grades(sentence.text());
      if (names.size() < 2) continue;
      std::string key = compact_key(sentence.text());
      bool low_to_high = std::any_of(low_to_high_words().begin(), low_to_high_words().end(),
                                     [&](std::string_view w) { return contains(key, w); });
      bool high_to_low = std::any_of(high_to_low_words().begin(), high_to_low_words().end(),
                                     [&](std::string_view w) { return contains(key, w); });
      // A list of the standard names written lowest first ("一般、较大、重大和特别重大")
      // is the same scheme: their order is known.
      bool ascending = !low_to_high && !high_to_low && names.size() >= 2 && standard_rank(names.front().name) >= 0 &&
                       std::is_sorted(names.begin(), names.end(),
                                      [](const DeclaredGrade& a, const DeclaredGrade& b) {
                                        return standard_rank(a.name) > standard_rank(b.name);
                                      }) &&
                       standard_rank(names.front().name) > standard_rank(names.back().name);
      for (const DeclaredGrade& g : names) ascending = ascending && standard_rank(g.name) >= 0;
      if (low_to_high || ascending) std::reverse(names.begin(), names.end());
      GradeScheme declared;
      declared.name = name;
      declared.order_stated = low_to_high || high_to_low;
      declared.origin = context.origin(*node, sentence.range());
      for (size_t i = 0; i < names.size(); ++i) {
        declared.grades.push_back({names[i].name, static_cast<int>(i), names[i].alias});
      }
      if (scheme == nullptr) {
        context.plan.schemes.push_back(std::move(declared));
        scheme = &context.plan.schemes.back();
      }
      break;
    }
  }
  if (scheme == nullptr) {
    context.warn(block.tag->range, "没有找到分级“" + name + "”的等级：{分级} 块应含“分为……四个级别”一句，或在其后定义");
    return;
  }
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind == syntax::NodeKind::Table) read_table(context, *node, *scheme);
  }
}

void read_definition(ReadContext& context, const syntax::Node& block) {
  if (!block.tag || block.tag->args.empty()) {
    context.warn(block.tag ? block.tag->range : block.range, "{标准} 块应写明分级的名称，例如 {标准 地震灾害}");
    return;
  }
  std::string name = block.tag->args[0].text();
  GradeScheme* scheme = find_scheme(context, name);
  if (scheme == nullptr) {
    context.warn(block.tag->args[0].range(), "分级“" + name + "”没有定义：请先在 {分级 " + name + "} 块中列出它的等级");
    return;
  }
  std::vector<const syntax::Node*> content = block_content(block);
  std::string grade;
  if (block.tag->args.size() > 1) grade = match_grade(*scheme, block.tag->args[1].text());
  if (grade.empty() && block.kind == syntax::NodeKind::Section) grade = match_grade(*scheme, block.title.text());
  if (grade.empty() && !content.empty() && content.front()->kind == syntax::NodeKind::Paragraph) {
    grade = match_grade(*scheme, content.front()->text.text());
  }
  if (grade.empty()) {
    context.warn(block.tag->range, "{标准} 块没有写明是分级“" + name + "”的哪一级");
    return;
  }
  GradeDefinition grading;
  grading.scheme = scheme->name;
  grading.grade = grade;
  grading.origin = context.origin(block);
  GradeDefinition initial = grading;
  initial.role = CriteriaRole::Initial;
  for (const syntax::Node* node : content) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    TextSpan text = without_marker(*node);
    if (compact_key(text.text()) == compact_key(grade)) continue;  // "（1）特大型": the grade's name alone
    // "有下列情形之一的，为特别重大事件：": the list's introduction, not a criterion.
    std::string whole = compact_key(text.text());
    if (whole.size() >= 1 && whole.back() == ':' && contains(whole, "下列")) continue;
    TextSpan rest;
    std::string label = label_of(text, rest, 10);
    GradeDefinition* target = &grading;
    if (contains(label, "初判"))
      target = &initial;
    else if (label.empty())
      rest = text;
    Criteria criteria = parse_criteria(rest, context.indicators);
    context.gaps_of(criteria, "“" + grade + "”的" + (target == &initial ? "初判标准" : "分级标准"), grading_rules());
    for (Clause& clause : criteria.any) target->criteria.any.push_back(std::move(clause));
  }
  if (!grading.criteria.empty()) context.plan.definitions.push_back(std::move(grading));
  if (!initial.criteria.empty()) context.plan.definitions.push_back(std::move(initial));
}

namespace {

// “以上”含本数，“以下”不含本数 — each word with the phrase after it; whether the
// paragraph says anything about either.
bool read_convention_words(std::string_view text, BoundaryConvention& convention) {
  std::string key = compact_key(text);
  if (!contains(key, "本数")) return false;
  bool found = false;
  for (auto [word, target] : {std::pair<std::string_view, std::optional<bool>*>{"以上", &convention.above_inclusive},
                              std::pair<std::string_view, std::optional<bool>*>{"以下", &convention.below_inclusive}}) {
    size_t at = key.find(std::string(word) + "”");
    if (at == std::string::npos) at = key.find(word);
    if (at == std::string::npos) continue;
    // The words after it up to the first 本数: "“以上”含本数，“以下”不含本数" gives each
    // its own; "“以上”“以下”均含本数" gives both the same.
    std::string after = key.substr(at + word.size(), 48);
    size_t number = after.find("本数");
    if (number != std::string::npos) after.resize(number + std::string_view("本数").size());
    bool excluded = false;
    for (std::string_view no : {"不含本数", "不包括本数", "不包含本数"}) excluded = excluded || contains(after, no);
    bool included = false;
    for (std::string_view yes : {"含本数", "包括本数", "包含本数"}) included = included || contains(after, yes);
    if (excluded) {
      *target = false;
      found = true;
    } else if (included) {
      *target = true;
      found = true;
    }
  }
  return found;
}

}  // namespace

void read_convention(ReadContext& context, const syntax::Node& block) {
  BoundaryConvention convention;
  convention.origin = context.origin(block);
  for (const syntax::Node* node : block_content(block)) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    read_convention_words(node->text.text(), convention);
    convention.origin = context.origin(*node, node->text.range());
  }
  if (!convention.above_inclusive && !convention.below_inclusive) {
    context.warn(convention.origin.range, "{约定} 块中没有读到“以上”“以下”是否含本数");
    return;
  }
  context.plan.convention = convention;
}

void read_convention_anywhere(ReadContext& context, const syntax::Node& node) {
  if (context.plan.convention) return;
  if (node.kind == syntax::NodeKind::Paragraph) {
    BoundaryConvention convention;
    if (read_convention_words(node.text.text(), convention)) {
      convention.origin = context.origin(node, node.text.range());
      context.plan.convention = convention;
    }
    return;
  }
  for (const auto& child : node.children) read_convention_anywhere(context, *child);
}

}  // namespace planc::ir
