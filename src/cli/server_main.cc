// sitrep-server: what `sitrep serve` becomes (cli/serve.h), given the same arguments. Only it links
// the HTTP server.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/serve.h"
#include "cli/store_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep-server: sitrep's HTTP server, run as `sitrep serve` (see sitrep serve --help)"};
  app.require_subcommand(1);
  sitrep::ReadOptions read;
  sitrep::PipelineOptions pipeline;
  auto run = sitrep::cli::AddStoreCommands(app, &read, &pipeline, [](CLI::App*) {}, sitrep::cli::RunServer);
  CLI11_PARSE(app, argc, argv);
  if (!app.got_subcommand("serve")) {
    std::cerr << "sitrep-server runs only `serve`: use sitrep for the other commands\n";
    return 2;
  }
  return run();
}
