// Source files, positions and ranges: every IR node and diagnostic points into these.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace planc {

/// A 1-based line and a 1-based column counted in Unicode code points.
struct Position {
  int line = 0;
  int column = 0;
  bool valid() const { return line > 0; }
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

/// A half-open range [begin, end) inside one source file; end.column is one past the
/// last code point, as in SARIF.
struct SourceRange {
  uint32_t file = 0;  ///< index into the SourceManager; 0 means "no file"
  Position begin;
  Position end;
  bool valid() const { return file != 0 && begin.valid(); }
  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

/// The text of one file, with an index of its line starts.
class SourceFile {
 public:
  SourceFile(uint32_t id, std::string path, std::string text);

  uint32_t id() const { return id_; }
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  /// The position of a byte offset (clamped to the text).
  Position position(size_t offset) const;
  /// The byte offset of a position (clamped to its line).
  size_t offset(Position pos) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line(int line) const;
  /// A range over the bytes [begin, end).
  SourceRange range(size_t begin, size_t end) const;
  /// The range of a whole line.
  SourceRange line_range(int line) const;

 private:
  uint32_t id_;
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
  /// Code points before each 4 KiB block boundary (block_points_[k]: in text_[0, k*kBlock)).
  static constexpr size_t kBlock = 4096;
  std::vector<int> block_points_;
  int points_before(size_t offset) const;
};

/// Owns every file read in one run; ranges refer to files by id.
class SourceManager {
 public:
  /// Adds a file read from disk or built in memory; returns it.
  const SourceFile& add(std::string path, std::string text);
  /// The file with this id, or nullptr for id 0 or an unknown id.
  const SourceFile* file(uint32_t id) const;
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

/// Reads a whole file; returns false and sets error when it cannot.
bool read_file(const std::string& path, std::string& text, std::string& error);

}  // namespace planc
