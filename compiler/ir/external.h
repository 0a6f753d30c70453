// The external documents registry (外部文件): laws, regulations and plans a corpus cites
// but does not contain, with their exact titles, versions and the clauses planc uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/base/text_span.h"
#include "compiler/ir/date.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

/// One version of a document: when it was adopted or issued, took effect, was replaced.
/// A date not known stays empty ("未知" in the file).
struct ExternalVersion {
  std::string label;               ///< 2007, 2024 …
  std::optional<Date> adopted;     ///< 通过 / 印发
  std::optional<Date> effective;   ///< 施行
  std::optional<Date> superseded;  ///< 废止 / 被替代
  SourceRange range;
};

/// A requirement a clause states, as data: a content the plans must have and the
/// heading words that show it (e.g. 组织指挥体系与职责 ← 组织体系、指挥体系、指挥部).
struct ContentRequirement {
  std::string content;
  std::vector<std::string> categories;  ///< plan categories it applies to; empty: all
  std::vector<std::string> heading_words;
  SourceRange range;
};

/// A clause whose text planc relies on, verbatim, with where it was read.
struct ExternalClause {
  std::string number;     ///< 第十八条
  std::string version;    ///< the version label the text belongs to
  std::string text;       ///< 原文, verbatim; empty when not confirmed
  TextSpan text_span;     ///< the same, mapped to the registry file
  bool verified = false;  ///< 核实 names where the text was read
  std::vector<ContentRequirement> requirements;
  SourceRange range;
};

struct ExternalDocument {
  std::string title;  ///< exact title, without 《》
  std::vector<std::string> aliases;
  std::string category;  ///< 法律, 行政法规, 地方性法规, 规章, 规范性文件, 预案, 其他
  std::string source;    ///< 核实: where its title and dates were read
  bool verified = false;
  std::vector<ExternalVersion> versions;
  std::vector<ExternalClause> clauses;
  SourceRange range;

  bool is_plan() const { return category == "预案"; }
  /// The version in force on a date (effective on or before it, not yet superseded),
  /// or nullptr when the dates do not say.
  const ExternalVersion* version_on(const Date& date) const;
  const ExternalClause* clause(std::string_view number, std::string_view version = {}) const;
};

class ExternalRegistry {
 public:
  /// Reads the entries of a 外部文件 file: '## title' then key：value lines, a versions
  /// table, and '### 第N条' clauses. 发布机关, 制定机关, 层级, 上位 and the versions'
  /// 文号 are accepted for the reader of the file and not kept.
  void load(const syntax::Document& document, DiagnosticSink& sink);

  const std::vector<ExternalDocument>& documents() const { return documents_; }
  bool empty() const { return documents_.empty(); }

 private:
  std::vector<ExternalDocument> documents_;
};

}  // namespace planc::ir
