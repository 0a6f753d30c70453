// Diagnostic renderers: text in the GCC/clang form, and one JSON document.
#include "compiler/emit/diagnostics.h"

#include <map>

#include <algorithm>
#include <sstream>

#include "compiler/base/limits.h"
#include "compiler/base/utf8.h"
#include "compiler/emit/json.h"

namespace planc::emit {
namespace {

const char* kBold = "\033[1m";
const char* kRed = "\033[1;31m";
const char* kMagenta = "\033[1;35m";
const char* kCyan = "\033[1;36m";
const char* kGreen = "\033[1;32m";
const char* kReset = "\033[0m";

std::string location(const SourceManager& sources, const SourceRange& range) {
  const SourceFile* file = sources.file(range.file);
  if (file == nullptr) return "planc";
  return file->path() + ":" + std::to_string(range.begin.line) + ":" + std::to_string(range.begin.column);
}

// Text from a plan as the terminal shows it: control characters (an escape sequence in
// the file, a NUL) become '?', so a plan cannot move the cursor or recolour the screen.
std::string printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == '\t')
      c = ' ';
    else if (u < 0x20 || u == 0x7f)
      c = '?';
  }
  return out;
}

// The source line, and under it a caret and tildes covering the range on that line.
void excerpt(const SourceManager& sources, const SourceRange& range, std::ostream& out, const TextOptions& options) {
  const SourceFile* file = sources.file(range.file);
  if (file == nullptr || !range.begin.valid()) return;
  std::string_view line = file->line(range.begin.line);
  std::string number = std::to_string(range.begin.line);
  std::string gutter(number.size(), ' ');
  if (utf8::find_invalid(line) != std::string_view::npos) {
    out << ' ' << number << " | （此行含非 UTF-8 字节，不予显示）\n";
    return;
  }
  // The range on this line, and a window around it: kExcerptContext characters each
  // side, at most kExcerptSpan underlined; a long line is cut with "…".
  int begin_point = range.begin.column - 1;
  int line_points = utf8::count_code_points(line);
  int end_point = range.end.line == range.begin.line ? range.end.column - 1 : line_points;
  end_point = std::clamp(end_point, begin_point, std::min(line_points, begin_point + kExcerptSpan));
  int window_begin = std::max(0, begin_point - kExcerptContext);
  int window_end = std::min(line_points, end_point + kExcerptContext);
  size_t from = utf8::byte_offset_of_code_point(line, window_begin);
  size_t begin = from + utf8::byte_offset_of_code_point(line.substr(from), begin_point - window_begin);
  size_t end = begin + utf8::byte_offset_of_code_point(line.substr(begin), end_point - begin_point);
  size_t to = end + utf8::byte_offset_of_code_point(line.substr(end), window_end - end_point);
  std::string_view lead = from > 0 ? "…" : "";
  out << ' ' << number << " | " << lead << printable(line.substr(from, to - from)) << (to < line.size() ? "…" : "")
      << '\n';
  // Display width of the text before the range, and of the range on this line.
  int indent = utf8::display_width(lead) + utf8::display_width(line.substr(from, begin - from));
  int width = std::max(1, utf8::display_width(line.substr(begin, end - begin)));
  out << ' ' << gutter << " | " << std::string(static_cast<size_t>(indent), ' ');
  if (options.color) out << kGreen;
  out << '^' << std::string(static_cast<size_t>(width - 1), '~');
  if (options.color) out << kReset;
  out << '\n';
}

}  // namespace

std::string summary_line(const DiagnosticSink& sink, bool werror) {
  int errors = sink.count(Severity::Error);
  int warnings = sink.count(Severity::Warning);
  if (werror) {
    errors += warnings;
    warnings = 0;
  }
  std::ostringstream line;
  line << errors << " 个错误，" << warnings << " 个警告";
  // Notes stand beside their finding; a note on its own (a reference found but not
  // yet verified, a question the plan leaves open) is counted.
  int notes = sink.count(Severity::Note);
  if (notes > 0) line << "，" << notes << " 条提示";
  // The places planc could not read, for the reader who sees only the last line.
  int unread = static_cast<int>(std::count_if(sink.diagnostics().begin(), sink.diagnostics().end(),
                                              [](const Diagnostic& d) { return d.rule == "read-incomplete"; }));
  if (unread > 0) line << "（其中 " << unread << " 处文字未能读入，见 read-incomplete）";
  return line.str();
}

