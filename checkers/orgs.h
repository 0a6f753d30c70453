// Helpers the organisation checks share: which mentions name one organisation, name keys, quoting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/source.h"
#include "compiler/ir/plan.h"

namespace planc::checkers {

/// The registered organisation a mention names, or nullptr when it is unresolved.
const ir::Org* org_of(const ir::Plan& plan, const ir::OrgRef& ref);

/// Whether a mention names one particular organisation: resolved and not generic (泛指).
bool names_org(const ir::Plan& plan, const ir::OrgRef& ref);

/// Whether a mention names a role (类型：角色), which no particular organisation holds.
bool names_role(const ir::Plan& plan, const ir::OrgRef& ref);

/// The match key of a name with one leading level word (区, 市, 县, 镇) dropped, so that
/// 区气象部门 and 气象部门 count as one name.
std::string name_key(std::string_view words);

/// Every organisation mention of a plan (plan.mentions and the refs of its commands, groups
/// and duties), each place once, in source order.
std::vector<const ir::OrgRef*> all_mentions(const ir::Plan& plan);

/// Whether a starts before b in the source.
bool before(const SourceRange& a, const SourceRange& b);

/// The range from the first ref's start to the last ref's end; invalid when there are none.
SourceRange span_of(const std::vector<ir::OrgRef>& refs);

/// The first `count` code points of a text, with “……” when it is cut.
std::string opening(std::string_view text, int count);

/// “A”“B”和“C” (no 顿号 between quoted items, GB/T 15834).
std::string quoted_list(const std::vector<std::string>& items);

}  // namespace planc::checkers
