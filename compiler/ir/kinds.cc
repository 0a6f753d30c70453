// The IR's categories: their words and keys.
#include "compiler/ir/kinds.h"

namespace planc::ir {

const char* obligation_word(Obligation obligation) {
  switch (obligation) {
    case Obligation::Filing: return "备案";
    case Obligation::Drill: return "演练";
    case Obligation::Evaluation: return "评估";
    case Obligation::Revision: return "修订";
  }
  return "";
}

std::optional<Obligation> obligation_of(std::string_view word) {
  for (Obligation o : kObligations) {
    if (word == obligation_word(o)) return o;
  }
  return std::nullopt;
}

const char* trigger_kind_key(TriggerKind kind) {
  switch (kind) {
    case TriggerKind::Law: return "law";
    case TriggerKind::Command: return "command";
    case TriggerKind::Risk: return "risk";
    case TriggerKind::Resources: return "resources";
    case TriggerKind::OtherInfo: return "other-info";
    case TriggerKind::Lessons: return "lessons";
    case TriggerKind::Discretion: return "discretion";
    case TriggerKind::Other: return "other";
  }
  return "other";
}

const char* cross_ref_kind_key(CrossRefKind kind) { return kind == CrossRefKind::Section ? "section" : "attachment"; }

}  // namespace planc::ir
