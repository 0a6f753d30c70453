// A small streaming XML writer over libxml2's xmlTextWriter: UTF-8, indented, deterministic.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace planc::emit {

/// Writes one XML document to a stream as it goes (finish() flushes). Elements are
/// indented by two spaces; attributes keep the order given, so output is byte-for-byte
/// deterministic. Characters XML 1.0 does not allow (C0 controls other than tab and
/// newlines, U+FFFE, U+FFFF, malformed UTF-8) are written as U+FFFD.
class XmlWriter {
 public:
  explicit XmlWriter(std::ostream& out);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  /// Opens an element; the first (root) element also declares the namespace given.
  XmlWriter& begin(std::string_view name, std::string_view ns = {});
  XmlWriter& end();
  /// An attribute of the element just opened.
  XmlWriter& attribute(std::string_view name, std::string_view value);
  XmlWriter& attribute(std::string_view name, const char* value) { return attribute(name, std::string_view(value)); }
  XmlWriter& attribute(std::string_view name, const std::string& value) {
    return attribute(name, std::string_view(value));
  }
  XmlWriter& attribute(std::string_view name, long value);
  XmlWriter& attribute(std::string_view name, int value) { return attribute(name, static_cast<long>(value)); }
  /// A number as an xs:decimal: "20", "0.5", "100000000" (never an exponent).
  XmlWriter& attribute(std::string_view name, double value);
  /// "true" or "false".
  XmlWriter& attribute(std::string_view name, bool value);
  /// The attribute only when value is not empty.
  XmlWriter& optional(std::string_view name, std::string_view value);
  /// Character content of the element just opened.
  XmlWriter& text(std::string_view content);
  /// <name>content</name>.
  XmlWriter& element(std::string_view name, std::string_view content);

  /// Closes every open element and flushes the document to the stream; the destructor
  /// does it when finish() was not called.
  void finish();

  /// text with every character XML 1.0 does not allow replaced by U+FFFD.
  static std::string clean(std::string_view text);
  /// value as an xs:decimal literal.
  static std::string decimal(double value);

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::ostream& out_;
};

}  // namespace planc::emit
