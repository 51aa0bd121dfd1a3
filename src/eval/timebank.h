// Scores the temporal tagger on TimeML files (French TimeBank): extents strict and relaxed, and
// values, against the gold TIMEX3 tags anchored on each document's creation time.
#pragma once

#include <ostream>
#include <string>

#include "sitrep/pipeline.h"
#include "sitrep/status.h"

namespace sitrep::eval {

struct TimebankScore {
  size_t documents = 0, gold = 0, system = 0, strict = 0, relaxed = 0, values = 0;
  double strict_f1() const { return F1(strict); }
  double relaxed_f1() const { return F1(relaxed); }
  double value_f1() const { return F1(values); }

 private:
  double F1(size_t matched) const {
    if (!gold || !system || !matched) return 0;
    double p = static_cast<double>(matched) / system, r = static_cast<double>(matched) / gold;
    return 2 * p * r / (p + r);
  }
};

// Reads every *.tml file under `dir`; with `details`, writes each miss and wrong value there.
Result<TimebankScore> EvalTimebank(const std::string& dir, const PipelineOptions& options, std::ostream* details);

}  // namespace sitrep::eval
