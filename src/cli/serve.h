// `sitrep serve`. The HTTP server lives in an executable of its own, sitrep-server, which `sitrep
// serve` becomes (exec): cpp-httplib and libpq bring OpenSSL, Kerberos and LDAP, whose loading
// cost every other command a few milliseconds at start.
#pragma once

#include "server/server.h"
#include "sitrep/pipeline.h"

namespace sitrep::cli {

inline constexpr const char* kServerExecutable = "sitrep-server";

// Serves until SIGINT or SIGTERM; the exit status.
int RunServer(server::ServerOptions options, const PipelineOptions& pipeline);

}  // namespace sitrep::cli
