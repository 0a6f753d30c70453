// A small streaming XML writer over libxml2's xmlTextWriter: UTF-8, indented, deterministic.
#include "compiler/emit/xml_writer.h"

#include <libxml/xmlwriter.h>

#include <charconv>
#include <cmath>

#include "compiler/base/utf8.h"

namespace planc::emit {
namespace {

const xmlChar* chars(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// libxml2's output callback: appends to the std::ostream.
int write_to(void* context, const char* bytes, int length) {
  std::ostream& out = *static_cast<std::ostream*>(context);
  out.write(bytes, length);
  return out ? length : -1;
}

bool allowed(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c < 0x20) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

}  // namespace

struct XmlWriter::State {
  xmlTextWriterPtr writer = nullptr;
  int depth = 0;
  bool finished = false;
};

XmlWriter::XmlWriter(std::ostream& out) : state_(std::make_unique<State>()), out_(out) {
  // The writer owns the output buffer, which streams to out.
  xmlOutputBufferPtr output = xmlOutputBufferCreateIO(write_to, nullptr, &out_, nullptr);
  state_->writer = xmlNewTextWriter(output);
  xmlTextWriterSetIndent(state_->writer, 1);
  xmlTextWriterSetIndentString(state_->writer, reinterpret_cast<const xmlChar*>("  "));
  xmlTextWriterStartDocument(state_->writer, "1.0", "UTF-8", nullptr);
}

XmlWriter::~XmlWriter() {
  finish();
  xmlFreeTextWriter(state_->writer);
}

XmlWriter& XmlWriter::begin(std::string_view name, std::string_view ns) {
  xmlTextWriterStartElement(state_->writer, chars(std::string(name)));
  if (!ns.empty()) attribute("xmlns", ns);
  ++state_->depth;
  return *this;
}

XmlWriter& XmlWriter::end() {
  if (state_->depth == 0) return *this;
  xmlTextWriterEndElement(state_->writer);
  --state_->depth;
  return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
  xmlTextWriterWriteAttribute(state_->writer, chars(std::string(name)), chars(clean(value)));
  return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, long value) {
  return attribute(name, std::string_view(std::to_string(value)));
}

XmlWriter& XmlWriter::attribute(std::string_view name, double value) {
  std::string literal = decimal(value);
  if (!literal.empty()) attribute(name, std::string_view(literal));
  return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, bool value) {
  return attribute(name, std::string_view(value ? "true" : "false"));
}

XmlWriter& XmlWriter::optional(std::string_view name, std::string_view value) {
  if (!value.empty()) attribute(name, value);
  return *this;
}

XmlWriter& XmlWriter::text(std::string_view content) {
  xmlTextWriterWriteString(state_->writer, chars(clean(content)));
  return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view content) {
  return begin(name).text(content).end();
}

void XmlWriter::finish() {
  if (state_->finished) return;
  state_->finished = true;
  while (state_->depth > 0) end();
  xmlTextWriterEndDocument(state_->writer);
  xmlTextWriterFlush(state_->writer);
}

std::string XmlWriter::clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = utf8::next(text, i);
    bool malformed = c == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD";
    if (malformed || !allowed(c)) {
      utf8::append(out, 0xFFFD);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string XmlWriter::decimal(double value) {
  if (!std::isfinite(value)) return {};
  if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
  char buffer[400];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, result.ptr);
}

}  // namespace planc::emit
