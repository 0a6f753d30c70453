// Prose as written, joined from source lines, with a map back to the source bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/source.h"

namespace planc {

/// The text of a paragraph, cell or heading; any substring maps back to a range.
class TextSpan {
 public:
  TextSpan() = default;
  explicit TextSpan(const SourceFile* file) : file_(file) {}

  /// Appends bytes that stand at source_offset in the file.
  void append(std::string_view text, size_t source_offset);

  const std::string& text() const { return text_; }
  const SourceFile* file() const { return file_; }
  bool empty() const { return text_.empty(); }

  /// The source byte offset of a byte of the text.
  size_t source_offset(size_t text_offset) const;
  /// The source range of the text bytes [begin, end).
  SourceRange range(size_t begin, size_t end) const;
  /// The range of the whole text.
  SourceRange range() const { return range(0, text_.size()); }

  /// A span over a part of this one; it keeps the mapping to the source.
  TextSpan sub(size_t begin, size_t end) const;
  /// The same span with white space trimmed at both ends.
  TextSpan trimmed() const;

 private:
  struct Piece {
    uint32_t text_offset;
    uint32_t source_offset;
  };
  const SourceFile* file_ = nullptr;
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace planc
