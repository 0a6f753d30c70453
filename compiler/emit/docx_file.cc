// The .docx container: the zip archive (libzip), built in memory, and the atomic write.
#include "compiler/emit/docx.h"

#include <zip.h>

#include <cstdio>

#include "compiler/base/files.h"
#include "compiler/emit/docx_parts.h"

namespace planc::emit::docx {

// The zip container, built in memory with libzip. Entries get a fixed time so that the
// same document gives the same bytes.
bool parts::zip(const std::vector<std::pair<const char*, std::string>>& files, std::string& bytes, std::string& error) {
  zip_error_t zerror;
  zip_error_init(&zerror);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zerror);
  zip_t* archive = buffer != nullptr ? zip_open_from_source(buffer, ZIP_TRUNCATE, &zerror) : nullptr;
  if (archive == nullptr) {
    error = std::string("libzip: ") + zip_error_strerror(&zerror);
    zip_error_fini(&zerror);
    if (buffer != nullptr) zip_source_free(buffer);
    return false;
  }
  zip_error_fini(&zerror);
  zip_source_keep(buffer);
  constexpr time_t kTime = 315705600;  // 1980-01-03: the DOS epoch, kept clear of time zones
  for (const auto& [name, data] : files) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t index = source != nullptr ? zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
    } else if (zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kTime, 0) == 0) {
      continue;
    }
    error = std::string("libzip: ") + zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return false;
  }
  if (zip_close(archive) < 0) {
    error = std::string("libzip: ") + zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return false;
  }
  bool ok = zip_source_open(buffer) == 0;
  if (ok) {
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    ok = size >= 0;
    if (ok) {
      bytes.resize(static_cast<size_t>(size));
      ok = zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size)) == size;
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  if (!ok) error = "libzip: cannot read the archive back from memory";
  return ok;
}

bool write(const Document& document, const std::string& path, std::string& error) {
  std::string bytes;
  return build(document, bytes, error) && write_file_atomically(path, bytes, error);
}

}  // namespace planc::emit::docx