void write_text(const DiagnosticSink& sink, const SourceManager& sources, int files, std::ostream& out,
                const TextOptions& options) {
  std::string last_section;
  uint32_t last_file = 0;
  std::map<std::pair<uint32_t, std::string>, int> shown;  // by file and rule
  for (const Diagnostic& d : sink.diagnostics()) {
    if (options.max_per_rule > 0 && ++shown[{d.range.file, d.rule}] > options.max_per_rule) continue;
    const SourceFile* file = sources.file(d.range.file);
    if (file != nullptr && (d.range.file != last_file || d.section != last_section) && !d.section.empty()) {
      out << printable(file->path()) << ": 在“" << printable(d.section) << "”中：\n";
    }
    last_file = d.range.file;
    last_section = d.section;
    Severity severity = d.severity;
    if (options.werror && severity == Severity::Warning) severity = Severity::Error;
    if (options.color) out << kBold;
    out << location(sources, d.range) << ": ";
    if (options.color) out << (severity == Severity::Error ? kRed : severity == Severity::Warning ? kMagenta : kCyan);
    out << severity_name(severity) << ": ";
    if (options.color) out << kReset << kBold;
    out << printable(d.message);
    if (!d.rule.empty())
      out << " [" << d.rule << (options.werror && d.severity == Severity::Warning ? ",-Werror" : "") << "]";
    if (options.color) out << kReset;
    out << '\n';
    excerpt(sources, d.range, out, options);
    for (const FixIt& fix : d.fixits) {
      out << "  修改建议：将第 " << fix.range.begin.line << " 行第 " << fix.range.begin.column << " 列起的文字改为“"
          << fix.replacement << "”\n";
    }
    for (const Related& note : d.related) {
      out << location(sources, note.range) << ": note: " << printable(note.message) << '\n';
      excerpt(sources, note.range, out, options);
    }
  }
  for (const auto& [key, count] : shown) {
    if (count <= options.max_per_rule) continue;
    const SourceFile* file = sources.file(key.first);
    out << (file ? printable(file->path()) : std::string("planc")) << ": 另有 " << count - options.max_per_rule
        << " 处 [" << key.second << "] 未显示（--max-per-rule 0 显示全部；JSON、SARIF 输出含全部）\n";
  }
  for (const Suppressed& s : sink.suppressed()) {
    out << s.file << ":" << s.line << ": 已抑制 [" << s.rule << "]：" << s.reason << '\n';
  }
  for (const Skipped& s : sink.skipped()) {
    out << s.file << ": 未运行 [" << s.rule << "]：" << s.reason << '\n';
  }
  out << "检查了 " << files << " 个文件：" << summary_line(sink, options.werror);
  if (!sink.suppressed().empty()) out << "，" << sink.suppressed().size() << " 处已抑制";
  if (!sink.skipped().empty()) out << "，" << sink.skipped().size() << " 项未运行";
  out << "。\n";
}

void write_json(const DiagnosticSink& sink, const SourceManager& sources, int files, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.key("diagnostics").begin_array();
  for (const Diagnostic& d : sink.diagnostics()) {
    const SourceFile* file = sources.file(d.range.file);
    w.begin_object();
    w.field("file", file ? file->path() : std::string());
    w.field("line", d.range.begin.line);
    w.field("column", d.range.begin.column);
    w.field("end_line", d.range.end.line);
    w.field("end_column", d.range.end.column);
    w.field("severity", severity_name(d.severity));
    w.field("rule", d.rule);
    w.field("message", d.message);
    w.field("section", d.section);
    w.key("related").begin_array();
    for (const Related& r : d.related) {
      const SourceFile* rf = sources.file(r.range.file);
      w.begin_object();
      w.field("file", rf ? rf->path() : std::string());
      w.field("line", r.range.begin.line);
      w.field("column", r.range.begin.column);
      w.field("message", r.message);
      w.end_object();
    }
    w.end_array();
    w.key("fixits").begin_array();
    for (const FixIt& f : d.fixits) {
      w.begin_object();
      w.field("line", f.range.begin.line);
      w.field("column", f.range.begin.column);
      w.field("end_line", f.range.end.line);
      w.field("end_column", f.range.end.column);
      w.field("replacement", f.replacement);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("summary").begin_object();
  w.field("files", files);
  w.field("errors", sink.count(Severity::Error));
  w.field("warnings", sink.count(Severity::Warning));
  w.field("notes", sink.count(Severity::Note));
  w.key("skipped").begin_array();
  for (const Skipped& s : sink.skipped()) {
    w.begin_object().field("rule", s.rule).field("file", s.file).field("reason", s.reason).end_object();
  }
  w.end_array();
  w.key("suppressed").begin_array();
  for (const Suppressed& s : sink.suppressed()) {
    w.begin_object()
        .field("rule", s.rule)
        .field("file", s.file)
        .field("line", s.line)
        .field("reason", s.reason)
        .end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
}

}  // namespace planc::emit
