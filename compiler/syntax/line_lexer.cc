// The line lexer: a line's first characters decide its kind, one token per line.
#include "compiler/syntax/line_lexer.h"

#include "compiler/base/utf8.h"

namespace planc::syntax {
namespace {

bool is_blank(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    char32_t c = utf8::next(line, i);
    if (c != ' ' && c != '\t' && c != '\r' && c != 0x3000) return false;
  }
  return true;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

bool is_heading(std::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return false;
  return hashes == line.size() || line[hashes] == ' ';
}

// '|---|:--|' and the like: pipes, dashes, colons and spaces, with at least one dash.
bool is_table_rule(std::string_view line) {
  bool dash = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dash;
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

bool is_chinese_numeral(char32_t c) {
  static constexpr std::u32string_view numerals = U"〇零一二三四五六七八九十百";
  return numerals.find(c) != std::u32string_view::npos;
}

bool is_circled_number(char32_t c) { return c >= 0x2460 && c <= 0x2473; }

}  // namespace

const char* line_kind_name(LineKind kind) {
  switch (kind) {
    case LineKind::FmFence: return "FM_FENCE";
    case LineKind::FmLine: return "FM_LINE";
    case LineKind::Heading: return "HEADING";
    case LineKind::DivOpen: return "DIV_OPEN";
    case LineKind::DivClose: return "DIV_CLOSE";
    case LineKind::TableRow: return "TABLE_ROW";
    case LineKind::TableRule: return "TABLE_RULE";
    case LineKind::Item: return "ITEM";
    case LineKind::Text: return "TEXT";
    case LineKind::Blank: return "BLANK";
    case LineKind::Comment: return "COMMENT";
  }
  return "TEXT";
}

size_t list_marker_length(std::string_view text) {
  size_t i = 0;
  if (text.empty()) return 0;
  char32_t c = utf8::next(text, i);
  if (is_circled_number(c)) return i;
  if (c == '(' || c == 0xFF08) {  // ( or （ then one to three numerals then ) or ）
    int count = 0;
    while (i < text.size()) {
      char32_t d = utf8::next(text, i);
      if (is_digit(d) || is_chinese_numeral(d)) {
        if (++count > 3) return 0;
      } else {
        return (d == ')' || d == 0xFF09) && count > 0 ? i : 0;
      }
    }
    return 0;
  }
  // 1. 1、 1．  or  一、 : a number then a separator not followed by a digit (1.4 is a
  // section number and 4.0≤M a quantity, neither a list marker).
  bool arabic = is_digit(c);
  bool chinese = is_chinese_numeral(c);
  if (!arabic && !chinese) return 0;
  int count = 1;
  while (i < text.size()) {
    char32_t d = utf8::next(text, i);
    if ((arabic && is_digit(d)) || (chinese && is_chinese_numeral(d))) {
      if (++count > 3) return 0;
      continue;
    }
    bool separator = d == 0x3001 || (arabic && (d == '.' || d == 0xFF0E));
    if (!separator) return 0;
    size_t k = i;
    if (k < text.size() && is_digit(utf8::next(text, k))) return 0;
    return i;
  }
  return 0;
}

std::vector<LineToken> lex_lines(const SourceFile& file) {
  std::vector<LineToken> tokens;
  const std::string& text = file.text();
  enum class State { Start, FrontMatter, Body } state = State::Start;
  size_t offset = 0;
  int line_no = 0;
  while (offset < text.size()) {
    size_t end = text.find('\n', offset);
    size_t next = end == std::string::npos ? text.size() : end + 1;
    if (end == std::string::npos) end = text.size();
    ++line_no;
    std::string_view line = trim_right(std::string_view(text).substr(offset, end - offset));
    LineToken token{LineKind::Text, line_no, line_no, offset, line};

    if (starts_with(line, "<!--")) {
      // A comment runs to its '-->', over as many lines as it takes.
      size_t close = text.find("-->", offset + 4);
      size_t stop = close == std::string::npos ? text.size() : close + 3;
      size_t comment_end = text.find('\n', stop);
      if (comment_end == std::string::npos) comment_end = text.size();
      for (size_t k = offset; k < stop; ++k) {
        if (text[k] == '\n') ++line_no;
      }
      token.kind = LineKind::Comment;
      token.last_line = line_no;
      token.text = trim_right(std::string_view(text).substr(offset, comment_end - offset));
      tokens.push_back(token);
      offset = comment_end == text.size() ? text.size() : comment_end + 1;
      continue;
    }

    if (is_blank(line)) {
      token.kind = LineKind::Blank;
    } else if (state == State::Start && line == "---") {
      token.kind = LineKind::FmFence;
      state = State::FrontMatter;
    } else if (state == State::FrontMatter) {
      if (line == "---") {
        token.kind = LineKind::FmFence;
        state = State::Body;
      } else if (is_heading(line) || starts_with(line, ":::") || starts_with(line, "|")) {
        // An unclosed front matter: the body has begun; the parser reports the
        // missing fence and the rest of the file still compiles.
        state = State::Body;
      } else {
        token.kind = LineKind::FmLine;
      }
    }
    if (token.kind == LineKind::Text && state != State::FrontMatter) {
      if (state == State::Start) state = State::Body;
      if (is_heading(line)) {
        token.kind = LineKind::Heading;
      } else if (starts_with(line, ":::")) {
        token.kind = is_blank(line.substr(3)) ? LineKind::DivClose : LineKind::DivOpen;
      } else if (starts_with(line, "|")) {
        token.kind = is_table_rule(line) ? LineKind::TableRule : LineKind::TableRow;
      } else if (list_marker_length(line) > 0) {
        token.kind = LineKind::Item;
      }
    }
    tokens.push_back(token);
    offset = next;
  }
  return tokens;
}

}  // namespace planc::syntax
