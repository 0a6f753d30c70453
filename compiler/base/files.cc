// Writing output files so that a failure never leaves half a file behind.
#include "compiler/base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace planc {
namespace {

// The temporary file being written, for the signal handler (a fixed buffer: a handler
// may not allocate).
char pending[4096];
volatile std::sig_atomic_t has_pending = 0;

extern "C" void remove_pending_and_die(int signal) {
  if (has_pending) unlink(pending);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void install_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    // A signal the user's shell ignores (nohup) stays ignored.
    if (std::signal(signal, remove_pending_and_die) == SIG_IGN) std::signal(signal, SIG_IGN);
  }
}

}  // namespace

PendingTemporary::PendingTemporary(const std::string& path) {
  install_handlers();
  if (path.size() >= sizeof pending) return;
  std::memcpy(pending, path.c_str(), path.size() + 1);
  has_pending = 1;
}

PendingTemporary::~PendingTemporary() { has_pending = 0; }

bool write_file_atomically(const std::string& path_given, const std::string& text, std::string& error) {
  // A symbolic link is followed: the file it names is replaced and the link stays.
  std::string path = path_given;
  std::error_code link_error;
  if (std::filesystem::is_symlink(path, link_error)) {
    std::filesystem::path resolved = std::filesystem::weakly_canonical(path, link_error);
    if (!link_error) path = resolved.string();
  }
  // An existing file keeps its permissions; a new one gets 0666 less the umask.
  mode_t mode = 0;
  struct stat existing;
  if (stat(path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  // A temporary file of a unique name in the same directory (so rename stays on one file
  // system), written, flushed to disk, then renamed over the target.
  std::filesystem::path target(path);
  std::filesystem::path directory = target.parent_path();
  if (directory.empty()) directory = ".";
  std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(temporary.data());
  if (fd < 0) {
    error = path + "：无法在 " + directory.string() + " 中创建临时文件（" + os_error(errno) + "）";
    return false;
  }
  PendingTemporary pending_file(temporary);
  auto fail = [&]() {
    error = path + "：" + os_error(errno);
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
  if (fchmod(fd, mode) != 0 || fsync(fd) != 0) return fail();
  int closed = close(fd);
  fd = -1;
  if (closed != 0 || std::rename(temporary.c_str(), path.c_str()) != 0) return fail();
  return true;
}

bool make_directories(const std::string& path, std::string& error) {
  std::error_code code;
  std::filesystem::create_directories(path, code);
  if (code) {
    error = path + "：" + os_error(code.value());
    return false;
  }
  if (!std::filesystem::is_directory(path, code)) {
    error = path + "：不是目录";
    return false;
  }
  return true;
}

std::string os_error(int code) {
  switch (code) {
    case ENOENT: return "没有这个文件或目录";
    case EACCES:
    case EPERM: return "没有权限";
    case ELOOP: return "符号链接层数过多（链接可能成环）";
    case EISDIR: return "这是一个目录，不是文件";
    case ENOTDIR: return "路径中有一段不是目录";
    case ENOSPC: return "磁盘空间不足";
    case EDQUOT: return "超出磁盘配额";
    case EROFS: return "文件系统只读";
    case EEXIST: return "文件已存在";
    case EMFILE:
    case ENFILE: return "打开的文件过多";
    case ENAMETOOLONG: return "文件名过长";
    case EIO: return "输入输出错误";
    case EFBIG: return "文件过大";
    case ENOMEM: return "内存不足";
    case EBUSY: return "设备或资源忙";
    case EXDEV: return "不能跨文件系统移动";
    default: return std::string("系统错误：") + std::strerror(code);
  }
}

}  // namespace planc
