// Progress of a long run on stderr: documents done of the total, the rate and the time left.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace sitrep::cli {

// About how many documents `paths` hold, as ReadDocuments reads them: a record per line of JSON
// Lines, one document per other file, directories walked without their hidden entries. 0 when
// unknown (stdin).
size_t CountDocuments(const std::vector<std::string>& paths);

class Progress {
 public:
  // Shown when `enabled`; `total` 0 when unknown.
  Progress(bool enabled, size_t total);
  // After each document: redraws the line at most once a second. `detail` follows the counts.
  void Update(size_t done, const std::string& detail);
  // Ends the line, when one was drawn.
  void Finish();

 private:
  bool enabled_, terminal_;
  size_t total_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// Every path that names nothing (not even a dangling link) reported on stderr; false when any
// does: a mistyped path is a mistake to say before any work, not a document that failed.
bool AllPathsExist(const std::vector<std::string>& paths);

}  // namespace sitrep::cli
