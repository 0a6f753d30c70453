// The plan IR: everything a plan states, read from its words, with source positions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/source.h"
#include "compiler/base/text_span.h"
#include "compiler/ir/criteria.h"
#include "compiler/ir/date.h"
#include "compiler/ir/external.h"
#include "compiler/ir/kinds.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

/// A mention of an organisation in the text, resolved against the registry.
struct OrgRef {
  std::string words;  ///< as written: "区委宣传部（区网信办）", "发展和改革部门"
  int org = -1;       ///< index in the OrgRegistry, -1 when not registered
  std::string name;   ///< canonical name when resolved
  std::string title;  ///< a post after the name: 局长, 大队长, 分管副局长
  SourceRange range;
  bool resolved() const { return org >= 0; }
};

/// Where an IR node comes from: its words and its heading path.
struct Origin {
  SourceRange range;
  std::string section;  ///< "2 组织体系 / 2.1 区指挥部组成及职责"
  /// The last heading of the path: "2.1 区指挥部组成及职责".
  std::string heading() const;
};

/// Words the IR keeps as written, with where they stand: a duty item, a group's duties.
struct Passage {
  std::string text;
  SourceRange range;
  bool empty() const { return text.empty(); }
};

/// A hazard the text names: its registered name and the words that name it.
struct HazardRef {
  std::string name;
  SourceRange range;
};

/// A front-matter field as declared: its key and value, and where each stands.
struct MetaField {
  std::string key;  ///< as written: 印发
  std::string value;
  SourceRange key_range;
  SourceRange value_range;  ///< the value's words; the key's range when the value is empty
  SourceRange range;        ///< the whole line
};

/// The front matter, as declared.
struct Meta {
  std::string title;
  std::string category;    ///< 总体, 专项, 部门, 基层, 单位
  std::string level;       ///< 区, 市, 镇 …
  std::string doc_number;  ///< 济阳政办发〔2023〕3号
  std::string issuer;
  std::optional<Date> issued;
  std::string drafting_unit;
  std::string interpreting_unit;
  std::vector<std::string> superiors;
  std::vector<std::string> hazards;
  bool trial = false;
  std::string supersedes;
  /// Each key with its range, for diagnostics about the front matter itself.
  std::vector<MetaField> fields;
  /// The field declared with `key` (white space and width ignored); nullptr when none.
  const MetaField* field(std::string_view key) const;
};

/// The covering notice (通知) read from its lines.
struct Notice {
  Origin origin;
  std::string issuer;
  std::string title;
  std::string doc_number;
  SourceRange doc_number_range;
  std::string recipients;
  std::optional<Date> date;
  SourceRange date_range;
  SourceRange issuer_range;
  SourceRange title_range;
  bool published = false;  ///< （此件公开发布）
};

struct Plan;

/// A 《…》 citation, and what the linker found it refers to.
struct Citation {
  std::string title;  ///< without the book-title marks
  Origin origin;
  bool basis = false;  ///< stated in the 编制依据 block
  // Set by the linker (compiler/corpus/link.h):
  const Plan* plan = nullptr;                  ///< a plan of the corpus, cited by its exact title
  const ExternalDocument* document = nullptr;  ///< a registered external document, by its exact title
  bool self = false;                           ///< the plan citing itself (the notice)
  std::string near_title;                      ///< a known title it nearly is (missing （试行） …)
  std::string near_reason;                     ///< how it differs, in words
  const Plan* near_plan = nullptr;
  const ExternalDocument* near_document = nullptr;
  bool resolved() const { return plan != nullptr || document != nullptr || self; }
};

/// A duty: who does what, optionally per hazard, and what sets it off.
struct Duty {
  std::vector<OrgRef> orgs;
  std::string text;  ///< the duty paragraph as written
  std::string hazard;
  /// What sets the duty off, as the block's introduction states it: "收到台风预警信号后".
  /// Empty when the plan does not say.
  std::string trigger;
  Origin origin;
};

/// A command headquarters (指挥部) and its office.
struct Command {
  std::string name;
  Origin origin;
  std::vector<OrgRef> commanders;  ///< 指挥长 (a post: the org and title it names)
  std::string commander_words;
  /// 政委: the political commissar beside the commander (森林防灭火 and 防汛 commands since
  /// 2019); neither a commander nor a deputy.
  std::vector<OrgRef> commissars;
  std::vector<OrgRef> deputies;  ///< 副指挥长
  std::vector<OrgRef> members;   ///< 成员
  std::vector<Passage> duties;   ///< 主要职责 items
  // Office (办公室)
  std::string office_name;
  OrgRef office_seat;                   ///< 设在 …
  std::vector<OrgRef> office_heads;     ///< 主任
  std::vector<OrgRef> office_deputies;  ///< 副主任
  std::vector<Passage> office_duties;
  Origin office_origin;
};

/// A working group (工作组) of a command.
struct Group {
  std::string name;
  Origin origin;
  std::vector<OrgRef> leads;    ///< 牵头
  std::vector<OrgRef> members;  ///< 组成
  Passage duties;               ///< 主要职责 as written
};

