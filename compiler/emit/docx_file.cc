// The .docx container: the zip archive (libzip), built in memory, and the atomic write.
#include "compiler/emit/docx.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

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
  if (!build(document, bytes, error)) return false;
  std::filesystem::path target(path);
  std::filesystem::path directory = target.parent_path();
  if (directory.empty()) directory = ".";
  std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(temporary.data());
  if (fd < 0) {
    error = "无法在目录 " + directory.string() + " 中创建临时文件：" + std::strerror(errno);
    return false;
  }
  auto fail = [&](const std::string& what) {
    error = what + "：" + std::strerror(errno);
    if (fd >= 0) close(fd);
    unlink(temporary.c_str());
    return false;
  };
  for (size_t written = 0; written < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail("无法写入 " + temporary);
    written += static_cast<size_t>(n);
  }
  if (fchmod(fd, 0644) != 0 || fsync(fd) != 0) return fail("无法写入 " + temporary);
  int closed = close(fd);
  fd = -1;
  if (closed != 0) return fail("无法写入 " + temporary);
  if (std::rename(temporary.c_str(), path.c_str()) != 0) return fail("无法将文件改名为 " + path);
  return true;
}

}  // namespace planc::emit::docx
