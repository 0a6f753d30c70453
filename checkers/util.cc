// Helpers the checks share.
#include "checkers/util.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/base/utf8.h"

namespace planc::checkers {

std::string key(std::string_view text) { return compact_key(text); }

std::string superiors_text(const ir::Plan& plan, std::string_view lead) {
  std::string out(lead);
  for (const std::string& s : plan.meta.superiors) out += "《" + s + "》";
  return out;
}

const ir::Plan* first_superior(const ir::Plan& plan, const std::function<bool(const ir::Plan&)>& has) {
  for (const ir::Plan* s : plan.superior_plans) {
    if (has(*s)) return s;
  }
  return nullptr;
}

}  // namespace planc::checkers
