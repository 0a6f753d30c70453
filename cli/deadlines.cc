// planc deadlines: every obligation of every plan — filing, drills, evaluation, revision —
// as a table, JSON, CSV or an iCalendar file staff import into their calendars.
#include <cstdint>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "compiler/analysis/obligations.h"
#include "compiler/corpus/corpus.h"
#include "compiler/emit/json.h"

namespace planc::cli {
namespace {

const char* kDeadlinesUsage =
    "用法：planc deadlines [路径...] [--as-of YYYY-MM-DD] [--format table|json|csv|ics] [-o 输出文件]";

struct Row {
  std::string plan;
  std::string obligation;
  std::string clause;
  std::string start;
  std::string due;
  std::string done;
  std::string status;
  std::string note;
  std::string provisional;  ///< why the due date is provisional; empty when it is not
};

std::vector<Row> rows(const corpus::Corpus& corpus, const ir::Date& as_of) {
  std::vector<Row> out;
  for (const ir::Plan* plan : corpus.requested_plans()) {
    for (const analysis::Deadline& d : analysis::deadlines(corpus, *plan, as_of)) {
      Row row{plan->meta.title,
              ir::obligation_word(d.obligation),
              d.clause.label + "：" + d.clause.clause->text,
              d.start ? d.start->iso() : "",
              d.due ? d.due->iso() : "",
              d.done ? d.done->iso() : "",
              analysis::status_name(d.status),
              d.note,
              d.provisional};
      out.push_back(std::move(row));
    }
    for (const analysis::FiredTrigger& f : analysis::fired_triggers(corpus, *plan, as_of)) {
      Row row{plan->meta.title,
              ir::obligation_word(ir::Obligation::Revision),
              "《" + f.trigger_plan->meta.title + "》修订情形" + f.trigger->marker + "：" + f.trigger->text,
              f.date.iso(),
              "",
              "",
              "应及时修订",
              f.event,
              {}};
      out.push_back(std::move(row));
    }
  }
  return out;
}

void table(const std::vector<Row>& rows, const ir::Date& as_of, std::ostream& out) {
  out << "截至 " << as_of.iso() << " 的预案期限\n\n";
  for (const Row& r : rows) {
    out << "《" << r.plan << "》 " << r.obligation << "：" << r.status;
    if (!r.due.empty()) out << "，期限 " << r.due << (r.provisional.empty() ? "" : "（暂定）");
    if (!r.done.empty()) out << "，完成 " << r.done;
    if (!r.start.empty()) out << "（自 " << r.start << " 起算）";
    out << "\n  依据 " << r.clause << "\n";
    if (!r.note.empty()) out << "  " << r.note << "\n";
    if (!r.provisional.empty()) out << "  " << r.provisional << "\n";
  }
  if (rows.empty()) out << "（没有写明期限的义务）\n";
}

void json(const std::vector<Row>& rows, const ir::Date& as_of, std::ostream& out) {
  emit::JsonWriter w(out);
  w.begin_object().field("as_of", as_of.iso()).key("deadlines").begin_array();
  for (const Row& r : rows) {
    w.begin_object();
    w.field("plan", r.plan).field("obligation", r.obligation).field("clause", r.clause);
    w.field("start", r.start).field("due", r.due).field("done", r.done);
    w.field("status", r.status).field("note", r.note);
    if (!r.provisional.empty()) w.field("provisional", r.provisional);
    w.end_object();
  }
  w.end_array().end_object();
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// RFC 4180, with a byte-order mark so that spreadsheet programs read the Chinese right.
void csv(const std::vector<Row>& rows, std::ostream& out) {
  out << "\xEF\xBB\xBF预案,事项,依据条款,起算日,期限,完成日,状态,说明\r\n";
  for (const Row& r : rows) {
    out << csv_field(r.plan) << ',' << csv_field(r.obligation) << ',' << csv_field(r.clause) << ','
        << csv_field(r.start) << ',' << csv_field(r.due) << ',' << csv_field(r.done) << ',' << csv_field(r.status)
        << ',' << csv_field(r.provisional.empty() ? r.note : r.note + (r.note.empty() ? "" : "；") + r.provisional)
        << "\r\n";
  }
}

// RFC 5545 TEXT escaping.
std::string ics_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1).
void ics_line(std::ostream& out, const std::string& line) {
  size_t start = 0;
  size_t limit = 75;
  while (line.size() - start > limit) {
    size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out << line.substr(start, cut - start) << "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out << line.substr(start) << "\r\n";
}

std::string compact(const std::string& iso) {
  std::string s;
  for (char c : iso) {
    if (c != '-') s += c;
  }
  return s;
}

void ics(const std::vector<Row>& rows, const ir::Date& as_of, std::ostream& out) {
  ics_line(out, "BEGIN:VCALENDAR");
  ics_line(out, "VERSION:2.0");
  ics_line(out, "PRODID:-//planc//应急预案期限//ZH");
  ics_line(out, "CALSCALE:GREGORIAN");
  ics_line(out, "X-WR-CALNAME:应急预案期限");
  for (const Row& r : rows) {
    if (r.due.empty()) continue;
    std::optional<ir::Date> due = ir::parse_date(r.due);
    if (!due) continue;
    // A stable identifier: the same obligation keeps its UID when the file is regenerated.
    uint64_t hash = 1469598103934665603ull;  // FNV-1a: the same on every machine and build
    for (unsigned char c : r.plan + "|" + r.obligation + "|" + r.due) hash = (hash ^ c) * 1099511628211ull;
    std::ostringstream uid;
    uid << std::hex << hash;
    ics_line(out, "BEGIN:VEVENT");
    ics_line(out, "UID:" + uid.str() + "@planc");
    ics_line(out, "DTSTAMP:" + compact(as_of.iso()) + "T000000Z");
    ics_line(out, "DTSTART;VALUE=DATE:" + compact(due->iso()));
    ics_line(out, "DTEND;VALUE=DATE:" + compact(due->plus_days(1).iso()));
    ics_line(out, "SUMMARY:" + ics_text("《" + r.plan + "》" + r.obligation + "期限（" + r.status + "）"));
    std::string description = "依据 " + r.clause;
    if (!r.start.empty()) description += "\n起算：" + r.start;
    if (!r.done.empty()) description += "\n完成：" + r.done;
    if (!r.note.empty()) description += "\n" + r.note;
    if (!r.provisional.empty()) description += "\n" + r.provisional;
    ics_line(out, "DESCRIPTION:" + ics_text(description));
    ics_line(out, "CATEGORIES:" + ics_text(r.obligation));
    ics_line(out, "END:VEVENT");
  }
  ics_line(out, "END:VCALENDAR");
}

}  // namespace

int run_deadlines(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"--as-of", "--format", "-o"}, options, error)) return usage_error(error, kDeadlinesUsage);
  if (options.help) {
    std::cout << kDeadlinesUsage << "\n";
    return kOk;
  }
  if (options.format.empty()) options.format = "table";
  if (options.format != "table" && options.format != "json" && options.format != "csv" && options.format != "ics") {
    return usage_error("未知的输出格式“" + options.format + "”", kDeadlinesUsage);
  }
  if (options.paths.empty()) options.paths.push_back(".");
  corpus::Corpus corpus;
  DiagnosticSink sink;
  if (!load_corpus(options.paths, corpus, sink)) return kUsage;
  ir::Date as_of = options.as_of.value_or(today());
  std::vector<Row> all = rows(corpus, as_of);
  std::ostringstream text;
  if (options.format == "table")
    table(all, as_of, text);
  else if (options.format == "json")
    json(all, as_of, text);
  else if (options.format == "csv")
    csv(all, text);
  else
    ics(all, as_of, text);
  return write_output(text.str(), options);
}

}  // namespace planc::cli
