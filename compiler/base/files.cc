// Writing output files so that a failure never leaves half a file behind.
#include "compiler/base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace planc {

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error) {
  // A temporary file of a unique name in the same directory (so rename stays on one file
  // system), written, flushed to disk, then renamed over the target.
  std::filesystem::path target(path);
  std::filesystem::path directory = target.parent_path();
  if (directory.empty()) directory = ".";
  std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(temporary.data());
  if (fd < 0) {
    error = path + "：无法在 " + directory.string() + " 中创建临时文件（" + std::strerror(errno) + "）";
    return false;
  }
  auto fail = [&]() {
    error = path + "：" + std::strerror(errno);
    if (fd >= 0) close(fd);
    unlink(temporary.c_str());
    return false;
  };
  for (size_t written = 0; written < text.size();) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail();
    written += static_cast<size_t>(n);
  }
  if (fchmod(fd, 0644) != 0 || fsync(fd) != 0) return fail();
  int closed = close(fd);
  fd = -1;
  if (closed != 0 || std::rename(temporary.c_str(), path.c_str()) != 0) return fail();
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
