// Writing output files so that a failure never leaves half a file behind.
#pragma once

#include <string>

namespace planc {

/// Writes text to path atomically: a temporary file beside it, renamed into place. A
/// symbolic link at path is followed (the file it points to is replaced, the link
/// stays); an existing file keeps its permissions. Returns false and sets error (in
/// words, with the path) on failure.
bool write_file_atomically(const std::string& path, const std::string& text, std::string& error);

/// A temporary file being written: while one exists, SIGINT, SIGTERM and SIGHUP remove
/// it before planc ends, so an interrupted run leaves no ".NAME.XXXXXX" behind. One at a
/// time (planc writes its outputs one after another).
class PendingTemporary {
 public:
  explicit PendingTemporary(const std::string& path);
  ~PendingTemporary();
  PendingTemporary(const PendingTemporary&) = delete;
  PendingTemporary& operator=(const PendingTemporary&) = delete;
};

/// Creates a directory and its parents; returns false and sets error on failure.
bool make_directories(const std::string& path, std::string& error);

/// An operating-system error (errno) in Chinese words: "没有读取权限", "磁盘空间不足".
/// Errors without a Chinese wording keep the system's words after a Chinese lead.
std::string os_error(int code);

}  // namespace planc
