// Options several commands share.
#pragma once

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdint>
#include <string>

#include "sitrep/parallel.h"

namespace sitrep::cli {

// A check for a count given on the command line, as written: "-1" would otherwise wrap round to
// the largest unsigned value. "" when `value` is a number from `low` to `high`.
inline std::function<std::string(const std::string&)> CountFrom(uint64_t low, uint64_t high, std::string unit) {
  return [=](const std::string& value) {
    uint64_t n = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    bool digits = !value.empty() && value[0] != '-' && value[0] != '+';
    return digits && error == std::errc() && end == value.data() + value.size() && n >= low && n <= high
               ? std::string()
               : "'" + value + "' is not a number of " + unit + " from " + std::to_string(low) + " to " +
                     std::to_string(high);
  };
}

// --jobs for the commands that code documents: how many threads code them (sitrep/parallel.h).
inline void AddJobsOption(CLI::App* cmd, unsigned* jobs) {
  *jobs = ParallelCoder::HardwareJobs();
  cmd->add_option("--jobs,-j", *jobs,
                  "Threads that code documents (default: this machine's cores); the output is the same "
                  "for any number, in input order")
      ->capture_default_str()
      ->check(CountFrom(1, 1024, "jobs"));
}

}  // namespace sitrep::cli
