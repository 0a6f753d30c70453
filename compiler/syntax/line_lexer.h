// The line lexer: a line's first characters decide its kind, one token per line.
//
// This is the token source of the ANTLR parser. Prose never passes through an ANTLR
// lexer character by character: a line of Chinese text becomes one TEXT token after a
// look at its first few bytes.
#pragma once

#include <string_view>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"

namespace planc::syntax {

enum class LineKind {
  FmFence,    ///< '---' around the front matter
  FmLine,     ///< key：value inside the front matter
  Heading,    ///< '#'+ ' ' ...
  DivOpen,    ///< '::: name ...'
  DivClose,   ///< ':::'
  TableRow,   ///< '| ... |'
  TableRule,  ///< '|---|---|'
  Item,       ///< prose starting with a list marker
  Text,       ///< other prose
  Blank,      ///< white space only
  Comment,    ///< '<!-- ... -->', possibly over several lines
};

/// Name of the kind as the grammar spells it (FM_FENCE …).
const char* line_kind_name(LineKind kind);

struct LineToken {
  LineKind kind = LineKind::Text;
  int line = 0;           ///< 1-based first line
  int last_line = 0;      ///< last line (differs only for multi-line comments)
  size_t offset = 0;      ///< byte offset of the token's first byte in the file
  std::string_view text;  ///< the token's text without the final line break
};

/// Splits a file into line tokens.
std::vector<LineToken> lex_lines(const SourceFile& file);

/// Byte length of the list marker at the start of text ("(１)", "（一）", "①", "1.",
/// "一、"), or 0 when the text does not start with one.
size_t list_marker_length(std::string_view text);

}  // namespace planc::syntax
