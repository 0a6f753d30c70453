// A corpus: every file planc reads in one run, parsed, with registries and plans.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"
#include "compiler/ir/external.h"
#include "compiler/ir/mapping.h"
#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/ast.h"
#include "compiler/time/calendar.h"
#include "compiler/time/ledger.h"

namespace planc::corpus {

/// The kinds of .plan file, known by the first front-matter key.
enum class FileKind { Plan, Orgs, Indicators, Ledger, External, Calendar, Mapping, Unknown };

FileKind file_kind(const syntax::Document& document);
const char* file_kind_name(FileKind kind);

struct Unit {
  const SourceFile* file = nullptr;
  syntax::Document document;
  FileKind kind = FileKind::Unknown;
  bool requested = false;  ///< named on the command line (not a support file found beside it)
};

/// The registries of one directory. A registry applies to the plans in its directory
/// and below it; a plan uses the nearest one, so each district of a province corpus
/// keeps its own organisation names.
struct Scope {
  std::string directory;
  ir::OrgRegistry orgs;
  ir::IndicatorRegistry indicators;
  ir::ExternalRegistry external;
  bool has_orgs = false;
  bool has_indicators = false;
  bool has_external = false;
};

class Corpus {
 public:
  SourceManager sources;
  std::vector<std::unique_ptr<Unit>> units;
  std::vector<std::unique_ptr<Scope>> scopes;
  std::unordered_map<std::string, Scope*> scope_index;  ///< by directory
  std::vector<ir::Plan> plans;
  std::vector<ir::Mapping> mappings;  ///< declared correspondences (对照), corpus-wide
  time::WorkCalendar calendar;        ///< every 日历 file, merged
  time::Ledger ledger;                ///< every 台账 file, merged
  /// planc's built-in indicator vocabulary, for plans no 指标 file covers (finish()
  /// loads it).
  ir::IndicatorRegistry builtin_indicators;
  syntax::Document builtin_document;

  /// The declared mapping of a kind (分级/响应) for a plan and scheme (match keys
  /// compared), or nullptr. finish() indexes the mappings by plan.
  const ir::Mapping* mapping_for(std::string_view kind, std::string_view plan, std::string_view scheme) const;
  /// Indexes `mappings` by plan for mapping_for (finish() calls it).
  void index_mappings();

  /// The organisation and indicator registries that apply to a file (an empty one, and
  /// for indicators the built-in vocabulary, when no directory above it has any).
  const ir::OrgRegistry& orgs_for(const std::string& path) const;
  const ir::IndicatorRegistry& indicators_for(const std::string& path) const;
  const ir::ExternalRegistry& external_for(const std::string& path) const;

  /// Plans named on the command line (support-file plans excluded).
  std::vector<const ir::Plan*> requested_plans() const;
  /// The plan whose front-matter title is this one (match keys compared), or nullptr.
  const ir::Plan* plan_titled(std::string_view title) const;

 private:
  std::unordered_map<std::string, std::vector<size_t>> mapping_index_;  ///< by plan key
};

/// The file that marks a folder as a corpus root (`planc init` writes it).
inline constexpr const char* kCorpusMarker = "planc.corpus";

/// The nearest folder at or above a path that holds the corpus marker, spelled relative
/// to the working directory when inside it; nullopt when there is none.
std::optional<std::string> marked_root(const std::string& path);

/// The root of the corpus a file or folder belongs to: the marked root, else the file's
/// own folder (the folder itself for a folder).
std::string corpus_root(const std::string& path);

struct LoadOptions {
  /// Read registries and other support files from the directory of each file named.
  bool support_files = true;
};

/// Reads the files and directories named (directories recursively, files sorted by
/// path), parses them, loads registries, and lowers every plan. I/O failures are
/// reported and return false; syntax errors are diagnostics, and loading goes on.
bool load(const std::vector<std::string>& paths, Corpus& corpus, DiagnosticSink& sink, const LoadOptions& options = {});

/// Parses one file given as text and adds it, as named on the command line (tests,
/// editors). Call finish() after the last one.
void add_text(const std::string& path, const std::string& text, Corpus& corpus, DiagnosticSink& sink);

/// Loads the registries and lowers the plans of the files added.
void finish(Corpus& corpus, DiagnosticSink& sink);

}  // namespace planc::corpus
