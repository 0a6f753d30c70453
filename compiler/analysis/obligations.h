// Time obligations: the clause that governs a plan's filing, drills, evaluation and
// revision, and the deadlines it sets, computed from the documents and the ledger.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/corpus/corpus.h"
#include "compiler/ir/plan.h"

namespace planc::analysis {

/// Whether a clause names the plan category (总体, 专项, 部门 …) among those it applies to.
bool names_category(const ir::ManagementClause& clause, const std::string& category);

/// The plan's first clause of `kind` (备案, 演练, 评估, 修订) naming the category; with
/// `with_duration`, the first that also states a period. nullptr when none.
const ir::ManagementClause* find_clause(const ir::Plan& plan, ir::Obligation kind, const std::string& category,
                                        bool with_duration);

/// The clause that sets an obligation for a plan.
struct GoverningClause {
  const ir::ManagementClause* clause = nullptr;
  const ir::Plan* plan = nullptr;  ///< the plan the clause stands in
  bool tightened = false;          ///< the plan's own stricter clause replaces its superior's
  std::string label;               ///< 《总体预案》7.2（２）
};

/// The clause of `kind` (备案, 演练, 评估, 修订) that governs `plan`: a superior plan's
/// clause naming the plan's category, else the plan's own clause naming it. A plan's
/// own clause with a shorter period tightens its superior's (a longer one is reported by
/// hier-relaxed-requirement and does not count). With `with_duration`, only clauses
/// that state a period are considered.
std::optional<GoverningClause> governing_clause(const ir::Plan& plan, ir::Obligation kind, bool with_duration);

/// A period in a comparable unit: working days, days, or months (years are 12 months).
struct Period {
  enum Unit { WorkingDays, Days, Months } unit = Days;
  double amount = 0;
};
std::optional<Period> period_of(const ir::Duration& duration);
/// The date a period after `start` ends; nullopt when the calendar lacks a year (then
/// `missing` is set). `provisional`, when given, is set when the count went through a
/// year whose holidays are only provisional.
std::optional<ir::Date> after(const corpus::Corpus& corpus, const ir::Date& start, const Period& period, int* missing,
                              bool* provisional = nullptr);

/// Why a date computed through provisional years is provisional, in the words users read:
/// "2027 年的放假安排尚未公布，……".
std::string provisional_note(const corpus::Corpus& corpus);

enum class Status {
  Done,      ///< recorded in time
  Late,      ///< recorded after the deadline
  Overdue,   ///< records exist, but none in time and the deadline passed
  NoRecord,  ///< no record, and the deadline passed
  Pending,   ///< not due yet
  Unknown,   ///< cannot be computed (a year missing from the calendar, no issue date)
};
const char* status_name(Status status);

/// One obligation of one plan, with its due date and status as of a date.
struct Deadline {
  const ir::Plan* plan = nullptr;
  ir::Obligation obligation = ir::Obligation::Filing;
  GoverningClause clause;
  std::optional<ir::Date> start;  ///< what the period runs from: issue, last drill …
  std::optional<ir::Date> due;
  std::optional<ir::Date> done;               ///< the record that met it, or the late one
  const time::LedgerEvent* record = nullptr;  ///< that record (set with `done`)
  Status status = Status::Unknown;
  std::string note;  ///< why unknown, what the record says …
  /// Non-empty when the due date is counted through a year whose holiday notice is not
  /// in the calendar: why the date is provisional (provisional_note()).
  std::string provisional;
};

/// Every obligation of a plan with a stated period: filing, drills, evaluation.
std::vector<Deadline> deadlines(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Date& as_of);

/// A revision trigger that fired after the plan's issue.
struct FiredTrigger {
  const ir::Trigger* trigger = nullptr;  ///< the clause item (①…) that names the event
  const ir::Plan* trigger_plan = nullptr;
  std::string event;  ///< what happened, in words
  ir::Date date;
  SourceRange where;  ///< the words of the plan it concerns (a citation …)
  std::string section;
  SourceRange evidence;  ///< the registry or ledger entry that records the event
};

/// The revision triggers of the plan's governing trigger list that fired after its issue
/// and before `as_of`, with no revision recorded after them.
std::vector<FiredTrigger> fired_triggers(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Date& as_of);

}  // namespace planc::analysis
