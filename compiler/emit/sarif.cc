// SARIF 2.1.0 output: `planc check --format sarif`.
#include "compiler/emit/sarif.h"

#include <filesystem>

#include <map>

#include "compiler/emit/json.h"

namespace planc::emit {
namespace {

const char* level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

// The corpus root the URIs are relative to (absolute, with a final '/'), for the log
// being written; empty: relative to the working directory.
std::string corpus_base;

std::string uri_escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '%')
      out += "%25";
    else if (c == ' ')
      out += "%20";
    else
      out += c;
  }
  return out;
}

// A file path as a URI reference relative to the corpus root: '%' and spaces escaped,
// UTF-8 kept (IRI-style, which SARIF consumers accept for relative references).
std::string uri(const std::string& spelled) {
  std::string path = spelled;
  if (!corpus_base.empty() && !spelled.empty()) {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(spelled, error).lexically_normal();
    std::filesystem::path relative = absolute.lexically_relative(corpus_base);
    if (!error && !relative.empty() && *relative.begin() != "..") path = relative.generic_string();
  }
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  return uri_escape(path);
}

void region(JsonWriter& w, const SourceRange& range) {
  w.key("region").begin_object();
  w.field("startLine", range.begin.line);
  w.field("startColumn", range.begin.column);
  if (range.end.valid()) {
    w.field("endLine", range.end.line);
    w.field("endColumn", range.end.column);
  }
  w.end_object();
}

void physical(JsonWriter& w, const SourceManager& sources, const SourceRange& range) {
  const SourceFile* file = sources.file(range.file);
  w.key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object();
  w.field("uri", uri(file ? file->path() : std::string()));
  w.field("uriBaseId", "SRCROOT");
  w.end_object();
  if (range.begin.valid()) region(w, range);
  w.end_object();
}

// The first paragraph of a doc page after its title: the rule's full description.
std::string first_paragraph(const std::string& doc) {
  size_t start = doc.find("## What and why");
  if (start == std::string::npos) return {};
  start = doc.find('\n', start);
  while (start < doc.size() && doc[start] == '\n') ++start;
  size_t end = doc.find("\n\n", start);
  std::string text = doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

void rule(JsonWriter& w, const RuleDescriptor& r) {
  w.begin_object();
  w.field("id", r.id);
  w.key("shortDescription").begin_object().field("text", r.summary).end_object();
  std::string full = first_paragraph(r.doc);
  if (!full.empty()) w.key("fullDescription").begin_object().field("text", full).end_object();
  if (!r.doc.empty()) w.key("help").begin_object().field("text", r.doc).field("markdown", r.doc).end_object();
  w.key("defaultConfiguration").begin_object().field("level", level(r.severity)).end_object();
  w.key("properties").begin_object();
  w.key("basis").begin_object();
  w.field("document", r.basis_document).field("clause", r.basis_clause).field("excerpt", r.basis_excerpt);
  w.field("derived", r.derived);
  w.end_object();
  w.end_object();
  w.end_object();
}

void result(JsonWriter& w, const SourceManager& sources, const Diagnostic& d, int rule_index,
            const std::string* reason) {
  w.begin_object();
  w.field("ruleId", d.rule);
  if (rule_index >= 0) w.field("ruleIndex", rule_index);
  w.field("level", level(d.severity));
  w.key("message").begin_object().field("text", d.message).end_object();
  w.key("locations").begin_array().begin_object();
  physical(w, sources, d.range);
  if (!d.section.empty()) {
    w.key("logicalLocations")
        .begin_array()
        .begin_object()
        .field("fullyQualifiedName", d.section)
        .end_object()
        .end_array();
  }
  w.end_object().end_array();
  if (!d.related.empty()) {
    w.key("relatedLocations").begin_array();
    int id = 0;
    for (const Related& r : d.related) {
      w.begin_object();
      w.field("id", id++);
      physical(w, sources, r.range);
      w.key("message").begin_object().field("text", r.message).end_object();
      w.end_object();
    }
    w.end_array();
  }
  if (!d.fixits.empty()) {
    w.key("fixes").begin_array();
    for (const FixIt& f : d.fixits) {
      const SourceFile* file = sources.file(f.range.file);
      w.begin_object();
      w.key("description").begin_object().field("text", "改为“" + f.replacement + "”").end_object();
      w.key("artifactChanges").begin_array().begin_object();
      w.key("artifactLocation").begin_object().field("uri", uri(file ? file->path() : std::string()));
      w.field("uriBaseId", "SRCROOT").end_object();
      w.key("replacements").begin_array().begin_object();
      w.key("deletedRegion").begin_object();
      w.field("startLine", f.range.begin.line).field("startColumn", f.range.begin.column);
      w.field("endLine", f.range.end.line).field("endColumn", f.range.end.column);
      w.end_object();
      w.key("insertedContent").begin_object().field("text", f.replacement).end_object();
      w.end_object().end_array();
      w.end_object().end_array();
      w.end_object();
    }
    w.end_array();
  }
  if (reason != nullptr) {
    w.key("suppressions").begin_array().begin_object();
    w.field("kind", "inSource").field("justification", *reason);
    w.end_object().end_array();
  }
  w.end_object();
}

}  // namespace

void write_sarif(const DiagnosticSink& sink, const SourceManager& sources, const std::vector<RuleDescriptor>& rules,
                 std::ostream& out, const std::string& root) {
  corpus_base.clear();
  if (!root.empty()) {
    std::error_code error;
    corpus_base = std::filesystem::absolute(root, error).lexically_normal().generic_string();
    if (error) corpus_base.clear();
    if (!corpus_base.empty() && corpus_base.back() != '/') corpus_base += '/';
  }
  std::map<std::string, int> index;
  for (size_t i = 0; i < rules.size(); ++i) index[rules[i].id] = static_cast<int>(i);
  auto index_of = [&](const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
  };
  JsonWriter w(out);
  w.begin_object();
  w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.field("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.field("name", "planc").field("version", "0.1.0").field("semanticVersion", "0.1.0");
  w.key("rules").begin_array();
  for (const RuleDescriptor& r : rules) rule(w, r);
  w.end_array();
  w.end_object().end_object();
  w.field("columnKind", "unicodeCodePoints");
  if (!corpus_base.empty()) {
    // SRCROOT is the corpus root (the folder with planc.corpus, else the plans' folder).
    w.key("originalUriBaseIds").begin_object().key("SRCROOT").begin_object();
    w.field("uri", "file://" + uri_escape(corpus_base)).end_object().end_object();
  }
  w.key("results").begin_array();
  for (const Diagnostic& d : sink.diagnostics()) result(w, sources, d, index_of(d.rule), nullptr);
  for (const Suppressed& s : sink.suppressed()) result(w, sources, s.diagnostic, index_of(s.rule), &s.reason);
  w.end_array();
  w.key("invocations").begin_array().begin_object();
  w.field("executionSuccessful", true);
  w.key("toolExecutionNotifications").begin_array();
  for (const Skipped& s : sink.skipped()) {
    w.begin_object();
    w.field("level", "note");
    w.key("message").begin_object().field("text", "未运行：" + s.reason).end_object();
    w.key("descriptor").begin_object().field("id", s.rule).end_object();
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object().key("artifactLocation").begin_object();
    w.field("uri", uri(s.file)).field("uriBaseId", "SRCROOT").end_object().end_object();
    w.end_object().end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object().end_array();
  w.end_object().end_array();
  w.end_object();
}

}  // namespace planc::emit
