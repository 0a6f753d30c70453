// Source files, positions and ranges.
#include "compiler/base/source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "compiler/base/utf8.h"

namespace planc {

SourceFile::SourceFile(uint32_t id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

Position SourceFile::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  int column = 1 + utf8::count_code_points(std::string_view(text_).substr(start, offset - start));
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "读取失败";
    return false;
  }
  text = buffer.str();
  return true;
}

}  // namespace planc
