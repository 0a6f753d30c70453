// planc: a compiler and validator for emergency response plans (应急预案).
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  const char* description;
  int (*run)(const std::vector<std::string>& args);
};

const Command kCommands[] = {
    {"check", "检查预案：语法、引用、层级、分级、机构、期限", planc::cli::run_check},
    {"init", "把目录标记为语料根目录（写出 planc.corpus）", planc::cli::run_init},
    {"render", "输出预案正式文本", planc::cli::run_render},
    {"ir", "输出预案的中间表示（--format json|xml；--schema 输出 XML 的 XSD）", planc::cli::run_ir},
    {"rules", "列出全部检查规则", planc::cli::run_rules},
    {"respond", "按事件事实判定等级、响应级别、启动机关、工作组和任务（事件行动方案草案）", planc::cli::run_respond},
    {"deadlines", "每个预案的备案、演练、评估、修订期限（表格、JSON、CSV、iCalendar）", planc::cli::run_deadlines},
    {"manual", "为每个单位编译应急工作手册（HTML、DOCX、Markdown），附目录", planc::cli::run_manual},
    {"dossier", "备案材料：正式文本（DOCX）、检查报告、含报送机关和备案期限的封面", planc::cli::run_dossier},
    {"calendar", "工作日计算：日期后第 N 个工作日、两日期间的工作日数", planc::cli::run_calendar},
};

void print_help(std::ostream& out) {
  out << "用法：planc <命令> [参数]\n\n命令：\n";
  for (const Command& command : kCommands) out << "  " << command.name << "\t" << command.description << "\n";
  out << "\n每个命令的参数见 planc <命令> --help。\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_help(std::cerr);
    return planc::cli::kUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(std::cout);
    return planc::cli::kOk;
  }
  if (name == "--version") {
    std::cout << "planc 0.1.0\n";
    return planc::cli::kOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& command : kCommands) {
    if (name == command.name) return command.run(args);
  }
  std::cerr << "planc: 未知的命令“" << name << "”\n\n";
  print_help(std::cerr);
  return planc::cli::kUsage;
}
