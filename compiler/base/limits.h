// The limits planc enforces on its input, each with a diagnostic (docs/limits.md).
#pragma once

#include <cstddef>

namespace planc {

/// Blocks (:::) inside blocks: the generated parser recurses once per level.
inline constexpr int kMaxNesting = 64;

/// A table cell's row or column span ({行=N}, {列=N}).
inline constexpr int kMaxSpan = 100;

/// Terminal excerpts: characters of context shown before and after a finding's words,
/// and the most of its words underlined; the rest of a long line is cut with "…".
inline constexpr int kExcerptContext = 40;
inline constexpr int kExcerptSpan = 120;

/// Words of the plan quoted inside a message (an unread sentence): at most this many
/// characters, then "…"; the finding's range covers all of them.
inline constexpr int kQuotedWords = 80;

/// The largest file planc reads. A plan of several hundred pages is about 1 MiB.
inline constexpr size_t kMaxFileBytes = 64u * 1024 * 1024;

}  // namespace planc
