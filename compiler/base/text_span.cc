// Prose as written, joined from source lines, with a map back to the source bytes.
#include "compiler/base/text_span.h"

#include <algorithm>

namespace planc {

void TextSpan::append(std::string_view text, size_t source_offset) {
  if (text.empty()) return;
  pieces_.push_back({static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(source_offset)});
  text_.append(text);
}

size_t TextSpan::source_offset(size_t text_offset) const {
  if (pieces_.empty()) return 0;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                             [](size_t offset, const Piece& piece) { return offset < piece.text_offset; });
  if (it != pieces_.begin()) --it;
  return it->source_offset + (text_offset - it->text_offset);
}

SourceRange TextSpan::range(size_t begin, size_t end) const {
  if (file_ == nullptr) return {};
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  Position first = file_->position(source_offset(begin));
  if (end == begin) return {file_->id(), first, first};
  // The end is one past the last code point: map the last byte back to the start of
  // its character, so a range ending at a line join does not spill onto the next line.
  size_t last = source_offset(end - 1);
  while (last > 0 && (static_cast<unsigned char>(file_->text()[last]) & 0xC0) == 0x80) --last;
  Position after = file_->position(last);
  after.column += 1;
  return {file_->id(), first, after};
}

TextSpan TextSpan::sub(size_t begin, size_t end) const {
  TextSpan result(file_);
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  size_t offset = begin;
  while (offset < end) {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                               [](size_t o, const Piece& piece) { return o < piece.text_offset; });
    size_t piece_end = it == pieces_.end() ? text_.size() : it->text_offset;
    size_t stop = std::min(end, piece_end);
    result.append(std::string_view(text_).substr(offset, stop - offset), source_offset(offset));
    offset = stop;
  }
  return result;
}

TextSpan TextSpan::trimmed() const {
  size_t begin = 0;
  size_t end = text_.size();
  auto space_at = [&](size_t i) { return text_[i] == ' ' || text_[i] == '\t'; };
  while (begin < end && space_at(begin)) ++begin;
  while (end > begin && space_at(end - 1)) --end;
  // Ideographic space U+3000 (E3 80 80) at either end.
  while (end - begin >= 3 && text_.compare(begin, 3, "\xE3\x80\x80") == 0) begin += 3;
  while (end - begin >= 3 && text_.compare(end - 3, 3, "\xE3\x80\x80") == 0) end -= 3;
  return sub(begin, end);
}

}  // namespace planc
