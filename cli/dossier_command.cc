// planc dossier PLAN -o DIR: the filing package (备案材料) of one plan — its official text
// as DOCX, the check report (text and SARIF), and a cover sheet with the recipient and
// the deadline the governing filing clause sets.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "checkers/driver.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "compiler/analysis/obligations.h"
#include "compiler/base/files.h"
#include "compiler/corpus/corpus.h"
#include "compiler/emit/diagnostics.h"
#include "compiler/emit/docx.h"
#include "compiler/emit/plan_docx.h"
#include "compiler/emit/sarif.h"
#include "compiler/manual/manual.h"

namespace planc::cli {
namespace {

namespace fs = std::filesystem;
namespace docx = emit::docx;

const char* kDossierUsage =
    "用法：planc dossier 预案文件 -o 输出目录 [--as-of YYYY-MM-DD]\n"
    "      写出备案材料：正式文本（DOCX）、检查报告（文本与 SARIF）、备案封面（DOCX，含报送机关和备案期限）\n"
    "      例：planc dossier plans/jiyang/seismic.plan -o dossier/";

std::string or_unknown(const std::string& s) { return s.empty() ? "（预案未写明）" : s; }

docx::Row row(const std::string& key, const std::string& value) {
  docx::Row r;
  docx::Cell k = docx::cell(key);
  docx::Cell v = docx::cell(value);
  v.centred = false;
  r.cells = {k, v};
  return r;
}

// The cover sheet: what is filed, with whom, by when, on what clause, and what the
// check found; then the list of the enclosed files and a place to sign.
docx::Document cover(const ir::Plan& plan, const std::optional<analysis::Deadline>& filing, const ir::Date& as_of,
                     const DiagnosticSink& findings, const std::vector<std::string>& files) {
  docx::Document doc;
  doc.title = "《" + plan.meta.title + "》备案材料";
  doc.subject = "应急预案备案";
  doc.creator = plan.meta.drafting_unit.empty() ? plan.meta.issuer : plan.meta.drafting_unit;
  doc.date = as_of.iso();
  doc.blocks.push_back(docx::paragraph(docx::Kind::Title, "应急预案备案材料"));
  doc.blocks.push_back(docx::paragraph(docx::Kind::Subtitle, "《" + plan.meta.title + "》"));
  doc.blocks.push_back(docx::blank());

  docx::Table t;
  t.widths = {3, 7};
  t.header_bold = false;
  std::string recipient = "（适用的备案条款没有写明）";
  std::string due = "无法计算";
  std::string clause = "没有找到适用于本预案、写明期限的备案条款";
  std::string status;
  if (filing) {
    if (filing->clause.clause != nullptr) {
      clause = filing->clause.label + "：“" + filing->clause.clause->text + "”";
      if (!filing->clause.clause->recipient.empty()) recipient = filing->clause.clause->recipient;
    }
    if (filing->due) due = filing->due->iso() + (filing->provisional.empty() ? "" : "（" + filing->provisional + "）");
    switch (filing->status) {
      case analysis::Status::Done: status = "已于 " + filing->done->iso() + " 备案"; break;
      case analysis::Status::Late: status = "已于 " + filing->done->iso() + " 备案，晚于期限"; break;
      case analysis::Status::NoRecord: status = "台账中没有备案记录，期限已过"; break;
      case analysis::Status::Pending: status = "尚未到期"; break;
      default: status = analysis::status_name(filing->status);
    }
    if (!filing->note.empty()) status += "（" + filing->note + "）";
  }
  t.rows.push_back(row("预案名称", plan.meta.title));
  t.rows.push_back(row("文号", or_unknown(plan.meta.doc_number)));
  t.rows.push_back(row("印发机关", or_unknown(plan.meta.issuer)));
  t.rows.push_back(row("印发日期", plan.meta.issued ? plan.meta.issued->iso() : "（预案未写明）"));
  t.rows.push_back(
      row("预案类别", or_unknown(plan.meta.category) + "应急预案（" + or_unknown(plan.meta.level) + "级）"));
  t.rows.push_back(row("编制单位", or_unknown(plan.meta.drafting_unit)));
  t.rows.push_back(row("报送备案", recipient));
  t.rows.push_back(
      row("备案期限", due + (filing && filing->start ? "（自 " + filing->start->iso() + " 印发起算）" : "")));
  t.rows.push_back(row("备案依据", clause));
  if (!status.empty()) t.rows.push_back(row("备案状态（截至" + as_of.iso() + "）", status));
  std::string summary = emit::summary_line(findings, false);
  if (!findings.skipped().empty()) summary += "，" + std::to_string(findings.skipped().size()) + " 项未运行";
  t.rows.push_back(row("检查结果", summary + "（详见检查报告）"));
  doc.blocks.push_back(t);

  doc.blocks.push_back(docx::blank());
  doc.blocks.push_back(docx::paragraph(docx::Kind::Plain, "附件材料："));
  for (size_t i = 0; i < files.size(); ++i)
    doc.blocks.push_back(docx::paragraph(docx::Kind::Plain, std::to_string(i + 1) + ". " + files[i]));
  doc.blocks.push_back(docx::blank());
  doc.blocks.push_back(docx::paragraph(docx::Kind::Signature, "报送单位（盖章）：＿＿＿＿＿＿＿＿"));
  doc.blocks.push_back(docx::paragraph(docx::Kind::Signature, "联系人及电话：＿＿＿＿＿＿＿＿"));
  doc.blocks.push_back(docx::paragraph(docx::Kind::Signature, "报送日期：＿＿＿＿年＿＿月＿＿日"));
  return doc;
}

}  // namespace

int run_dossier(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"-o", "--as-of"}, options, error)) return usage_error(error, kDossierUsage);
  if (options.help) {
    std::cout << kDossierUsage << "\n";
    return kOk;
  }
  if (options.paths.size() != 1) return usage_error("dossier 需要恰好一个预案文件", kDossierUsage);
  if (options.output.empty()) return usage_error("请用 -o 指定输出目录", kDossierUsage);
  ir::Date as_of = options.as_of.value_or(today());

  corpus::Corpus corpus;
  DiagnosticSink front_end;
  if (!load_corpus(options.paths, corpus, front_end)) return kUsage;
  std::vector<const ir::Plan*> plans = corpus.requested_plans();
  if (plans.size() != 1) {
    print_front_end(corpus, front_end);
    return usage_error(options.paths[0] + " 不是预案文件", kDossierUsage);
  }
  const ir::Plan& plan = *plans.front();

  checkers::RunOptions run;
  run.as_of = as_of;
  DiagnosticSink findings;
  std::vector<std::string> unknown;
  checkers::run_checks(corpus, front_end, run, findings, unknown);
  std::optional<analysis::Deadline> filing;
  for (const analysis::Deadline& d : analysis::deadlines(corpus, plan, as_of)) {
    if (d.obligation == ir::Obligation::Filing) filing = d;
  }

  if (!make_directories(options.output, error)) {
    std::cerr << "planc: 无法写入 " << error << "\n";
    return kUsage;
  }
  std::string stem = fs::path(plan.path).stem().string();
  auto at = [&](const std::string& name) { return (fs::path(options.output) / name).string(); };
  const std::string text_name = stem + "-正式文本.docx";
  const std::string report_name = stem + "-检查报告.txt";
  const std::string sarif_name = stem + "-检查报告.sarif";
  const std::string cover_name = stem + "-备案封面.docx";
  std::vector<std::string> enclosed = {text_name + "（预案正式文本）", report_name + "（planc 检查报告）",
                                       sarif_name + "（检查报告，SARIF 2.1.0 格式，供审查系统导入）"};

  std::ostringstream report;
  report << "《" << plan.meta.title << "》检查报告（planc，截至 " << as_of.iso() << "）\n\n";
  emit::write_text(findings, corpus.sources, 1, report, {});
  std::ostringstream sarif;
  emit::write_sarif(findings, corpus.sources, rule_descriptors(), sarif);
  if (!emit::write_plan_docx(plan, at(text_name), error) ||
      !write_file_atomically(at(report_name), report.str(), error) ||
      !write_file_atomically(at(sarif_name), sarif.str(), error) ||
      !docx::write(cover(plan, filing, as_of, findings, enclosed), at(cover_name), error)) {
    std::cerr << "planc: 无法写入 " << error << "\n";
    return kUsage;
  }
  print_front_end(corpus, front_end);
  std::cout << "备案材料已写出到 " << options.output << "：\n";
  for (const std::string& name : {cover_name, text_name, report_name, sarif_name}) std::cout << "  " << name << "\n";
  if (filing && filing->due) {
    std::cout << "备案期限：" << filing->due->iso() << (filing->provisional.empty() ? "" : "（暂定）") << "（"
              << filing->clause.label << "）；状态：" << analysis::status_name(filing->status) << "\n";
    if (!filing->provisional.empty()) std::cout << "  " << filing->provisional << "\n";
  }
  std::cout << "检查结果：" << emit::summary_line(findings, false) << "\n";
  return findings.count(Severity::Error) > 0 ? kFindings : kOk;
}

}  // namespace planc::cli
