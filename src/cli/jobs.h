// --jobs for the commands that code documents: how many threads code them (sitrep/parallel.h).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "sitrep/parallel.h"

namespace sitrep::cli {

inline void AddJobsOption(CLI::App* cmd, unsigned* jobs) {
  *jobs = ParallelCoder::HardwareJobs();
  cmd->add_option("--jobs,-j", *jobs,
                  "Threads that code documents (default: this machine's cores); the output is the same "
                  "for any number, in input order")
      ->capture_default_str()
      ->check([](const std::string& value) {
        bool digits = !value.empty() && value.size() <= 4 && value.find_first_not_of("0123456789") == std::string::npos;
        int n = digits ? std::stoi(value) : 0;
        return n >= 1 && n <= 1024 ? std::string() : "'" + value + "' is not a number of jobs from 1 to 1024";
      });
}

}  // namespace sitrep::cli
