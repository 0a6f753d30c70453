// Seams for tests: corpora built from strings, and files of the source tree.
#include "tests/unit/test_support.h"

#include "compiler/base/source.h"

namespace planc::testing {

std::string source_path(const std::string& relative) { return std::string(PLANC_SOURCE_DIR) + "/" + relative; }

std::string read_source(const std::string& relative) {
  std::string text;
  std::string error;
  read_file(source_path(relative), text, error);
  return text;
}

void load_texts(TextCorpus& out, const std::vector<std::pair<std::string, std::string>>& files) {
  // Registries first, then plans: load_text lowers as it goes, so load all, then lower.
  for (const auto& [path, text] : files) corpus::add_text(path, text, out.corpus, out.sink);
  corpus::finish(out.corpus, out.sink);
}

std::vector<std::string> describe(const DiagnosticSink& sink) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : sink.diagnostics()) {
    lines.push_back(std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column) + ": " + d.message);
  }
  return lines;
}

}  // namespace planc::testing
