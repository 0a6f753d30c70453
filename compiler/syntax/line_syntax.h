// The inside of structural lines: headings, block tags, table rows, fields, comments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/base/text_span.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/line_lexer.h"

namespace planc::syntax {

/// The semantic block kinds a tag may name (docs/language.md lists what each holds).
const std::vector<std::string>& block_kinds();

/// The line of a token as a span that maps back to the file.
TextSpan line_span(const SourceFile& file, const LineToken& token);

struct HeadingParts {
  int level = 0;
  TextSpan number;
  TextSpan title;
  std::optional<BlockTag> tag;
};

/// '## 2.1 区抗震救灾指挥部 {指挥部}' → level 2, number "2.1", title, tag.
HeadingParts parse_heading(const TextSpan& line, DiagnosticSink& sink);

/// '::: 标准 地震灾害 较大' → the tag.
std::optional<BlockTag> parse_div_open(const TextSpan& line, DiagnosticSink& sink);

/// '| a | b {行=2} |' → cells with their spans (grid positions are set by the table).
TableRow parse_table_row(const TextSpan& line, DiagnosticSink& sink);

/// 'key：value' or 'key: value'; nullopt when the line has no colon.
std::optional<Field> parse_field(const TextSpan& line);

/// '<!-- planc-disable rule-a, rule-b: reason -->'; nullopt for other comments. A
/// suppression without a reason is reported as a syntax error.
std::optional<Suppression> parse_suppression(const TextSpan& comment, DiagnosticSink& sink);

/// The length in bytes of a section number at the start of text ("1.4.2", "附件 2",
/// "一、", "（一）"), or 0.
size_t section_number_length(std::string_view text);

}  // namespace planc::syntax
