// A corpus: every file planc reads in one run, parsed, with registries and plans.
#include "compiler/corpus/corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "compiler/base/fold.h"
#include "compiler/corpus/link.h"
#include "compiler/ir/lower.h"
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

void io_error(DiagnosticSink& sink, const std::string& path, const std::string& message) {
  Diagnostic d;
  d.severity = Severity::Error;
  d.rule = "io";
  d.message = path + "：" + message;
  sink.report(std::move(d));
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

// The nearest scope at or above a directory that has the wanted registry.
const Scope* nearest(const Corpus& corpus, const std::string& path, bool Scope::*has) {
  static const Scope empty;
  fs::path dir = fs::path(directory_of(path));
  while (true) {
    auto it = corpus.scope_index.find(dir.lexically_normal().string());
    if (it != corpus.scope_index.end() && (*it->second).*has) return it->second;
    if (!dir.has_parent_path() || dir.parent_path() == dir || dir.empty()) break;
    dir = dir.parent_path();
  }
  return &empty;
}

Scope& scope_at(Corpus& corpus, const std::string& directory) {
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
  return nearest(*this, path, &Scope::has_indicators)->indicators;
}

const ir::Mapping* Corpus::mapping_for(std::string_view kind, std::string_view plan, std::string_view scheme) const {
  std::string wanted_plan = match_key(plan, {.drop_space = true});
  for (const ir::Mapping& m : mappings) {
    if (m.kind != kind || match_key(m.plan, {.drop_space = true}) != wanted_plan) continue;
    if (!scheme.empty() && !m.scheme.empty() && m.scheme != scheme) continue;
    return &m;
  }
  return nullptr;
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
  for (const auto& unit : corpus.units) {
    if (unit->kind != FileKind::Plan) continue;
    const std::string& path = unit->file->path();
    corpus.plans.push_back(ir::lower_plan(unit->document, corpus.orgs_for(path), corpus.indicators_for(path), sink));
    corpus.plans.back().external = &corpus.external_for(path);
  }
  link(corpus);
}

namespace {

bool is_plan_file(const fs::path& path) { return path.extension() == ".plan"; }

// The kind named by a file's first front-matter key, read from its first lines only.
FileKind peek_kind(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  bool fence = false;
  while (std::getline(in, line)) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.empty()) continue;
    if (!fence) {
      if (line.rfind("---", 0) != 0) return FileKind::Unknown;
      fence = true;
      continue;
    }
    if (line.rfind("<!--", 0) == 0) continue;
    std::string key = line.substr(0, std::min(line.find("\xEF\xBC\x9A"), line.find(':')));
    return kind_of_key(match_key(key, {.drop_space = true}));
  }
  return FileKind::Unknown;
}

std::vector<fs::path> plan_files(const fs::path& dir, bool recursive) {
  std::vector<fs::path> found;
  std::error_code error;
  if (recursive) {
    for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file() && is_plan_file(it->path())) found.push_back(it->path());
    }
  } else {
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file() && is_plan_file(it->path())) found.push_back(it->path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

// The directories above a path, up to the working directory (none when the path is
// outside it).
std::vector<fs::path> ancestors(const fs::path& path) {
  std::vector<fs::path> result;
  std::error_code error;
  fs::path cwd = fs::current_path(error);
  fs::path dir = fs::weakly_canonical(path, error);
  if (error) return result;
  fs::path relative = dir.lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return result;
  while (dir.has_parent_path() && dir != cwd) {
    dir = dir.parent_path();
    result.push_back(dir.lexically_relative(cwd).empty() ? fs::path(".") : dir.lexically_relative(cwd));
    if (dir == cwd) break;
  }
  return result;
}

}  // namespace

bool load(const std::vector<std::string>& paths, Corpus& corpus, DiagnosticSink& sink, const LoadOptions& options) {
  bool ok = true;
  std::vector<std::pair<std::string, bool>> files;  // path, requested
  std::vector<std::string> support;
  std::set<std::string> seen;
  auto add = [&](const fs::path& path, bool requested) {
    std::string key = fs::weakly_canonical(path).string();
    if (!seen.insert(key).second) return;
    if (requested)
      files.push_back({path.lexically_normal().string(), true});
    else
      support.push_back(path.lexically_normal().string());
  };
  std::vector<fs::path> beside;      // directories whose plans are read as support
  std::vector<fs::path> registries;  // directories whose registries are read as support
  for (const std::string& name : paths) {
    fs::path path(name);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      for (const fs::path& file : plan_files(path, true)) add(file, true);
    } else if (fs::is_regular_file(path, error)) {
      add(path, true);
      beside.push_back(path.parent_path().empty() ? fs::path(".") : path.parent_path());
    } else {
      io_error(sink, name, "没有这个文件或目录");
      ok = false;
      continue;
    }
    for (const fs::path& dir : ancestors(path)) registries.push_back(dir);
  }
  if (options.support_files) {
    // Plans and registries beside a file named on its own, so that its superiors and
    // registries are known; registries of the directories above, which apply to all
    // plans below them. Diagnostics are reported for the files named only.
    for (const fs::path& dir : beside) {
      for (const fs::path& file : plan_files(dir, false)) add(file, false);
    }
    std::vector<fs::path> with_calendars = registries;
    for (const fs::path& dir : registries) {
      std::error_code error;
      if (fs::is_directory(dir / "calendar", error)) with_calendars.push_back(dir / "calendar");
    }
    for (const fs::path& dir : with_calendars) {
      for (const fs::path& file : plan_files(dir, false)) {
        FileKind kind = peek_kind(file);
        if (kind != FileKind::Plan && kind != FileKind::Unknown) add(file, false);
      }
    }
  }
  for (const auto& [path, requested] : files) {
    std::string text;
    std::string error;
    if (!read_file(path, text, error)) {
      io_error(sink, path, error);
      ok = false;
      continue;
    }
    parse_unit(path, text, requested, corpus, sink);
  }
  for (const std::string& path : support) {
    std::string text;
    std::string error;
    if (read_file(path, text, error)) parse_unit(path, text, false, corpus, sink);
  }
  finish(corpus, sink);
  return ok;
}

void add_text(const std::string& path, const std::string& text, Corpus& corpus, DiagnosticSink& sink) {
  parse_unit(path, text, true, corpus, sink);
}

}  // namespace planc::corpus
