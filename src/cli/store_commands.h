// `sitrep ingest`, `sitrep events` and `sitrep control`: the store on the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "sitrep/pipeline.h"

namespace sitrep::cli {

// Adds the three subcommands to `app`, giving ingest the reading and coding options through
// `add_coding_options`; the returned function runs whichever was chosen and gives the exit status,
// or -1 when none of them was.
std::function<int()> AddStoreCommands(CLI::App& app, ReadOptions* read, PipelineOptions* pipeline,
                                      const std::function<void(CLI::App*)>& add_coding_options);

}  // namespace sitrep::cli
