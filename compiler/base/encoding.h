// What a file that is not UTF-8 text most likely is: another text encoding (ICU's charset
// detector) or a binary document format, for a diagnostic that says how to convert it.
#pragma once

#include <string>
#include <string_view>

namespace planc {

/// A sentence naming what the bytes look like and how to make a .plan of them:
/// "看来是 GB18030（GBK）编码的文本：…", "这是 DOCX 文档（zip 压缩包）…". Empty when
/// nothing can be told.
std::string describe_non_utf8(std::string_view bytes);

}  // namespace planc
