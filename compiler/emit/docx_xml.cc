// A small wrapper over libxml2's xmlTextWriter that builds one XML part in memory.
#include "compiler/emit/docx_xml.h"

#include <libxml/xmlwriter.h>

namespace planc::emit {

struct PartWriter::Impl {
  xmlBufferPtr buffer = nullptr;
  xmlTextWriterPtr writer = nullptr;
  bool finished = false;
};

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, not even escaped.
std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    out += c;
  }
  return out;
}

}  // namespace

PartWriter::PartWriter() : impl_(new Impl) {
  impl_->buffer = xmlBufferCreate();
  if (impl_->buffer != nullptr) impl_->writer = xmlNewTextWriterMemory(impl_->buffer, 0);
  if (impl_->writer == nullptr) {
    error_ = "libxml2 could not create an XML writer";
    return;
  }
  check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", "yes"), "start document");
}

PartWriter::~PartWriter() {
  if (impl_->writer != nullptr) xmlFreeTextWriter(impl_->writer);
  if (impl_->buffer != nullptr) xmlBufferFree(impl_->buffer);
  delete impl_;
}

void PartWriter::check(int result, const char* what) {
  if (result < 0 && error_.empty()) error_ = std::string("libxml2 failed to write XML (") + what + ")";
}

PartWriter& PartWriter::start(const char* name) {
  if (error_.empty()) check(xmlTextWriterStartElement(impl_->writer, x(name)), name);
  return *this;
}

PartWriter& PartWriter::attr(const char* name, std::string_view value) {
  if (error_.empty()) {
    std::string safe = xml_safe(value);
    check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(safe.c_str())), name);
  }
  return *this;
}

PartWriter& PartWriter::text(std::string_view text) {
  if (error_.empty()) {
    std::string safe = xml_safe(text);
    check(xmlTextWriterWriteString(impl_->writer, x(safe.c_str())), "text");
  }
  return *this;
}

PartWriter& PartWriter::end() {
  if (error_.empty()) check(xmlTextWriterEndElement(impl_->writer), "end element");
  return *this;
}

PartWriter& PartWriter::leaf(const char* name,
                             std::initializer_list<std::pair<const char*, std::string_view>> attributes) {
  start(name);
  for (const auto& [key, value] : attributes) attr(key, value);
  return end();
}

bool PartWriter::finish(std::string& out, std::string& error) {
  if (error_.empty() && !impl_->finished) {
    check(xmlTextWriterEndDocument(impl_->writer), "end document");
    check(xmlTextWriterFlush(impl_->writer), "flush");
    impl_->finished = true;
  }
  if (!error_.empty()) {
    error = error_;
    return false;
  }
  out.assign(reinterpret_cast<const char*>(xmlBufferContent(impl_->buffer)),
             static_cast<size_t>(xmlBufferLength(impl_->buffer)));
  return true;
}

}  // namespace planc::emit
