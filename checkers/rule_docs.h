// The rule documentation (docs/rules/<id>.md), embedded at build time.
#pragma once

#include <map>
#include <string>

namespace planc::checkers {

/// Rule id → its Markdown page.
const std::map<std::string, std::string>& rule_docs();

}  // namespace planc::checkers
