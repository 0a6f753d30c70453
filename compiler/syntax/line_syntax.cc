// The inside of structural lines: headings, block tags, table rows, fields, comments.
#include "compiler/syntax/line_syntax.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/limits.h"
#include "compiler/base/number.h"
#include "compiler/base/strings.h"
#include "compiler/base/utf8.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::syntax {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }
bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
bool is_chinese_numeral(char32_t c) {
  static constexpr std::u32string_view numerals = U"〇零一二三四五六七八九十百";
  return numerals.find(c) != std::u32string_view::npos;
}

size_t skip_spaces(std::string_view text, size_t i) {
  while (i < text.size()) {
    size_t j = i;
    if (!is_space(utf8::next(text, j))) break;
    i = j;
  }
  return i;
}

// Splits "kind arg arg" at white space into spans.
std::vector<TextSpan> words(const TextSpan& span) {
  std::vector<TextSpan> result;
  std::string_view text = span.text();
  size_t i = 0;
  while (i < text.size()) {
    i = skip_spaces(text, i);
    if (i >= text.size()) break;
    size_t start = i;
    while (i < text.size()) {
      size_t j = i;
      if (is_space(utf8::next(text, j))) break;
      i = j;
    }
    result.push_back(span.sub(start, i));
  }
  return result;
}

std::optional<BlockTag> make_tag(const TextSpan& inside, DiagnosticSink& sink) {
  std::vector<TextSpan> parts = words(inside);
  if (parts.empty()) {
    report_syntax(sink, inside.range(), "块标记为空：应写明块类型，例如 {指挥部} 或 ::: 标准 地震灾害 较大");
    return std::nullopt;
  }
  BlockTag tag;
  tag.kind = parts[0].text();
  tag.args.assign(parts.begin() + 1, parts.end());
  tag.range = inside.range();
  const auto& kinds = block_kinds();
  if (std::find(kinds.begin(), kinds.end(), tag.kind) == kinds.end()) {
    std::string best;
    int best_distance = 3;
    for (const auto& kind : kinds) {
      int distance = edit_distance(kind, tag.kind);
      if (distance < best_distance) {
        best_distance = distance;
        best = kind;
      }
    }
    std::string message = "未知的块类型“" + tag.kind + "”";
    if (!best.empty())
      message += "，是否应为“" + best + "”？";
    else
      message += "；可用的块类型见 docs/language.md";
    report_syntax(sink, parts[0].range(), message);
    return std::nullopt;
  }
  return tag;
}

}  // namespace

const std::vector<std::string>& block_kinds() {
  static const std::vector<std::string> kinds = {
      "通知", "依据", "范围", "指挥部", "办公室", "工作组", "职责", "分级", "标准", "约定",
      "响应", "措施", "预警", "信号",   "术语",   "备案",   "演练", "修订", "评估",
  };
  return kinds;
}

TextSpan line_span(const SourceFile& file, const LineToken& token) {
  TextSpan span(&file);
  span.append(token.text, token.offset);
  return span;
}

