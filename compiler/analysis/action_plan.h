// planc respond: the draft action plan — which response the grades call for, who
// activates it, and the tasks of that level (with the levels it says 参照).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/analysis/grade_evaluation.h"
#include "compiler/ir/plan.h"

namespace planc::analysis {

/// A grade some definitions give, and the response level the plan maps it to.
struct Response {
  ir::CriteriaRole role = ir::CriteriaRole::Grading;
  std::vector<std::string> sources;  ///< "正文", "附件表": the definitions that give the grade
  std::string grade;
  std::vector<std::string> higher;                      ///< grades above it the facts do not rule out, highest first
  std::vector<const ir::ResponseLevel*> higher_levels;  ///< their levels, when other than `level`
  bool adjustment = false;  ///< a grading-standard grade that calls for adjusting the initial response
  const ir::ResponseLevel* level = nullptr;
  std::string table_level;       ///< the attachment table's 响应级别 for the grade
  bool table_disagrees = false;  ///< the table's level is another level than the body's
};

/// A task as the action plan lists it.
struct TaskItem {
  const ir::Task* task = nullptr;
  std::vector<std::string> owners;  ///< the group or organisation each clause opens with
  std::string note;                 ///< e.g. this is the referenced level's own activation
};

/// The measures of another level that a level says to follow (参照Ⅱ级响应).
struct Reference {
  const ir::ResponseLevel* level = nullptr;
  std::string words;          ///< as the plan says it: 参照Ⅱ级响应
  bool listed_apart = false;  ///< the level is in the action plan itself: its tasks are listed there
  std::vector<TaskItem> items;
};

/// The tasks of one response level, its own first, then those it refers to.
struct LevelTasks {
  const ir::ResponseLevel* level = nullptr;
  std::vector<TaskItem> own;
  std::vector<Reference> references;
};

/// Everything `planc respond` reports.
struct ActionPlan {
  const ir::Plan* plan = nullptr;
  std::vector<Fact> facts;
  std::vector<std::string> unused;   ///< facts whose indicator no grade definition uses
  std::vector<std::string> unknown;  ///< indicators the definitions use that were not given
  std::vector<Reading> readings;
  std::vector<std::string> disagreements;  ///< definitions that give incompatible grades, in words
  std::vector<Response> responses;         ///< the start first, then adjustments
  /// The grading standard gives another grade than the initial judgement, and the plan
  /// does not say whether the response is adjusted to it.
  bool unadjusted = false;
  std::vector<LevelTasks> tasks;  ///< one per distinct level of `responses`
};

/// Evaluates the plan on the facts and drafts the action plan.
ActionPlan draft_action_plan(const ir::Plan& plan, std::vector<Fact> facts);

}  // namespace planc::analysis
