// check, render, ir, rules: the sub-commands of planc.
#include "cli/commands.h"

#include <unistd.h>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "checkers/driver.h"
#include "checkers/registry.h"
#include "checkers/rule_docs.h"
#include "cli/options.h"
#include "compiler/corpus/corpus.h"
#include "compiler/emit/diagnostics.h"
#include "compiler/emit/ir_json.h"
#include "compiler/emit/ir_xml.h"
#include "compiler/emit/render_text.h"
#include "compiler/emit/sarif.h"

namespace planc::cli {
namespace {

const char* kCheckUsage =
    "用法：planc check [路径...] [--as-of YYYY-MM-DD] [--format text|json|sarif] [--rule ID]... [--no-rule ID]... "
    "[-Werror] [--color auto|always|never] [--stats] [--max-per-rule N]\n"
    "  --max-per-rule N  每个文件每条规则至多显示 N 处（默认 20，0 为全部）；JSON、SARIF 总含全部\n"
    "  不给路径时检查当前目录所属的语料（最近的含 planc.corpus 的上级目录，见 planc init）\n"
    "  --stats  另外输出每个预案的语义块读入情况：完整读入的块所占比例，及未读入之处的数目";
const char* kInitUsage =
    "用法：planc init [目录]\n"
    "  把目录（默认当前目录）标记为语料根目录：写出 planc.corpus。此后检查其下任一预案，\n"
    "  planc 都在整个语料中查找登记文件、日历和上位预案，结果与从哪个目录运行无关。";
const char* kRenderUsage = "用法：planc render 文件 [-o 输出文件]";
const char* kIrUsage =
    "用法：planc ir 文件|目录... [--format json|xml] [-o 输出文件]\n"
    "      planc ir --schema [-o 输出文件]\n"
    "  --format json  JSON（默认）：一个预案输出一个对象，多个预案输出数组\n"
    "  --format xml   XML（命名空间 urn:planc:ir:1）：一个预案以 <plan> 为根，多个预案以 <corpus> 为根；\n"
    "                 符合 planc 自带的 XSD（schema/planc-ir.xsd）\n"
    "  --schema       输出该 XSD";
const char* kRulesUsage = "用法：planc rules";

bool has_errors(const DiagnosticSink& sink) { return sink.count(Severity::Error) > 0; }

std::string percent(int part, int whole) {
  if (whole == 0) return "—";
  return std::to_string((part * 1000 / whole + 5) / 10) + "%";
}

// `check --stats`: per plan and for the corpus, the semantic blocks read in full and the
// places planc could not read (each a read-incomplete note).
void print_stats(const corpus::Corpus& corpus, std::ostream& out) {
  int blocks = 0;
  int full = 0;
  int gaps = 0;
  out << "\n读入情况（语义块完整读入的比例；未读入之处见 read-incomplete）：\n";
  for (const ir::Plan* plan : corpus.requested_plans()) {
    int plan_full = 0;
    for (const ir::BlockRead& block : plan->blocks) plan_full += block.full() ? 1 : 0;
    int plan_blocks = static_cast<int>(plan->blocks.size());
    out << "  " << plan->path << "：" << plan_full << "/" << plan_blocks << " 个语义块完整读入（"
        << percent(plan_full, plan_blocks) << "），" << plan->gaps.size() << " 处未读入"
        << (plan->builtin_indicators ? "；指标：planc 内置通用指标（语料没有指标登记文件）" : "") << "\n";
    blocks += plan_blocks;
    full += plan_full;
    gaps += static_cast<int>(plan->gaps.size());
  }
  out << "  合计：" << full << "/" << blocks << " 个语义块完整读入（" << percent(full, blocks) << "），" << gaps
      << " 处未读入\n";
}

}  // namespace

void print_front_end(const corpus::Corpus& corpus, const DiagnosticSink& front_end) {
  DiagnosticSink shown;
  for (const Diagnostic& d : front_end.diagnostics()) {
    bool requested = d.range.file == 0;
    for (const auto& unit : corpus.units) {
      if (unit->file && unit->file->id() == d.range.file) requested = unit->requested;
    }
    if (requested) shown.report(d);
  }
  if (shown.diagnostics().empty()) return;
  std::ostringstream text;
  emit::write_text(shown, corpus.sources, static_cast<int>(corpus.units.size()), text, {});
  std::cerr << text.str();
}

bool load_corpus(const std::vector<std::string>& paths, corpus::Corpus& corpus, DiagnosticSink& front_end) {
  if (corpus::load(paths, corpus, front_end)) return true;
  print_front_end(corpus, front_end);
  return false;
}

std::vector<emit::RuleDescriptor> rule_descriptors() {
  std::vector<emit::RuleDescriptor> rules;
  const auto& docs = checkers::rule_docs();
  for (const auto& check : checkers::make_checks()) {
    const checkers::RuleInfo& info = check->info();
    emit::RuleDescriptor r;
    r.id = info.id;
    r.summary = info.summary;
    r.severity = info.severity;
    auto doc = docs.find(info.id);
    if (doc != docs.end()) r.doc = doc->second;
    r.basis_document = info.basis.document;
    r.basis_clause = info.basis.clause;
    r.basis_excerpt = info.basis.excerpt;
    r.derived = info.basis.derived;
    rules.push_back(std::move(r));
  }
  return rules;
}

int usage_error(const std::string& message, const std::string& usage) {
  std::cerr << "planc: " << message << "\n" << usage << "\n";
  return kUsage;
}

int run_check(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args,
                     {"--as-of", "--format", "--rule", "--no-rule", "-Werror", "--color", "--stats", "--max-per-rule"},
                     options, error)) {
    return usage_error(error, kCheckUsage);
  }
  if (options.help) {
    std::cout << kCheckUsage << "\n";
    return kOk;
  }
  if (options.format.empty()) options.format = "text";
  if (options.format != "text" && options.format != "json" && options.format != "sarif") {
    return usage_error("未知的输出格式“" + options.format + "”", kCheckUsage);
  }
  if (options.paths.empty()) options.paths.push_back(corpus::marked_root(".").value_or("."));
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  bool loaded = corpus::load(options.paths, corpus, front_end);
  checkers::RunOptions run;
  run.as_of = options.as_of.value_or(today());
  run.only = options.rules;
  run.exclude = options.no_rules;
  DiagnosticSink sink;
  std::vector<std::string> unknown;
  if (!checkers::run_checks(corpus, front_end, run, sink, unknown)) {
    std::string list;
    for (const auto& id : unknown) list += (list.empty() ? "" : "、") + id;
    return usage_error("没有这样的规则：" + list + "（planc rules 列出全部规则）", kCheckUsage);
  }
  int files = 0;
  for (const auto& unit : corpus.units) files += unit->requested ? 1 : 0;
  if (options.format == "json") {
    emit::write_json(sink, corpus.sources, files, std::cout);
  } else if (options.format == "sarif") {
    emit::write_sarif(sink, corpus.sources, rule_descriptors(), std::cout, corpus::corpus_root(options.paths.front()));
  } else {
    emit::TextOptions text;
    text.werror = options.werror;
    text.max_per_rule = options.max_per_rule;
    text.color = options.color == "always" || (options.color == "auto" && isatty(STDOUT_FILENO));
    emit::write_text(sink, corpus.sources, files, std::cout, text);
    if (options.stats) print_stats(corpus, std::cout);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "planc: 无法写入标准输出（磁盘已满或管道已关闭）\n";
    return kUsage;
  }
  if (!loaded) return kUsage;
  if (has_errors(sink) || (options.werror && sink.count(Severity::Warning) > 0)) return kFindings;
  return kOk;
}