size_t section_number_length(std::string_view text) {
  size_t i = 0;
  if (text.empty()) return 0;
  size_t j = 0;
  char32_t c = utf8::next(text, j);
  // 附件1, 附件 2
  if (text.starts_with("附件")) {
    size_t k = skip_spaces(text, std::string_view("附件").size());
    size_t digits_start = k;
    while (k < text.size()) {
      size_t m = k;
      if (!is_digit(utf8::next(text, m))) break;
      k = m;
    }
    return k > digits_start ? k : 0;
  }
  // 1  1.4  1.4.2  (ASCII or full-width digits and dots)
  if (is_digit(c)) {
    i = j;
    size_t end = i;
    while (i < text.size()) {
      size_t m = i;
      char32_t d = utf8::next(text, m);
      if (is_digit(d)) {
        i = m;
        end = i;
      } else if (d == '.' || d == 0xFF0E) {
        size_t n = m;
        if (n < text.size() && is_digit(utf8::next(text, n))) {
          i = m;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return end;
  }
  // 一、  二、
  if (is_chinese_numeral(c)) {
    i = j;
    while (i < text.size()) {
      size_t m = i;
      char32_t d = utf8::next(text, m);
      if (is_chinese_numeral(d)) {
        i = m;
        continue;
      }
      return d == 0x3001 ? m : 0;
    }
    return 0;
  }
  // （一）  (一)
  if (c == '(' || c == 0xFF08) {
    i = j;
    int count = 0;
    while (i < text.size()) {
      size_t m = i;
      char32_t d = utf8::next(text, m);
      if (is_chinese_numeral(d) || is_digit(d)) {
        ++count;
        i = m;
        continue;
      }
      return (d == ')' || d == 0xFF09) && count > 0 ? m : 0;
    }
  }
  return 0;
}

HeadingParts parse_heading(const TextSpan& line, DiagnosticSink& sink) {
  HeadingParts parts;
  std::string_view text = line.text();
  size_t i = 0;
  while (i < text.size() && text[i] == '#') ++i;
  parts.level = static_cast<int>(i);
  i = skip_spaces(text, i);
  size_t end = text.size();
  // A trailing {tag}.
  if (end > i && text[end - 1] == '}') {
    size_t open = text.rfind('{');
    if (open != std::string_view::npos && open >= i) {
      parts.tag = make_tag(line.sub(open + 1, end - 1), sink);
      end = open;
    }
  }
  TextSpan rest = line.sub(i, end).trimmed();
  size_t number = section_number_length(rest.text());
  if (number > 0) {
    parts.number = rest.sub(0, number);
    parts.title = rest.sub(number, rest.text().size()).trimmed();
  } else {
    parts.title = rest;
  }
  if (parts.number.empty() && parts.title.empty()) {
    report_syntax(sink, line.range(), "标题为空：'#' 之后应有编号或标题，例如 '## 1.1 编制依据'");
  }
  return parts;
}

std::optional<BlockTag> parse_div_open(const TextSpan& line, DiagnosticSink& sink) {
  return make_tag(line.sub(3, line.text().size()), sink);
}

TableRow parse_table_row(const TextSpan& line, DiagnosticSink& sink) {
  TableRow row;
  std::string_view text = line.text();
  // Cut at unescaped pipes.
  std::vector<std::pair<size_t, size_t>> pieces;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '|') {
      ++i;
      continue;
    }
    if (text[i] == '|') {
      pieces.push_back({start, i});
      start = i + 1;
    }
  }
  pieces.push_back({start, text.size()});
  // The text before the first pipe and after the last one is not a cell.
  if (!pieces.empty()) pieces.erase(pieces.begin());
  if (!pieces.empty() && line.sub(pieces.back().first, pieces.back().second).trimmed().empty()) pieces.pop_back();
  if (text.size() > 1 && text.back() != '|') {
    warn_syntax(sink, line.range(text.size() - 1, text.size()), "表格行应以 '|' 结束");
  }
  for (auto [b, e] : pieces) {
    TableCell cell;
    TextSpan content = line.sub(b, e).trimmed();
    cell.range = line.range(b, e);
    std::string_view cell_text = content.text();
    if (!cell_text.empty() && cell_text.back() == '}') {
      size_t open = cell_text.rfind('{');
      if (open != std::string_view::npos) {
        TextSpan attrs = content.sub(open + 1, cell_text.size() - 1);
        for (const TextSpan& word : words(attrs)) {
          std::string key = match_key(word.text());
          size_t eq = key.find('=');
          std::string name = eq == std::string::npos ? key : key.substr(0, eq);
          bool number = eq != std::string::npos && eq + 1 < key.size() &&
                        std::all_of(key.begin() + static_cast<long>(eq) + 1, key.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
          int value = number ? parse_int(std::string_view(key).substr(eq + 1)).value_or(kMaxSpan + 1) : 0;
          if (number && value > kMaxSpan && (name == "行" || name == "rowspan" || name == "列" || name == "colspan")) {
            report_syntax(sink, word.range(),
                          "单元格跨度“" + std::string(word.text()) + "”过大：{行=N}、{列=N} 的 N 应在 1 到 " +
                              std::to_string(kMaxSpan) + " 之间");
            continue;
          }
          if (number && value >= 1 && value <= kMaxSpan && (name == "行" || name == "rowspan")) {
            cell.row_span = value;
          } else if (number && value >= 1 && value <= kMaxSpan && (name == "列" || name == "colspan")) {
            cell.col_span = value;
          } else {
            report_syntax(sink, word.range(),
                          "无法识别的单元格属性“" + std::string(word.text()) + "”：应为 {行=N} 或 {列=N}");
          }
        }
        content = content.sub(0, open).trimmed();
      }
    }
    // Unescape '\|'.
    std::string_view raw = content.text();
    if (raw.find("\\|") != std::string_view::npos) {
      TextSpan unescaped(content.file());
      size_t s = 0;
      for (size_t i = 0; i + 1 < raw.size(); ++i) {
        if (raw[i] == '\\' && raw[i + 1] == '|') {
          TextSpan part = content.sub(s, i);
          unescaped.append(part.text(), content.source_offset(s));
          s = i + 1;
        }
      }
      TextSpan tail = content.sub(s, raw.size());
      unescaped.append(tail.text(), content.source_offset(s));
      content = unescaped;
    }
    cell.text = content;
    row.cells.push_back(std::move(cell));
  }
  return row;
}

std::optional<Field> parse_field(const TextSpan& line) {
  std::string_view text = line.text();
  size_t colon = std::string_view::npos;
  size_t colon_length = 0;
  size_t full = text.find("：");
  size_t half = text.find(':');
  if (full != std::string_view::npos && (half == std::string_view::npos || full < half)) {
    colon = full;
    colon_length = 3;
  } else if (half != std::string_view::npos) {
    colon = half;
    colon_length = 1;
  }
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  Field field;
  field.key = line.sub(0, colon).trimmed();
  field.value = line.sub(colon + colon_length, text.size()).trimmed();
  field.range = line.range();
  if (field.key.empty()) return std::nullopt;
  return field;
}

std::optional<Suppression> parse_suppression(const TextSpan& comment, DiagnosticSink& sink) {
  std::string_view text = comment.text();
  size_t begin = text.find("planc-disable");
  if (begin == std::string_view::npos) return std::nullopt;
  size_t end = text.rfind("-->");
  if (end == std::string_view::npos || end < begin) end = text.size();
  size_t i = begin + std::string_view("planc-disable").size();
  std::string_view body = text.substr(i, end - i);
  Suppression suppression;
  suppression.comment = comment.range();
  size_t colon = body.find(':');
  size_t full_colon = body.find("：");
  size_t colon_length = 1;
  if (full_colon != std::string_view::npos && (colon == std::string_view::npos || full_colon < colon)) {
    colon = full_colon;
    colon_length = 3;
  }
  std::string_view ids = colon == std::string_view::npos ? body : body.substr(0, colon);
  std::string reason;
  if (colon != std::string_view::npos) {
    TextSpan reason_span = comment.sub(i + colon + colon_length, end).trimmed();
    reason = reason_span.text();
  }
  std::string current;
  for (char c : ids) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (!current.empty()) suppression.rules.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) suppression.rules.push_back(current);
  if (suppression.rules.empty()) {
    report_syntax(sink, comment.range(),
                  "planc-disable 注释应写明规则编号，例如 <!-- planc-disable org-no-duty: 理由 -->");
    return std::nullopt;
  }
  if (reason.empty()) {
    report_syntax(sink, comment.range(), "planc-disable 注释必须说明理由：在规则编号后加 '：理由'");
    return std::nullopt;
  }
  suppression.reason = reason;
  return suppression;
}

}  // namespace planc::syntax
