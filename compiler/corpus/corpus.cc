// A corpus: every file planc reads in one run, parsed, with registries and plans.
#include "compiler/corpus/corpus.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include "compiler/base/files.h"
#include "compiler/base/fold.h"
#include "compiler/corpus/link.h"
#include "compiler/ir/lower.h"
#include "compiler/syntax/line_lexer.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/parser.h"

namespace planc::corpus {
namespace fs = std::filesystem;

namespace {

// The kind a first front-matter key names (a match key).
FileKind kind_of_key(const std::string& kind) {
  if (kind == "预案") return FileKind::Plan;
  if (kind == "机构") return FileKind::Orgs;
  if (kind == "指标") return FileKind::Indicators;
  if (kind == "台账") return FileKind::Ledger;
  if (kind == "外部文件") return FileKind::External;
  if (kind == "日历") return FileKind::Calendar;
  if (kind == "对照") return FileKind::Mapping;
  return FileKind::Unknown;
}

}  // namespace

FileKind file_kind(const syntax::Document& document) { return kind_of_key(document.kind()); }

const char* file_kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::Plan: return "预案";
    case FileKind::Orgs: return "机构";
    case FileKind::Indicators: return "指标";
    case FileKind::Ledger: return "台账";
    case FileKind::External: return "外部文件";
    case FileKind::Calendar: return "日历";
    case FileKind::Mapping: return "对照";
    case FileKind::Unknown: return "未知";
  }
  return "未知";
}

std::vector<const ir::Plan*> Corpus::requested_plans() const {
  std::vector<const ir::Plan*> result;
  for (const ir::Plan& plan : plans) {
    for (const auto& unit : units) {
      if (&unit->document == plan.document && unit->requested) result.push_back(&plan);
    }
  }
  return result;
}

const ir::Plan* Corpus::plan_titled(std::string_view title) const {
  std::string wanted = match_key(title, {.drop_space = true});
  for (const ir::Plan& plan : plans) {
    if (match_key(plan.meta.title, {.drop_space = true}) == wanted) return &plan;
  }
  return nullptr;
}

namespace {

// An I/O problem with a path: the file or folder and what went wrong, no position.
void io_report(DiagnosticSink& sink, Severity severity, const std::string& path, const std::string& message) {
  Diagnostic d;
  d.severity = severity;
  d.rule = "io";
  d.message = path + "：" + message;
  sink.report(std::move(d));
}

void io_error(DiagnosticSink& sink, const std::string& path, const std::string& message) {
  io_report(sink, Severity::Error, path, message);
}

Unit* parse_unit(const std::string& path, const std::string& text, bool requested, Corpus& corpus,
                 DiagnosticSink& sink) {
  std::string body = text;
  if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.erase(0, 3);  // a byte-order mark is not text
  const SourceFile& file = corpus.sources.add(path, std::move(body));
  auto unit = std::make_unique<Unit>();
  unit->file = &file;
  unit->document = syntax::parse(file, sink);
  unit->kind = file_kind(unit->document);
  unit->requested = requested;
  if (unit->kind == FileKind::Unknown && !unit->document.front_matter.empty()) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.rule = "syntax";
    d.message = "无法识别的文件类型“" + unit->document.kind() +
                "”：前置信息的第一行应为 预案、机构、指标、台账、外部文件、日历 或 对照";
    d.range = unit->document.front_matter.front().key.range();
    sink.report(std::move(d));
  }
  corpus.units.push_back(std::move(unit));
  return corpus.units.back().get();
}

}  // namespace

