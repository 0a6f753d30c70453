// Linking: citations and superiors resolved across the corpus and the external registry.
#pragma once

#include "compiler/base/diagnostic.h"
#include "compiler/corpus/corpus.h"

namespace planc::corpus {

/// Resolves every plan's citations (《…》) against the plans of the corpus and the
/// external documents registry that applies to it, by exact title (a plan of the corpus
/// wins over a registered document with the same title); a citation that
/// misses only by a bracketed suffix (（试行）) or an issuer prefix (国务院办公厅,
/// 中华人民共和国) records the title it nearly is. Resolves the front matter's 上位 to
/// plans or external documents. Look-ups are hash probes on normalised keys, so linking
/// is linear in the number of citations.
void link(Corpus& corpus);

/// Reports what linking found wrong: two plans of one title, a plan naming itself as its
/// superior, and chains of superiors that come back to a plan.
void report_links(const Corpus& corpus, DiagnosticSink& sink);

}  // namespace planc::corpus
