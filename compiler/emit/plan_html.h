// The official text of a plan as HTML, every line addressable: a manual's duty links to
// plans/<plan>.html#L403, the paragraph (or table row) that holds line 403.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "compiler/syntax/ast.h"

namespace planc::emit {

/// Escapes text for HTML element content and attribute values.
std::string html_escape(std::string_view text);

/// Writes the text as issued (headings with their numbers, paragraphs, tables with their
/// spans; markers, front matter and comments left out) as an HTML fragment. Each block
/// has id="L<first line>", and each further line of a paragraph an empty anchor with
/// id="L<line>", so that any line number of the source is a link target.
void render_html(const syntax::Document& document, std::ostream& out);

}  // namespace planc::emit
