// `sitrep ingest`, `sitrep events`, `sitrep control` and `sitrep serve`: the store on the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "server/server.h"
#include "sitrep/pipeline.h"

namespace sitrep::cli {

// What runs `serve` with its parsed options: the server itself (sitrep-server), or the exec of it
// (sitrep).
using ServeRunner = std::function<int(const server::ServerOptions&, const PipelineOptions&)>;

// Adds ingest, events, control and serve to `app`, giving ingest the reading and coding options
// through `add_coding_options`; the returned function runs whichever was chosen and gives the exit
// status, or -1 when none of them was.
std::function<int()> AddStoreCommands(CLI::App& app, ReadOptions* read, PipelineOptions* pipeline,
                                      const std::function<void(CLI::App*)>& add_coding_options, ServeRunner serve_runner);

}  // namespace sitrep::cli
