// What a file that is not UTF-8 text most likely is.
#include "compiler/base/encoding.h"

#include <unicode/ucsdet.h>

#include <memory>

namespace planc {
namespace {

bool starts_with_bytes(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

// ICU's best guess at the text encoding, with its confidence (0–100); "" when none.
std::string detect_charset(std::string_view bytes, int& confidence) {
  confidence = 0;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return {};
  // The detector reads at most the first 64 KiB: enough to tell, and bounded.
  std::string_view sample = bytes.substr(0, 64 * 1024);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  return U_FAILURE(status) || name == nullptr ? std::string() : std::string(name);
}

}  // namespace

std::string describe_non_utf8(std::string_view bytes) {
  if (starts_with_bytes(bytes, "PK\x03\x04")) {
    return "这是 zip 压缩包（DOCX、WPS 或 OFD 文档即为此格式），不是 .plan 文本：请把正文另存为 UTF-8 文本后再按 "
           "docs/language.md 标注";
  }
  if (starts_with_bytes(bytes, "%PDF")) return "这是 PDF 文档，不是 .plan 文本：请先把正文转为 UTF-8 文本";
  if (starts_with_bytes(bytes, std::string_view("\xD0\xCF\x11\xE0", 4))) {
    return "这是旧版 Word（.doc）或 WPS 文档，不是 .plan 文本：请另存为 UTF-8 文本";
  }
  if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF")) {
    return "看来是 UTF-16 编码的文本：请转换为 UTF-8，例如 iconv -f UTF-16 -t UTF-8 原文件 > 新文件.plan";
  }
  int confidence = 0;
  std::string charset = detect_charset(bytes, confidence);
  // Only a confident guess of an encoding Chinese plans come in is worth saying; a UTF-8
  // file with one stray byte gets no guess.
  if (charset.empty() || confidence < 30) return {};
  if (charset == "GB18030" || charset == "GBK" || charset == "GB2312") {
    return "看来是 GB18030（GBK）编码的文本：请转换为 UTF-8，例如 iconv -f GB18030 -t UTF-8 原文件 > 新文件.plan";
  }
  if (charset == "Big5") {
    return "看来是 Big5 编码的文本：请转换为 UTF-8，例如 iconv -f BIG5 -t UTF-8 原文件 > 新文件.plan";
  }
  if (charset.rfind("UTF-16", 0) == 0 || charset.rfind("UTF-32", 0) == 0) {
    return "看来是 " + charset + " 编码的文本：请转换为 UTF-8，例如 iconv -f " + charset +
           " -t UTF-8 原文件 > 新文件.plan";
  }
  return {};
}

}  // namespace planc
