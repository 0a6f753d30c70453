// planc manual [PATH...] (--org NAME | --all) --format html|docx|md -o DIR: work manuals
// (应急工作手册) compiled from the plans.
#include <algorithm>
#include <iostream>

#include "checkers/util.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "compiler/base/strings.h"
#include "compiler/corpus/corpus.h"
#include "compiler/manual/manual.h"
#include "compiler/manual/write.h"

namespace planc::cli {
namespace {

const char* kManualUsage =
    "用法：planc manual [路径...] (--org 单位名称 | --all) [--format html|docx|md] -o 输出目录 [--as-of YYYY-MM-DD] "
    "[--force]\n"
    "      输出目录中不是 planc 写出的同名文件不会被覆盖（--force 覆盖）；上次写出、这次不再写的文件会被删除。\n"
    "      例：planc manual plans/ --all -o manuals/\n"
    "          planc manual plans/ --org 区气象局 --format docx -o manuals/";

// The registered names nearest to one that matches nothing, for "did you mean".
std::vector<std::string> nearest(const corpus::Corpus& corpus, const std::string& name) {
  std::vector<std::pair<int, std::string>> scored;
  for (const auto& scope : corpus.scopes) {
    for (const ir::Org& org : scope->orgs.orgs()) {
      std::vector<std::string> words = org.aliases;
      words.push_back(org.name);
      int best = 1 << 20;
      for (const std::string& w : words) best = std::min(best, edit_distance(w, name));
      scored.push_back({best, org.name});
    }
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [distance, org] : scored) {
    if (distance > 2 || out.size() == 3) break;
    if (std::find(out.begin(), out.end(), org) == out.end()) out.push_back(org);
  }
  return out;
}

const ir::Org* registered(const corpus::Corpus& corpus, const std::string& name) {
  for (const auto& scope : corpus.scopes) {
    if (const ir::Org* org = scope->orgs.find(name)) return org;
  }
  return nullptr;
}

}  // namespace

int run_manual(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"--org", "--all", "--format", "-o", "--as-of", "--force"}, options, error))
    return usage_error(error, kManualUsage);
  if (options.help) {
    std::cout << kManualUsage << "\n";
    return kOk;
  }
  if (options.format.empty()) options.format = "html";
  manual::Format format;
  if (options.format == "html")
    format = manual::Format::Html;
  else if (options.format == "md")
    format = manual::Format::Markdown;
  else if (options.format == "docx")
    format = manual::Format::Docx;
  else
    return usage_error("未知的输出格式“" + options.format + "”：可用 html、docx、md", kManualUsage);
  if (options.all == !options.orgs.empty())
    return usage_error("请用 --org 指定单位，或用 --all 为每个单位生成手册（二者取一）", kManualUsage);
  if (options.output.empty()) return usage_error("请用 -o 指定输出目录", kManualUsage);
  if (options.paths.empty()) options.paths.push_back(".");
  ir::Date as_of = options.as_of.value_or(today());

  corpus::Corpus corpus;
  DiagnosticSink front_end;
  if (!load_corpus(options.paths, corpus, front_end)) return kUsage;
  print_front_end(corpus, front_end);
  if (corpus.requested_plans().empty()) {
    std::cerr << "planc: 所给路径中没有预案文件\n";
    return kFindings;
  }
  std::vector<manual::Manual> manuals = manual::compile(corpus, as_of);

  manual::Site site;
  site.as_of = as_of;
  site.directory = options.output;
  site.force = options.force;
  if (options.all) {
    // Every unit the plans give work to; units only mentioned are listed in the index.
    for (const manual::Manual& m : manuals) (m.has_work() ? site.manuals : site.mentioned).push_back(&m);
  }
  bool missing = false;
  for (const std::string& name : options.orgs) {
    std::vector<const manual::Manual*> found = manual::find(manuals, name);
    if (found.empty()) {
      missing = true;
      if (const ir::Org* org = registered(corpus, name); org != nullptr && org->generic()) {
        std::cerr << "planc: error: “" << name << "”是泛指（" << org->name << "），不是具体单位，没有工作手册\n";
      } else if (org != nullptr) {
        std::cerr << "planc: error: 所读预案都没有提到“" << name << "”，不生成空手册\n";
      } else {
        std::cerr << "planc: error: “" << name << "”不是机构登记文件中的名称或别名";
        std::vector<std::string> near = nearest(corpus, name);
        for (size_t i = 0; i < near.size(); ++i) std::cerr << (i == 0 ? "；是否指“" : "”“") << near[i];
        std::cerr << (near.empty() ? "" : "”？") << "\n";
      }
      continue;
    }
    for (const manual::Manual* m : found) {
      if (std::find(site.manuals.begin(), site.manuals.end(), m) == site.manuals.end()) site.manuals.push_back(m);
    }
  }
  if (missing) return kFindings;
  std::sort(site.manuals.begin(), site.manuals.end(),
            [](const manual::Manual* a, const manual::Manual* b) { return a->position < b->position; });

  std::vector<std::string> written;
  if (!manual::write_site(site, format, written, error)) {
    std::cerr << "planc: 无法写入 " << error << "\n";
    return kUsage;
  }
  std::cerr << "planc: 写出 " << site.manuals.size() << " 份工作手册及目录（共 " << written.size() << " 个文件）到 "
            << options.output << "\n";
  return kOk;
}

}  // namespace planc::cli
