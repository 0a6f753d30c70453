// Seams for tests: corpora built from strings, and files of the source tree.
#pragma once

#include <string>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/corpus/corpus.h"

namespace planc::testing {

/// The path of a file in the source tree.
std::string source_path(const std::string& relative);

/// The text of a file in the source tree (empty when missing).
std::string read_source(const std::string& relative);

/// A corpus made of in-memory files: (path, text) pairs; all are "requested".
struct TextCorpus {
  corpus::Corpus corpus;
  DiagnosticSink sink;
};
void load_texts(TextCorpus& out, const std::vector<std::pair<std::string, std::string>>& files);

/// "line:column: message" of each diagnostic, for exact comparisons.
std::vector<std::string> describe(const DiagnosticSink& sink);

}  // namespace planc::testing
