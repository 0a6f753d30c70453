// UTF-8 helpers: validation (ICU), code point iteration, display width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace planc::utf8 {

/// Decodes the code point at text[i] and advances i past it; returns U+FFFD for a
/// malformed sequence (and advances one byte).
char32_t next(std::string_view text, size_t& i);

/// Appends the UTF-8 encoding of c.
void append(std::string& out, char32_t c);

/// Number of code points in valid UTF-8 text.
int count_code_points(std::string_view text);

/// Byte offset of the n-th code point (0-based); text.size() when n is past the end.
size_t byte_offset_of_code_point(std::string_view text, int n);

/// Byte offset of the first ill-formed sequence, or npos when the text is valid UTF-8.
/// Uses ICU's U8_NEXT, which rejects overlong forms, surrogates and truncations.
size_t find_invalid(std::string_view text);

/// Columns a terminal gives the code point: 2 for East Asian wide and full-width
/// characters (Han, full-width punctuation), 0 for combining marks, else 1.
int display_width(char32_t c);

/// Display width of a string.
int display_width(std::string_view text);

/// True for CJK ideographs (the Han script).
bool is_han(char32_t c);

}  // namespace planc::utf8