int run_init(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {}, options, error)) return usage_error(error, kInitUsage);
  if (options.help) {
    std::cout << kInitUsage << "\n";
    return kOk;
  }
  if (options.paths.size() > 1) return usage_error("init 至多接受一个目录", kInitUsage);
  std::filesystem::path dir = options.paths.empty() ? "." : options.paths.front();
  std::error_code code;
  if (!std::filesystem::is_directory(dir, code)) return usage_error(dir.string() + " 不是目录", kInitUsage);
  std::filesystem::path marker = dir / corpus::kCorpusMarker;
  if (std::filesystem::exists(marker, code)) {
    std::cout << dir.string() << " 已是语料根目录（" << marker.string() << " 已存在）\n";
    return kOk;
  }
  Options out;
  out.output = marker.string();
  int status = write_output(
      "# planc 语料根目录标记（planc init 写出）。\n"
      "# 本目录及其下各级子目录中的 .plan 文件构成一个语料：检查其中任一预案时，planc 从该预案所在目录\n"
      "# 向上到本目录查找机构、指标、外部文件登记和工作日历，并在整个语料中查找上位预案。\n",
      out);
  if (status != kOk) return status;
  std::cout << "已将 " << dir.string() << " 标记为语料根目录（写出 " << marker.string() << "）\n";
  return kOk;
}

