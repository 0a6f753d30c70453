// Writing output files so that a failure never leaves half a file behind.
#include "compiler/base/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace planc {

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error) {
  std::string temporary = path + ".planc-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = path + "：" + std::strerror(errno);
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = path + "：写入失败";
      out.close();
      std::remove(temporary.c_str());
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    error = path + "：" + std::strerror(errno);
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

bool make_directories(const std::string& path, std::string& error) {
  std::error_code code;
  std::filesystem::create_directories(path, code);
  if (code) {
    error = path + "：" + code.message();
    return false;
  }
  if (!std::filesystem::is_directory(path, code)) {
    error = path + "：不是目录";
    return false;
  }
  return true;
}

}  // namespace planc
