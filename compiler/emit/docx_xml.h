// A small wrapper over libxml2's xmlTextWriter that builds one XML part in memory.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace planc::emit {

/// Writes one XML document into memory with libxml2 (escaping, UTF-8, well-formedness of
/// what is written). Calls after a failure are ignored; finish() reports it.
class PartWriter {
 public:
  PartWriter();
  ~PartWriter();
  PartWriter(const PartWriter&) = delete;
  PartWriter& operator=(const PartWriter&) = delete;

  /// Opens an element; names carry their prefix ("w:p").
  PartWriter& start(const char* name);
  /// An attribute of the element just opened.
  PartWriter& attr(const char* name, std::string_view value);
  PartWriter& attr(const char* name, long value) { return attr(name, std::to_string(value)); }
  /// Text content; characters XML 1.0 cannot carry (C0 controls but tab, LF, CR) are dropped.
  PartWriter& text(std::string_view text);
  /// Closes the innermost open element.
  PartWriter& end();

  /// <name/> with attributes, in one call.
  PartWriter& leaf(const char* name, std::initializer_list<std::pair<const char*, std::string_view>> attributes = {});
  /// <name w:val="value"/>, the commonest WordprocessingML element.
  PartWriter& val(const char* name, std::string_view value) { return leaf(name, {{"w:val", value}}); }

  /// Closes the document and hands back its bytes; false (with error) if any call failed.
  bool finish(std::string& out, std::string& error);

 private:
  void check(int result, const char* what);

  struct Impl;
  Impl* impl_;
  std::string error_;
};

}  // namespace planc::emit
