// Writing outputs: atomic replacement that follows symbolic links and keeps permissions,
// and no temporary file left behind by an interrupted run.
#include "compiler/base/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace planc {
namespace {

namespace fs = std::filesystem;

class OutputFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("planc-files-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  fs::path dir_;
};

TEST_F(OutputFiles, ALinkIsFollowedAndPermissionsKept) {
  fs::path real = dir_ / "real.txt";
  std::ofstream(real) << "old";
  ASSERT_EQ(::chmod(real.c_str(), 0640), 0);
  fs::path link = dir_ / "link.txt";
  fs::create_symlink(real, link);
  std::string error;
  ASSERT_TRUE(write_file_atomically(link.string(), "new", error)) << error;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(read(real), "new");
  struct stat st;
  ASSERT_EQ(::stat(real.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST_F(OutputFiles, AnInterruptedWriteLeavesNoTemporary) {
  fs::path temporary = dir_ / ".out.txt.XXXXXX";
  std::ofstream(temporary) << "half";
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    PendingTemporary pending(temporary.string());
    std::raise(SIGTERM);
    ::_exit(0);  // not reached: the handler ends the process with the signal
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  EXPECT_FALSE(fs::exists(temporary));
}

}  // namespace
}  // namespace planc
