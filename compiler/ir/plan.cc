// The plan IR's own lookups.
#include "compiler/ir/plan.h"

#include "compiler/base/fold.h"

namespace planc::ir {

std::string Origin::heading() const { return syntax::last_heading(section); }

const MetaField* Meta::field(std::string_view key) const {
  std::string wanted = compact_key(key);
  for (const MetaField& f : fields) {
    if (compact_key(f.key) == wanted) return &f;
  }
  return nullptr;
}

}  // namespace planc::ir
