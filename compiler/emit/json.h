// A small streaming JSON writer: deterministic output, UTF-8 passed through.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace planc::emit {

/// Writes JSON with two-space indentation. Keys are written in the order given, so
/// output is byte-for-byte deterministic.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next value inside an object.
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);
  JsonWriter& value(int number);
  JsonWriter& value(long number);
  JsonWriter& value(size_t number) { return value(static_cast<long>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();
  /// A short array of numbers on one line: [12, 1, 12, 30].
  JsonWriter& numbers(std::initializer_list<long> values);

  /// key(name).value(v) in one call.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  /// JSON string escaping of text.
  static std::string escape(std::string_view text);

 private:
  void before_value();
  void newline();

  std::ostream& out_;
  bool pretty_;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace planc::emit