/// A grade of a grading scheme, in order (index 0 is the highest).
struct Grade {
  std::string name;
  int rank = 0;       ///< 0 = highest
  std::string alias;  ///< the bracketed words after the name: 特别重大（Ⅰ级） → Ⅰ级
};

/// A grading scheme declared in the text: "分为特别重大、重大、较大、一般四个级别".
struct GradeScheme {
  std::string name;  ///< the tag's name: 地震灾害, 地质灾害, 突发事件
  std::vector<Grade> grades;
  bool order_stated = false;  ///< 从高至低 / 由低到高 said explicitly
  Origin origin;
};

/// Which criteria a definition gives: the grading standard or the initial judgement.
enum class CriteriaRole { Grading, Initial };

/// A definition of one grade's criteria: a body paragraph or an attachment row.
struct GradeDefinition {
  std::string scheme;
  std::string grade;
  CriteriaRole role = CriteriaRole::Grading;
  Criteria criteria;
  bool from_table = false;
  std::string response_level;  ///< from the table's 响应级别 column
  SourceRange response_range;
  Origin origin;
};

/// "以上含本数，以下不含本数".
struct BoundaryConvention {
  std::optional<bool> above_inclusive;
  std::optional<bool> below_inclusive;
  Origin origin;
};

/// A response level: Ⅰ级, 一级, 二级响应.
struct ResponseLevel {
  std::string name;                  ///< as written first
  int ordinal = 0;                   ///< 1 for Ⅰ级/一级
  std::vector<std::string> grades;   ///< grades that trigger it
  std::vector<OrgRef> activated_by;  ///< who decides to start it
  Origin origin;
  SourceRange activation_range;
  /// Who ends it ("Ⅱ级响应终止由县人民政府宣布"); empty when the plan does not say for
  /// this level (see ResponseScheme::ended_by).
  std::vector<OrgRef> ended_by;
  SourceRange ending_range;
};

/// The ordinal of the first level the words name (Ⅱ级, 二级响应, 2级 → 2), read as the
/// response reader reads levels; nullopt when they name none.
std::optional<int> level_ordinal(std::string_view words);

struct ResponseScheme {
  std::vector<ResponseLevel> levels;
  bool high_to_low_stated = false;
  /// "按照…分级标准，适时调整应急响应级别": the plan says a response started on the initial
  /// judgement is adjusted to the grading standard; the sentence, when it does.
  std::string adjustment;
  Origin adjustment_origin;
  /// Who ends a response when the plan says it once for every level ("由县指挥部宣布
  /// 应急响应结束"), and whether it says whoever started a level ends it (谁启动、谁终止).
  std::vector<OrgRef> ended_by;
  bool ended_by_starter = false;
  /// Where the plan says how a response ends, also when the words name no body planc
  /// knows; invalid when it says nothing of ending one.
  Origin ending_origin;
  Origin origin;
};

/// A warning level: 一级/红色, Ⅳ级/蓝色.
struct WarningLevel {
  int ordinal = 0;     ///< 1 is the highest
  std::string colour;  ///< 红色, 橙色, 黄色, 蓝色
  std::string name;    ///< as written
};

struct WarningScheme {
  std::vector<WarningLevel> levels;  ///< highest first
  std::optional<int> max_levels;     ///< "最多设 4 个级别"
  std::string order_words;           ///< 从高到低 / 由低到高
  Origin origin;
};

/// A warning signal standard: one colour of one hazard.
struct Signal {
  std::string hazard;
  std::string colour;
  int ordinal = 0;  ///< from the colour, via the plan's warning scheme (1 = red)
  Criteria criteria;
  std::string text;
  Origin origin;
};

/// A term definition: "大风是指平均风力大于 6 级…".
struct Term {
  std::string name;
  std::string definition;
  Criteria criteria;
  Origin origin;
};

/// The kind of plan a management clause governs.
struct ManagementClause {
  Obligation kind = Obligation::Filing;
  std::vector<std::string> applies_to;  ///< plan categories named: 总体, 专项, 部门, 基层, 单位
  std::optional<Duration> duration;     ///< 20 个工作日, 每２年
  bool minimum = false;                 ///< 至少
  std::string recipient;                ///< 报上一级政府备案 …
  bool after_major_revision = false;    ///< “如预案发生重大调整，需及时…演练”
  std::string marker;                   ///< the paragraph's list marker: (２)
  bool self = false;                    ///< about the plan itself: "本预案每3年至少修订一次"
  std::string text;
  Origin origin;
  /// 修订: the parts whose revision is major, as written (“修订涉及组织指挥体系与职责、
  /// 应急处置程序…等重要内容的”).
  std::vector<std::string> major_parts;
};

/// Reads the management clauses of one passage of text: each sentence with a duration
/// or about `kind`, with the plan categories it is about (its subject). Used for plan
/// blocks and for clauses of external documents alike.
std::vector<ManagementClause> read_management_text(const TextSpan& text, Obligation kind);

