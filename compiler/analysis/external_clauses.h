// The clauses of external documents (laws, national measures) in force on a date: the
// periods they set, read like a plan's own management clauses, and the contents they
// require of a plan. What is not verified is named, never read as if it were.
#pragma once

#include <string>
#include <vector>

#include "compiler/ir/date.h"
#include "compiler/ir/external.h"
#include "compiler/ir/plan.h"

namespace planc::analysis {

/// A period an external clause sets (备案, 演练, 评估, 修订), read like a plan clause.
struct ExternalRequirement {
  ir::ManagementClause clause;
  std::string label;  ///< 《突发事件应急预案管理办法》（2013）第二十二条
};

/// The periods in force on a date, and the clauses that would set some but whose text is
/// not verified (as "《…》第二十二条"), which a check must name instead of using.
struct ExternalPeriods {
  std::vector<ExternalRequirement> requirements;
  std::vector<std::string> unverified;
};

/// The management clauses with a period of every registered document's version in force
/// on `date`: one per kind (备案, 演练, 评估, 修订) its sentence names.
ExternalPeriods external_periods(const ir::ExternalRegistry& registry, const ir::Date& date);

/// The clause listing what a plan must contain (ContentRequirement entries) in the version
/// in force on `date`, with its document; nullptr when the registry has none.
struct ContentClause {
  const ir::ExternalDocument* document = nullptr;
  const ir::ExternalClause* clause = nullptr;
};
ContentClause content_clause(const ir::ExternalRegistry& registry, const ir::Date& date);

}  // namespace planc::analysis
