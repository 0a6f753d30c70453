// Work manuals (应急工作手册): for each organisation, everything the plans ask of it —
// its roles, its duties with what triggers them, whom it reports to, the obligations it
// owns as a drafting or interpreting unit — compiled from the plans' own words.
//
// 总体预案 2.2(1) asks every department a plan names to break its duties down, with what
// starts each, the process, and the responsible unit and person. A manual here is that
// breakdown read off the plans, so it never drifts from them: every item carries the
// plan, section and paragraph it comes from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/corpus/corpus.h"
#include "compiler/ir/date.h"
#include "compiler/ir/plan.h"

namespace planc::manual {

/// Where an item comes from: the plan, its heading path, the words, and the first line
/// of the paragraph or table that holds them (the anchor a link points at).
struct Source {
  const ir::Plan* plan = nullptr;
  std::string section;  ///< "附件1 … / 二、相关部门（单位）职责" (the plan title left out)
  SourceRange range;
  int paragraph_line = 0;  ///< 0 for the front matter, which the text does not show
};

/// A role the organisation holds in one plan.
struct Role {
  std::string kind;  ///< 指挥长, 副指挥长, 指挥部成员单位, 指挥部办公室, 办公室负责人, 工作组牵头单位 …
  std::string body;        ///< the command, office or group the role is in
  std::string post;        ///< the post that holds it: 局长, 分管副局长
  std::string reports_to;  ///< the body it answers to in this role
  Source source;
};

/// How the organisation comes to hold a duty.
enum class Via {
  Own,      ///< the plan names it at the head of the duty
  Group,    ///< as lead or member of a working group
  Office,   ///< as the unit the command's office sits in
  Command,  ///< as a member of the command the task is given to
};

/// One duty or task: the plan's words, what triggers it, and how the organisation holds it.
struct Duty {
  std::string text;  ///< as written
  Via via = Via::Own;
  std::string through;   ///< the group, office or command it is held through
  std::string capacity;  ///< 牵头, 成员, 办公室所在单位, 指挥部成员 (empty for Via::Own)
  std::string trigger;  ///< 收到台风预警信号（红色、橙色、黄色、蓝色）后; Ⅱ级应急响应第一阶段 …
  bool trigger_stated = false;  ///< the plan states the trigger (else it is the plan's activation)
  std::string hazard;
  Source source;
};

/// A passage that names the organisation without being one of its duties or roles.
struct Mention {
  std::string text;
  std::string words;  ///< how the passage names it
  Source source;
};

/// An obligation owned as the plan's drafting or interpreting unit (filing, drills …).
struct Obligation {
  const ir::Plan* plan = nullptr;
  std::string as;           ///< 编制单位 or 解释单位
  std::string what;         ///< 备案, 演练, 评估, 修订
  std::string clause;       ///< 《总体预案》7.2（２）
  std::string clause_text;  ///< the clause's words
  std::string start;        ///< what the period runs from, with its date
  std::string due;          ///< the due date, or what it waits on
  std::string status;       ///< 已完成, 逾期未见记录, 未到期 …
  std::string note;
};

struct Manual {
  const ir::OrgRegistry* registry = nullptr;
  int org = -1;
  std::string name;  ///< canonical name
  std::string full_name;
  std::string type;
  std::string parent;
  std::vector<std::string> names_used;  ///< the words the plans use for it
  std::vector<const ir::Plan*> plans;   ///< plans that name it, in the corpus's order
  std::vector<Role> roles;
  std::vector<Duty> duties;
  std::vector<Mention> mentions;
  std::vector<Obligation> obligations;
  int position = 0;  ///< 1-based position in the compiled list (official, then first mention)

  /// Holds at least one role, duty or obligation (otherwise the plans only mention it).
  bool has_work() const { return !roles.empty() || !duties.empty() || !obligations.empty(); }
};

/// Compiles the manual of every organisation the plans name (generic references such as
/// 有关部门（单位） excepted), in the official order of the command lists (the general
/// plan first, then the others in the corpus's order), then the units with work and
/// last the units only mentioned, each by first mention.
/// Obligations are computed as of `as_of`.
std::vector<Manual> compile(const corpus::Corpus& corpus, const ir::Date& as_of);

/// The order plans appear in manuals: general plans first, then the corpus's order.
std::vector<const ir::Plan*> plan_order(const corpus::Corpus& corpus);

/// The manuals an organisation name (canonical name or alias, in any registry) selects.
std::vector<const Manual*> find(const std::vector<Manual>& manuals, std::string_view name);

/// The manuals in pinyin order of their names (ICU collation for Chinese).
std::vector<const Manual*> pinyin_order(std::vector<const Manual*> manuals);

/// A file name for a manual: its position and name, safe on every file system.
std::string file_stem(const Manual& manual);

/// A file name for a plan's text in the output: the plan file's stem, made unique.
std::string plan_stem(const ir::Plan& plan);

/// "《济南市济阳区地震应急预案》附件1 … 二、相关部门（单位）职责，第 403 行".
std::string describe(const Source& source);
/// The same without the plan: "2 组织体系 / 2.1 区指挥部组成及职责，第 58 行".
std::string describe_place(const Source& source);

}  // namespace planc::manual