namespace {

std::string directory_of(const std::string& path) {
  std::string dir = fs::path(path).parent_path().lexically_normal().string();
  return dir.empty() ? "." : dir;
}

// The key a file or directory is known by, whatever the spelling of its path.
std::string canonical_key(const fs::path& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  return error ? fs::absolute(path, error).lexically_normal().string() : canonical.string();
}

// The nearest scope at or above a directory that has the wanted registry. Scopes are
// keyed by canonical directory, so "plans/jiyang", "." and "../jiyang" meet.
const Scope* nearest(const Corpus& corpus, const std::string& path, bool Scope::*has) {
  static const Scope empty;
  fs::path dir = fs::path(canonical_key(directory_of(path)));
  while (true) {
    auto it = corpus.scope_index.find(dir.string());
    if (it != corpus.scope_index.end() && (*it->second).*has) return it->second;
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return &empty;
}

Scope& scope_at(Corpus& corpus, const std::string& spelled) {
  std::string directory = canonical_key(spelled);
  auto it = corpus.scope_index.find(directory);
  if (it != corpus.scope_index.end()) return *it->second;
  corpus.scopes.push_back(std::make_unique<Scope>());
  corpus.scopes.back()->directory = directory;
  corpus.scope_index[directory] = corpus.scopes.back().get();
  return *corpus.scopes.back();
}

}  // namespace

const ir::OrgRegistry& Corpus::orgs_for(const std::string& path) const {
  return nearest(*this, path, &Scope::has_orgs)->orgs;
}

const ir::IndicatorRegistry& Corpus::indicators_for(const std::string& path) const {
  const Scope* scope = nearest(*this, path, &Scope::has_indicators);
  return scope->has_indicators ? scope->indicators : builtin_indicators;
}

const ir::Mapping* Corpus::mapping_for(std::string_view kind, std::string_view plan, std::string_view scheme) const {
  std::string wanted_plan = match_key(plan, {.drop_space = true});
  std::string wanted_scheme = match_key(scheme, {.drop_space = true});
  auto found = mapping_index_.find(wanted_plan);
  if (found == mapping_index_.end()) return nullptr;
  for (size_t index : found->second) {
    const ir::Mapping& m = mappings[index];
    if (m.kind != kind) continue;
    if (!wanted_scheme.empty() && !m.scheme_key.empty() && m.scheme_key != wanted_scheme) continue;
    return &m;
  }
  return nullptr;
}

void Corpus::index_mappings() {
  mapping_index_.clear();
  for (size_t i = 0; i < mappings.size(); ++i) mapping_index_[mappings[i].plan_key].push_back(i);
}

const ir::ExternalRegistry& Corpus::external_for(const std::string& path) const {
  return nearest(*this, path, &Scope::has_external)->external;
}

void finish(Corpus& corpus, DiagnosticSink& sink) {
  for (const auto& unit : corpus.units) {
    if (unit->kind != FileKind::Orgs && unit->kind != FileKind::Indicators && unit->kind != FileKind::External) {
      continue;
    }
    Scope& scope = scope_at(corpus, directory_of(unit->file->path()));
    if (unit->kind == FileKind::Orgs) {
      scope.orgs.load(unit->document, sink);
      scope.has_orgs = true;
    } else if (unit->kind == FileKind::Indicators) {
      scope.indicators.load(unit->document, sink);
      scope.has_indicators = true;
    } else {
      scope.external.load(unit->document, sink);
      scope.has_external = true;
    }
  }
  for (const auto& scope : corpus.scopes) {
    if (scope->has_orgs) scope->orgs.validate(sink);
  }
  for (const auto& unit : corpus.units) {
    if (unit->kind == FileKind::Calendar) corpus.calendar.load(unit->document, sink);
    if (unit->kind == FileKind::Ledger) corpus.ledger.load(unit->document, sink);
    if (unit->kind != FileKind::Mapping) continue;
    std::vector<ir::Mapping> found = ir::load_mappings(unit->document, sink);
    corpus.mappings.insert(corpus.mappings.end(), found.begin(), found.end());
  }
  corpus.index_mappings();
  if (!corpus.builtin_indicators.builtin()) {
    DiagnosticSink quiet;
    const SourceFile& file = corpus.sources.add("<planc 内置指标>", std::string(ir::builtin_indicators_text()));
    corpus.builtin_document = syntax::parse(file, quiet);
    corpus.builtin_indicators.load(corpus.builtin_document, quiet);
    corpus.builtin_indicators.set_builtin();
  }
  for (const auto& unit : corpus.units) {
    if (unit->kind != FileKind::Plan) continue;
    const std::string& path = unit->file->path();
    corpus.plans.push_back(ir::lower_plan(unit->document, corpus.orgs_for(path), corpus.indicators_for(path), sink));
    corpus.plans.back().external = &corpus.external_for(path);
  }
  link(corpus);
  report_links(corpus, sink);
}

namespace {

bool is_plan_file(const fs::path& path) { return path.extension() == ".plan"; }

bool is_registry(FileKind kind) { return kind != FileKind::Plan && kind != FileKind::Unknown; }

// Where the front matter of a text ends (the start of its closing '---'), or npos.
size_t front_matter_end(std::string_view text) {
  size_t open = text.find("---");
  return open == std::string_view::npos ? open : text.find("\n---", open + 3);
}

// The kind a file's first front-matter key names, found as the parser finds it: the line
// lexer tells the front matter from the body, parse_field splits the key (as
// Document::kind reads it). Only the front matter is lexed.
FileKind kind_of_text(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t end = front_matter_end(text);
  SourceFile head(0, {}, std::string(text.substr(0, end == std::string_view::npos ? text.size() : end + 1)));
  for (const syntax::LineToken& token : syntax::lex_lines(head)) {
    if (token.kind == syntax::LineKind::Blank || token.kind == syntax::LineKind::Comment ||
        token.kind == syntax::LineKind::FmFence) {
      continue;
    }
    if (token.kind != syntax::LineKind::FmLine) return FileKind::Unknown;
    std::optional<syntax::Field> field = syntax::parse_field(syntax::line_span(head, token));
    return field ? kind_of_key(match_key(field->key.text(), {.drop_space = true})) : FileKind::Unknown;
  }
  return FileKind::Unknown;
}

// A file of a registry directory: its kind, read from its front matter, and its whole
// text when it is a registry. One open each; a plan there costs its first few lines.
struct Peeked {
  FileKind kind = FileKind::Unknown;
  std::string text;
};

Peeked peek(const fs::path& path) {
  constexpr size_t kHeadLimit = 64 * 1024;  // far more than any front matter
  Peeked result;
  std::ifstream in(path, std::ios::binary);
  char chunk[4096];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    result.text.append(chunk, static_cast<size_t>(in.gcount()));
    if (front_matter_end(result.text) != std::string::npos || result.text.size() >= kHeadLimit) break;
  }
  result.kind = kind_of_text(result.text);
  if (!is_registry(result.kind)) {
    result.text.clear();
    return result;
  }
  result.text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return result;
}

void io_warning(DiagnosticSink& sink, const std::string& path, const std::string& message) {
  io_report(sink, Severity::Warning, path, message);
}

// The .plan files of a directory (and, recursively, of its sub-directories). A
// directory reached twice (a symbolic link back up the tree) is walked once; an entry
// that cannot be read is reported and passed over, never silently dropped.
void walk(const fs::path& dir, bool recursive, std::set<std::string>& visited, std::vector<fs::path>& found,
          DiagnosticSink* sink) {
  std::error_code error;
  fs::path canonical = fs::canonical(dir, error);
  if (error) {
    if (sink) io_warning(*sink, dir.string(), "无法读取目录（" + os_error(error.value()) + "），其中的文件未检查");
    return;
  }
  if (!visited.insert(canonical.string()).second) return;
  fs::directory_iterator it(dir, error);
  if (error) {
    if (sink) io_warning(*sink, dir.string(), "无法读取目录（" + os_error(error.value()) + "），其中的文件未检查");
    return;
  }
  std::vector<fs::path> subdirectories;
  for (fs::directory_iterator end; it != end;) {
    const fs::path path = it->path();
    std::error_code status_error;
    fs::file_status status = it->status(status_error);  // follows symbolic links
    if (status_error) {
      bool plan = is_plan_file(path);
      if (sink && (plan || status_error.value() == ELOOP)) {
        io_warning(*sink, path.string(), "无法读取（" + os_error(status_error.value()) + "）");
      }
    } else if (fs::is_regular_file(status) && is_plan_file(path)) {
      found.push_back(path);
    } else if (recursive && fs::is_directory(status)) {
      subdirectories.push_back(path);
    }
    it.increment(error);
    if (error) {
      if (sink) io_warning(*sink, dir.string(), "读取目录时出错（" + os_error(error.value()) + "），其余文件未检查");
      break;
    }
  }
  std::sort(subdirectories.begin(), subdirectories.end());
  for (const fs::path& sub : subdirectories) walk(sub, recursive, visited, found, sink);
}

std::vector<fs::path> plan_files(const fs::path& dir, bool recursive, DiagnosticSink* sink = nullptr) {
  std::vector<fs::path> found;
  std::set<std::string> visited;
  walk(dir, recursive, visited, found, sink);
  std::sort(found.begin(), found.end());
  return found;
}

// Directories, each kept once (by canonical path) in the order first met.
class Directories {
 public:
  bool add(const fs::path& dir) {
    if (!seen_.insert(canonical_key(dir)).second) return false;
    list_.push_back(dir);
    return true;
  }
  const std::vector<fs::path>& list() const { return list_; }

