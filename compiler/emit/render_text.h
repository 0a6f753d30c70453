// The official text of a plan, rendered back from the document tree.
#pragma once

#include <ostream>

#include "compiler/syntax/ast.h"

namespace planc::emit {

/// Writes the text as issued: headings with their official numbers, paragraphs and
/// list items as written, tables row by row (a spanning cell in the first row it
/// covers). Markers, front matter and comments are not part of the text.
void render_text(const syntax::Document& document, std::ostream& out);

}  // namespace planc::emit
