// Declared correspondences (对照): meaning the text does not state, declared apart from
// the plan with its source, e.g. how 特大型/大型/中型/小型 map onto 特别重大/重大/较大/一般.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

struct Mapping {
  std::string kind;                                        ///< 分级 (grades) or 响应 (response levels)
  std::string plan;                                        ///< the subordinate plan's title
  std::string scheme;                                      ///< its scheme name (分级) — empty for 响应
  std::string plan_key;                                    ///< match key of plan
  std::string scheme_key;                                  ///< match key of scheme
  std::string source;                                      ///< who decided it, where it is written
  std::vector<std::pair<std::string, std::string>> pairs;  ///< (this plan's, the superior's)
  SourceRange range;
};

/// Reads the entries of a 对照 file: '## name', key：value lines (类别, 预案, 分级, 来源;
/// 上位 and 说明 for the reader) and a two-column table (本预案 | 上位预案).
std::vector<Mapping> load_mappings(const syntax::Document& document, DiagnosticSink& sink);

}  // namespace planc::ir
