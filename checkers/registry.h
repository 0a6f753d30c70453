// The rule registry: every check, one explicit line each, in registry.cc.
#pragma once

#include <memory>
#include <vector>

#include "checkers/check.h"

namespace planc::checkers {

/// Every registered check, in a stable order.
std::vector<std::unique_ptr<Check>> make_checks();

}  // namespace planc::checkers
