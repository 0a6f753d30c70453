// The registries a corpus declares: organisations (机构) and indicators and hazards (指标).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/ir/lexicon.h"
#include "compiler/ir/quantity.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

/// An organisation: its canonical name as the plans use it, and every alias.
struct Org {
  std::string name;                  ///< 区应急管理局
  std::string full_name;             ///< 济南市济阳区应急管理局
  std::vector<std::string> aliases;  ///< 应急管理部门, 区应急管理部门 …
  std::string type;                  ///< 政府工作部门, 事业单位, 泛指 …
  std::string parent;                ///< canonical name of the organisation above it
  SourceRange range;                 ///< the registry entry
  /// A generic reference (有关部门（单位）, 受灾街道（镇）): recognised, never a duty holder.
  bool generic() const { return type == "泛指"; }
};

/// An indicator that criteria measure, or a hazard that plans cover.
struct Indicator {
  std::string name;
  std::vector<std::string> aliases;
  std::string unit;  ///< as written in the registry: 人, 元, 毫米, ℃, 级, 度, M, %
  Dimension dimension = Dimension::None;
  bool hazard = false;  ///< 类别：灾种
  SourceRange range;
};

/// The organisations of a corpus, found in text by longest match over all aliases.
class OrgRegistry {
 public:
  /// Reads the entries of a 机构 file ('## name' then 'key：value' lines).
  void load(const syntax::Document& document, DiagnosticSink& sink);

  const std::vector<Org>& orgs() const { return orgs_; }
  const Org* find(std::string_view name) const;  ///< by canonical name or alias
  int index_of(std::string_view name) const;     ///< -1 when unknown
  /// The longest organisation name at folded[pos].
  Lexicon::Match match(std::string_view folded, size_t pos) const { return lexicon_.longest(folded, pos); }
  bool empty() const { return orgs_.empty(); }
  /// Whether `lower` sits below `upper` in the parent chain.
  bool is_below(int lower, int upper) const;
  /// Checks that every parent names a registered organisation.
  void validate(DiagnosticSink& sink) const;

 private:
  std::vector<Org> orgs_;
  Lexicon lexicon_;
};

/// The indicators and hazards of a corpus.
class IndicatorRegistry {
 public:
  /// Reads the entries of a 指标 file.
  void load(const syntax::Document& document, DiagnosticSink& sink);
  /// Whether this is planc's built-in vocabulary (builtin_indicators_text()), used where
  /// no 指标 file applies.
  bool builtin() const { return builtin_; }
  void set_builtin() { builtin_ = true; }

  const std::vector<Indicator>& indicators() const { return indicators_; }
  const Indicator* find(std::string_view name) const;
  int index_of(std::string_view name) const;
  /// The longest indicator alias at folded[pos] (hazards excluded).
  Lexicon::Match match_indicator(std::string_view folded, size_t pos) const {
    return indicator_lexicon_.longest(folded, pos);
  }
  /// The longest hazard name at folded[pos].
  Lexicon::Match match_hazard(std::string_view folded, size_t pos) const {
    return hazard_lexicon_.longest(folded, pos);
  }
  /// A hazard named in folded text: its indicator and folded byte offsets.
  struct HazardHit {
    int id = -1;
    size_t begin = 0;
    size_t end = 0;
  };
  /// Every hazard folded text names, left to right, longest name first at each place.
  std::vector<HazardHit> hazards_in(std::string_view folded) const;

 private:
  std::vector<Indicator> indicators_;
  Lexicon indicator_lexicon_;
  Lexicon hazard_lexicon_;
  bool builtin_ = false;
};

/// The text of planc's built-in indicator vocabulary (compiler/ir/builtin/indicators.plan).
std::string_view builtin_indicators_text();

/// Splits a 、-separated list (also ，and ,), outside brackets; trims each item.
std::vector<TextSpan> split_list(const TextSpan& text);

}  // namespace planc::ir
