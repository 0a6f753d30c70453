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
  /// Overwrite files in the directory that planc did not write (not in its manifest).
  bool force = false;
};

/// The manifest planc keeps in an output directory: the files it wrote there, one
/// relative path a line after a comment line. planc overwrites and removes only these.
inline constexpr const char* kManifestName = ".planc-manifest";

/// Writes DIR/index.<ext> and DIR/<file_stem>.<ext> for every manual; for HTML and DOCX
/// also DIR/plans/<plan stem>.<ext>, the texts the source links point into (Markdown
/// links to the .plan files themselves), one name per plan even when two plans share a
/// folder and file name. Every file is written atomically. A file in the way that planc
/// did not write (not in DIR/.planc-manifest) stops the run before anything is written,
/// unless site.force; files of an earlier run that this one no longer writes are removed,
/// and the manifest rewritten. Returns false and sets error on the first failure;
/// `written` lists the files written.
bool write_site(const Site& site, Format format, std::vector<std::string>& written, std::string& error);

/// One manual as Markdown, links relative to `directory` (for tests and pipes).
std::string markdown(const Manual& manual, const ir::Date& as_of, const std::string& directory);

}  // namespace planc::manual
