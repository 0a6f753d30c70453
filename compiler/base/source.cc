// Source files, positions and ranges.
#include "compiler/base/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "compiler/base/files.h"
#include "compiler/base/limits.h"
#include "compiler/base/utf8.h"

namespace planc {

SourceFile::SourceFile(uint32_t id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  block_points_.push_back(0);
  int points = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++points;
    if ((i + 1) % kBlock == 0) block_points_.push_back(points);
  }
}

int SourceFile::points_before(size_t offset) const {
  size_t block = offset / kBlock;
  return block_points_[block] +
         utf8::count_code_points(std::string_view(text_).substr(block * kBlock, offset - block * kBlock));
}

Position SourceFile::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  // Counted from the line start on an ordinary line; on a long one from the 4 KiB
  // checkpoints, so that a finding on a line of 200,000 characters costs at most two
  // blocks and many findings stay linear.
  std::string_view before = std::string_view(text_).substr(start, offset - start);
  int column = 1 + (before.size() <= 2 * kBlock ? utf8::count_code_points(before)
                                                : points_before(offset) - points_before(start));
  return {static_cast<int>(line_index) + 1, column};
}

size_t SourceFile::offset(Position pos) const {
  if (pos.line < 1) return 0;
  if (pos.line > line_count()) return text_.size();
  std::string_view text = line(pos.line);
  size_t start = line_starts_[pos.line - 1];
  return start + utf8::byte_offset_of_code_point(text, pos.column - 1);
}

std::string_view SourceFile::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] : text_.size();
  std::string_view view(text_.data() + start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

SourceRange SourceFile::range(size_t begin, size_t end) const {
  return {id_, position(begin), position(std::max(begin, end))};
}

SourceRange SourceFile::line_range(int line_no) const {
  std::string_view text = line(line_no);
  int columns = utf8::count_code_points(text);
  return {id_, {line_no, 1}, {line_no, columns + 1}};
}

const SourceFile& SourceManager::add(std::string path, std::string text) {
  uint32_t id = static_cast<uint32_t>(files_.size()) + 1;
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return *files_.back();
}

const SourceFile* SourceManager::file(uint32_t id) const {
  if (id == 0 || id > files_.size()) return nullptr;
  return files_[id - 1].get();
}

bool read_file(const std::string& path, std::string& text, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = os_error(errno);
    return false;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    error = S_ISDIR(info.st_mode) ? os_error(EISDIR) : os_error(errno);
    ::close(fd);
    return false;
  }
  if (info.st_size > static_cast<off_t>(kMaxFileBytes)) {
    error = "文件过大（" + std::to_string(info.st_size / (1024 * 1024)) + " MiB）：planc 读取的文件不超过 " +
            std::to_string(kMaxFileBytes / (1024 * 1024)) + " MiB";
    ::close(fd);
    return false;
  }
  std::string result;
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = os_error(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    result.append(buffer, static_cast<size_t>(n));
    if (result.size() > kMaxFileBytes) {
      error = "文件过大：planc 读取的文件不超过 " + std::to_string(kMaxFileBytes / (1024 * 1024)) + " MiB";
      ::close(fd);
      return false;
    }
  }
  ::close(fd);
  text = std::move(result);
  return true;
}

}  // namespace planc