int run_render(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"-o"}, options, error)) return usage_error(error, kRenderUsage);
  if (options.help) {
    std::cout << kRenderUsage << "\n";
    return kOk;
  }
  if (options.paths.size() != 1) return usage_error("render 需要恰好一个预案文件", kRenderUsage);
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  if (!load_corpus(options.paths, corpus, front_end)) return kUsage;
  std::vector<const ir::Plan*> plans = corpus.requested_plans();
  if (plans.size() != 1)
    return usage_error(options.paths[0] + " 不是预案文件（前置信息首行应为“预案：…”）", kRenderUsage);
  std::ostringstream text;
  emit::render_text(*plans.front()->document, text);
  print_front_end(corpus, front_end);
  int status = write_output(text.str(), options);
  if (status != kOk) return status;
  return has_errors(front_end) ? kFindings : kOk;
}

int run_ir(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"--format", "-o", "--schema"}, options, error)) return usage_error(error, kIrUsage);
  if (options.help) {
    std::cout << kIrUsage << "\n";
    return kOk;
  }
  if (options.schema) {
    if (!options.paths.empty() || !options.format.empty())
      return usage_error("--schema 不接受路径或 --format", kIrUsage);
    return write_output(std::string(emit::ir_xml_schema()), options);
  }
  if (options.format.empty()) options.format = "json";
  if (options.format != "json" && options.format != "xml")
    return usage_error("未知的输出格式“" + options.format + "”：ir 支持 json 和 xml", kIrUsage);
  if (options.paths.empty()) return usage_error("ir 需要一个预案文件或目录", kIrUsage);
  corpus::Corpus corpus;
  DiagnosticSink front_end;
  if (!load_corpus(options.paths, corpus, front_end)) return kUsage;
  std::vector<const ir::Plan*> plans = corpus.requested_plans();
  std::ostringstream text;
  if (options.format == "xml") {
    emit::write_ir_xml(plans, text);
  } else if (plans.size() == 1) {
    emit::write_plan_json(*plans.front(), text);
  } else {
    text << "[\n";
    for (size_t i = 0; i < plans.size(); ++i) {
      emit::write_plan_json(*plans[i], text);
      if (i + 1 < plans.size()) text << ",\n";
    }
    text << "]\n";
  }
  print_front_end(corpus, front_end);
  int status = write_output(text.str(), options);
  if (status != kOk) return status;
  return has_errors(front_end) ? kFindings : kOk;
}

int run_rules(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] != "--help") return usage_error("rules 不接受参数", kRulesUsage);
  for (const auto& check : checkers::make_checks()) {
    const checkers::RuleInfo& info = check->info();
    std::cout << info.id << "\t" << severity_name(info.severity) << "\t" << info.summary << "\n";
    std::cout << "\t依据：" << info.basis.document << " " << info.basis.clause
              << (info.basis.derived ? "（推导）" : "（直接规定）") << "\n\t原文：" << info.basis.excerpt << "\n";
  }
  return kOk;
}

}  // namespace planc::cli
