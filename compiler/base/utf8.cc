// UTF-8 helpers: validation (ICU), code point iteration, display width.
#include "compiler/base/utf8.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace planc::utf8 {

char32_t next(std::string_view text, size_t& i) {
  int32_t index = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
  i = static_cast<size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append(std::string& out, char32_t c) {
  uint8_t buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

int count_code_points(std::string_view text) {
  int count = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0) != 0x80) ++count;
  }
  return count;
}

size_t byte_offset_of_code_point(std::string_view text, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < text.size(); ++k) next(text, i);
  return i;
}

size_t find_invalid(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    int32_t index = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
    if (c < 0) return i;
    i = static_cast<size_t>(index);
  }
  return std::string_view::npos;
}

int display_width(char32_t c) {
  if (c == 0) return 0;
  int category = u_charType(static_cast<UChar32>(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK) return 0;
  int width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

int display_width(std::string_view text) {
  int width = 0;
  for (size_t i = 0; i < text.size();) width += display_width(next(text, i));
  return width;
}

bool is_han(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN;
}

}  // namespace planc::utf8
