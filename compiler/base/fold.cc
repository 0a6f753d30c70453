// Match keys: compatibility and width folding (ICU NFKC) with a map back to the text.
#include "compiler/base/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "compiler/base/utf8.h"

namespace planc {
namespace {

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0; }

// Appends the folded form of one code point.
void fold_code_point(char32_t c, std::string& out) {
  switch (c) {
    case 0x301C:  // 〜 wave dash
    case 0xFF5E:  // ～ full-width tilde
      out.push_back('~');
      return;
    case 0x2212:  // − minus sign
    case 0xFF0D:  // － full-width hyphen-minus
      out.push_back('-');
      return;
    default: break;
  }
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  const icu::Normalizer2* n = nfkc();
  if (n == nullptr || n->isInert(static_cast<UChar32>(c))) {
    utf8::append(out, c);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  if (U_FAILURE(status)) {
    utf8::append(out, c);
    return;
  }
  folded.toUTF8String(out);
}

}  // namespace

Folded fold(std::string_view text, FoldOptions options) {
  Folded result;
  result.text.reserve(text.size());
  result.origin.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = utf8::next(text, i);
    if (options.drop_space && is_space(c)) continue;
    size_t before = result.text.size();
    fold_code_point(c, result.text);
    result.origin.insert(result.origin.end(), result.text.size() - before, static_cast<uint32_t>(start));
  }
  result.origin.push_back(static_cast<uint32_t>(text.size()));
  return result;
}

std::string match_key(std::string_view text, FoldOptions options) { return fold(text, options).text; }

}  // namespace planc
