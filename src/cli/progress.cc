#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace sitrep::cli {

namespace fs = std::filesystem;

namespace {

bool IsJsonLines(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson" || ext == ".json";
}

size_t CountLines(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  size_t lines = 0;
  char buf[1 << 16];
  char last = '\n';
  while (in.read(buf, sizeof buf) || in.gcount()) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) lines += buf[i] == '\n';
    last = buf[in.gcount() - 1];
  }
  return lines + (last != '\n');
}

size_t CountIn(const fs::path& p) {
  std::error_code ec;
  if (!fs::is_directory(p, ec)) return IsJsonLines(p) ? CountLines(p) : 1;
  size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_directory(ec)) n += IsJsonLines(it->path()) ? CountLines(it->path()) : 1;
  }
  return n;
}

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

size_t CountDocuments(const std::vector<std::string>& paths) {
  size_t n = 0;
  for (const auto& path : paths) {
    if (path == "-") return 0;
    n += CountIn(path);
  }
  return n;
}

Progress::Progress(bool enabled, size_t total)
    : enabled_(enabled),
      terminal_(isatty(STDERR_FILENO)),
      total_(total),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Update(size_t done, const std::string& detail) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::seconds(1) && done != total_) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? done / elapsed : 0;
  std::string line = "sitrep: " + std::to_string(done);
  if (total_) line += "/" + std::to_string(total_) + " (" + std::to_string(done * 100 / total_) + "%)";
  char buf[32];
  std::snprintf(buf, sizeof buf, " documents, %.1f/s", rate);
  line += buf;
  if (total_ && rate > 0 && done < total_) line += ", " + Duration((total_ - done) / rate) + " left";
  // On a terminal the line is redrawn in place; in a log each update is a line of its own.
  if (terminal_) std::cerr << "\r" << line << "; " << detail << "\x1b[K" << std::flush;
  else std::cerr << line << "; " << detail << "\n";
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_ && terminal_) std::cerr << "\n";
}

bool AllPathsExist(const std::vector<std::string>& paths) {
  bool all = true;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path == "-" || fs::exists(fs::symlink_status(path, ec))) continue;
    std::cerr << "sitrep: " << path << ": no such file or directory\n";
    all = false;
  }
  return all;
}

}  // namespace sitrep::cli