 private:
  std::set<std::string> seen_;
  std::vector<fs::path> list_;
};

// A file to parse: its path, and its text when already read.
struct Pending {
  std::string path;
  std::optional<std::string> text;
};

// How a corpus folder is spelled: relative to the working directory when it is inside
// it or a few levels above, else absolute.
fs::path spelled(const fs::path& absolute) {
  std::error_code error;
  fs::path cwd = fs::current_path(error);
  if (error) return absolute;
  fs::path relative = absolute.lexically_relative(cwd);
  if (relative.empty()) return absolute;
  int up = 0;
  for (const fs::path& part : relative) up += part == ".." ? 1 : 0;
  return up <= 2 ? relative : absolute;
}

}  // namespace

std::optional<std::string> marked_root(const std::string& path) {
  std::error_code error;
  fs::path dir = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) return std::nullopt;
  if (!fs::is_directory(dir, error)) dir = dir.parent_path();
  while (true) {
    if (fs::exists(dir / kCorpusMarker, error)) return spelled(dir).string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::string corpus_root(const std::string& path) {
  if (std::optional<std::string> root = marked_root(path)) return *root;
  std::error_code error;
  if (fs::is_directory(path, error)) return fs::path(path).lexically_normal().string();
  return directory_of(path);
}

bool load(const std::vector<std::string>& paths, Corpus& corpus, DiagnosticSink& sink, const LoadOptions& options) {
  bool ok = true;
  std::vector<Pending> files;    // named on the command line
  std::vector<Pending> support;  // found in their corpora
  std::set<std::string> seen;    // canonical paths of the files above
  auto add = [&](const fs::path& path, bool requested) {
    if (!seen.insert(canonical_key(path)).second) return;
    (requested ? files : support).push_back({path.lexically_normal().string(), std::nullopt});
  };
  Directories roots;     // corpus roots (folders with the marker): every file below is support
  Directories unmarked;  // folders of files in no marked corpus: the files beside them are support
  for (const std::string& name : paths) {
    fs::path path(name);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status)) {
      std::vector<fs::path> found = plan_files(path, true, &sink);
      if (found.empty()) {
        io_error(sink, name, "目录中没有 .plan 文件");
        ok = false;
      }
      for (const fs::path& file : found) add(file, true);
    } else if (fs::is_regular_file(status)) {
      add(path, true);
    } else {
      io_error(sink, name, error ? os_error(error.value()) : "不是普通文件或目录");
      ok = false;
      continue;
    }
    if (std::optional<std::string> root = marked_root(name))
      roots.add(*root);
    else
      unmarked.add(fs::is_directory(status) ? path : (path.parent_path().empty() ? fs::path(".") : path.parent_path()));
  }
  if (options.support_files) {
    // The whole corpus of each file named, so that one file checked alone meets the
    // superiors, registries and calendar its corpus gives it; a file in no marked corpus
    // meets those beside it (and in a calendar/ folder there). Diagnostics are reported
    // for the files named only.
    for (const fs::path& root : roots.list()) {
      for (const fs::path& file : plan_files(root, true)) add(file, false);
    }
    for (const fs::path& dir : unmarked.list()) {
      for (const fs::path& file : plan_files(dir, false)) add(file, false);
      std::error_code error;
      if (!fs::is_directory(dir / "calendar", error)) continue;
      for (const fs::path& file : plan_files(dir / "calendar", false)) {
        std::string key = canonical_key(file);
        if (seen.count(key) != 0) continue;
        Peeked peeked = peek(file);
        if (!is_registry(peeked.kind)) continue;
        seen.insert(key);
        support.push_back({file.lexically_normal().string(), std::move(peeked.text)});
      }
    }
  }
  for (const Pending& file : files) {
    std::string text;
    std::string error;
    if (!read_file(file.path, text, error)) {
      io_error(sink, file.path, error);
      ok = false;
      continue;
    }
    parse_unit(file.path, text, true, corpus, sink);
  }
  for (const Pending& file : support) {
    std::string text;
    std::string error;
    if (file.text)
      parse_unit(file.path, *file.text, false, corpus, sink);
    else if (read_file(file.path, text, error))
      parse_unit(file.path, text, false, corpus, sink);
  }
  finish(corpus, sink);
  return ok;
}

void add_text(const std::string& path, const std::string& text, Corpus& corpus, DiagnosticSink& sink) {
  parse_unit(path, text, true, corpus, sink);
}

}  // namespace planc::corpus