/// A revision trigger of 7.4: one numbered item.
struct Trigger {
  std::string marker;  ///< ①
  TriggerKind category = TriggerKind::Other;
  std::string text;
  Origin origin;
};

/// A time limit on reporting an event ("事发后30分钟内电话报告、1小时内书面报告县委、县政府"),
/// or an immediate report ("立即报告") with no number.
struct ReportLimit {
  /// 首次报告 (电话、口头、初报 or a plain 报告), 书面报告 or 续报.
  std::string kind;
  /// The limit in minutes; nullopt for 立即/第一时间 (immediately, no number).
  std::optional<double> minutes;
  std::string to;     ///< whom it is reported to, as written ("县委、县政府"); empty when not said
  std::string words;  ///< the words of the limit: "30分钟内电话报告"
  Origin origin;
};

/// Whom a task, or one ；-clause of it, is given to: a working group of the plan, or an
/// organisation (a unit, a command, its office) or the members of one.
struct TaskOwner {
  std::string name;      ///< the group's name, else the organisation's canonical name
  int group = -1;        ///< index in Plan::groups when a group
  OrgRef org;            ///< when an organisation
  bool members = false;  ///< "区指挥部成员单位每日报送…": the organisation's members
};

/// A task in a response phase: its owners and the action.
struct Task {
  std::string level;  ///< Ⅱ级
  std::string phase;  ///< 第一阶段
  /// "通讯保障组负责…" where the plan sets up no such group: the words that name the owner
  /// the plan does not define, and where they stand; empty otherwise.
  Passage unknown_owner;
  /// The owner the task opens with, then the group each further ；-clause opens with
  /// ("抢险救援组…；社会治安组…"); empty when the text names none.
  std::vector<TaskOwner> owners;
  std::string text;
  Origin origin;
};

/// A reference to another part of the plan: “监测预警”部分, 附件1, 参照Ⅱ级响应.
struct CrossRef {
  std::string target;  ///< the words referred to
  CrossRefKind kind = CrossRefKind::Section;
  int number = 0;  ///< the attachment's number (附件2 → 2)
  Origin origin;
};

/// Words a reader could not read in full: where, what was lost, and the checks that do
/// not run on them. Reported by read-incomplete.
struct ReadGap {
  SourceRange range;
  std::string block;               ///< the block kind: 分级, 标准, 响应 …
  std::string message;             ///< 单位“吨”未登记：泄漏量的标准未读入
  std::vector<std::string> rules;  ///< the checks disabled there: grade-gap, grade-overlap
};

/// How far one semantic block was read: in full, or with gaps (ReadGap entries and
/// reader warnings about its words).
struct BlockRead {
  std::string kind;    ///< the tag: 分级, 响应 …
  Origin origin;       ///< the tag
  SourceRange extent;  ///< the whole block
  int gaps = 0;
  bool full() const { return gaps == 0; }
};

/// One plan, with the meaning of its blocks.
struct Plan {
  const syntax::Document* document = nullptr;
  const OrgRegistry* orgs = nullptr;  ///< the registries the plan was read with
  const IndicatorRegistry* indicators = nullptr;
  const ExternalRegistry* external = nullptr;
  // Set by the linker: the superiors the front matter names, resolved.
  std::vector<const Plan*> superior_plans;
  std::vector<const ExternalDocument*> superior_documents;
  std::string path;
  Meta meta;
  std::optional<Notice> notice;
  std::string heading_title;  ///< the '#' title heading
  SourceRange heading_title_range;
  std::optional<Date> footer_date;  ///< (2023 年 3 月 30 日印发)
  SourceRange footer_range;
  std::string interpreting_words;  ///< 本预案由X负责解释
  OrgRef interpreter;
  std::vector<Citation> citations;
  std::vector<HazardRef> scope_hazards;  ///< each hazard once, where the scope first names it
  Origin scope_origin;
  std::vector<Command> commands;
  std::vector<Group> groups;
  std::vector<Duty> duties;
  std::vector<GradeScheme> schemes;
  std::vector<GradeDefinition> definitions;
  std::optional<BoundaryConvention> convention;
  std::optional<ResponseScheme> response;
  std::optional<WarningScheme> warning;
  std::vector<Signal> signals;
  std::vector<Term> terms;
  std::vector<ManagementClause> management;
  std::vector<Trigger> triggers;
  std::vector<ReportLimit> report_limits;
  std::vector<Task> tasks;
  std::vector<CrossRef> references;
  /// Every organisation mention the readers resolved or failed to resolve.
  std::vector<OrgRef> mentions;
  /// What the readers could not read, and each semantic block with how far it was read.
  std::vector<ReadGap> gaps;
  std::vector<BlockRead> blocks;
  /// The indicators were planc's built-in national vocabulary: no 指标 file applies.
  bool builtin_indicators = false;
};

}  // namespace planc::ir
