// Helpers for tests: a temporary folder per test, files written into it, and
// running the real `lanyard` binary.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lanyard::testing {

// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes bytes to path()/rel, creating folders.
  void write(const std::string& rel, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs the lanyard binary with args (no shell), with extra environment entries.
RunResult run_lanyard(const std::vector<std::string>& args,
                      const std::vector<std::string>& env = {});

// A TCP port on 127.0.0.1 that was free a moment ago (for servers a test starts).
int free_port();

// ../shared/corpora when present (LANYARD_SHARED or the source tree's sibling).
std::optional<std::filesystem::path> shared_corpora();

}  // namespace lanyard::testing
