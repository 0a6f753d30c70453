// External clauses in force on a date.
#include "compiler/analysis/external_clauses.h"

#include "compiler/base/fold.h"

namespace planc::analysis {
namespace {

// The clauses with a period that an external clause's words set: one per kind its sentence
// names (“进行一次应急演练”, “报…备案”, “评估一次”). A sentence with a period sets nothing
// for a kind it does not name.
std::vector<ir::ManagementClause> read_external(const ir::ExternalClause& clause) {
  std::vector<ir::ManagementClause> out;
  for (ir::Obligation kind : ir::kObligations) {
    for (ir::ManagementClause& c : ir::read_management_text(clause.text_span, kind)) {
      if (c.duration && compact_key(c.text).find(ir::obligation_word(kind)) != std::string::npos)
        out.push_back(std::move(c));
    }
  }
  return out;
}

bool of_version(const ir::ExternalClause& clause, const ir::ExternalVersion& version) {
  return compact_key(clause.version) == compact_key(version.label);
}

}  // namespace

ExternalPeriods external_periods(const ir::ExternalRegistry& registry, const ir::Date& date) {
  ExternalPeriods out;
  for (const ir::ExternalDocument& doc : registry.documents()) {
    const ir::ExternalVersion* version = doc.version_on(date);
    if (version == nullptr) continue;
    for (const ir::ExternalClause& clause : doc.clauses) {
      if (!of_version(clause, *version) || clause.text_span.empty()) continue;
      std::vector<ir::ManagementClause> read = read_external(clause);
      if (read.empty()) continue;
      if (!clause.verified) {
        out.unverified.push_back("《" + doc.title + "》" + clause.number);
        continue;
      }
      for (ir::ManagementClause& c : read)
        out.requirements.push_back({std::move(c), "《" + doc.title + "》（" + version->label + "）" + clause.number});
    }
  }
  return out;
}

ContentClause content_clause(const ir::ExternalRegistry& registry, const ir::Date& date) {
  for (const ir::ExternalDocument& d : registry.documents()) {
    const ir::ExternalVersion* version = d.version_on(date);
    if (version == nullptr) continue;
    for (const ir::ExternalClause& c : d.clauses) {
      if (!c.requirements.empty() && of_version(c, *version)) return {&d, &c};
    }
  }
  return {};
}

}  // namespace planc::analysis
