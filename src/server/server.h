// `sitrep serve`: the store and the coder over HTTP (JSON), and the map page. docs/API.md.
#pragma once

#include <memory>
#include <string>

#include "sitrep/pipeline.h"
#include "sitrep/status.h"

namespace sitrep::server {

struct ServerOptions {
  std::string db = "sitrep.db";  // a SQLite file or a postgresql:// URL
  std::string host = "127.0.0.1";
  int port = 8080;               // 1 to 65535; 0: any free port (Server::port() tells which)
  std::string web_dir;           // the map page; "" finds it (beside the executable, then installed)
  PipelineOptions pipeline;
  size_t threads = 8;                     // requests answered at once, besides /v1/health's own thread
  size_t max_queued = 64;                 // requests waiting for a thread; more are refused with 503
  size_t max_body_bytes = 2u << 20;       // a larger request is refused with 413, before its body is read
  int timeout_seconds = 30;               // to read a request's body, and again to write its answer
  int header_timeout_seconds = 10;        // for a request's headers, from the connection's opening or
                                          // its previous answer (they are read by no request thread)
  int stop_timeout_seconds = 10;          // on Stop(), for the requests under way to finish
  size_t max_page = 1000;                 // the largest `limit` of GET /v1/events
  // Writes (POST /v1/documents) need `Authorization: Bearer <token>`. Without a token the server
  // takes no writes, unless it listens on loopback and `allow_unauthenticated_writes` says so.
  std::string token;
  bool allow_unauthenticated_writes = false;
};
class Server {
 public:
  // Checks the options, opens the store (creating its schema) and a pipeline, and binds the port;
  // fails with a Status naming what.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);
  virtual ~Server() = default;
  virtual int port() const = 0;
  // Serves until Stop() is called (from a signal handler's thread or another thread), then answers
  // the requests under way for up to `stop_timeout_seconds`. Fails when some were still unfinished:
  // their threads may still run, and the process must then exit without destroying the server.
  virtual Status Run() = 0;
  virtual void Stop() = 0;
};

// Where the map page is: `given`, else $SITREP_WEB, else web/ beside the executable, else the
// installed data directory.
std::string FindWebDir(const std::string& given);

}  // namespace sitrep::server
