// Writing manuals to a directory: index and one file per manual, as HTML, Markdown or
// DOCX, with the plans' texts the source links point into.
#pragma once

#include <string>
#include <vector>

#include "compiler/corpus/corpus.h"
#include "compiler/manual/manual.h"

namespace planc::manual {

enum class Format { Html, Markdown, Docx };

/// What to write and where.
struct Site {
  std::vector<const Manual*> manuals;    ///< the manuals to write, in official order
  std::vector<const Manual*> mentioned;  ///< units the plans only mention: listed, no manual
  ir::Date as_of;
  std::string directory;
};

/// Writes DIR/index.<ext> and DIR/<file_stem>.<ext> for every manual; for HTML and DOCX
/// also DIR/plans/<plan_stem>.<ext>, the texts the source links point into (Markdown
/// links to the .plan files themselves). Every file is written atomically. Returns false
/// and sets error on the first failure; `written` lists the files written.
bool write_site(const Site& site, Format format, std::vector<std::string>& written, std::string& error);

/// One manual as Markdown, links relative to `directory` (for tests and pipes).
std::string markdown(const Manual& manual, const ir::Date& as_of, const std::string& directory);

}  // namespace planc::manual
