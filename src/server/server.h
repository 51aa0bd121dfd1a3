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
  int port = 8080;               // 0: any free port (Server::port() tells which)
  std::string web_dir;           // the map page; "" finds it (beside the executable, then installed)
  PipelineOptions pipeline;
  size_t threads = 8;                     // connections served at once (a kept-alive one holds its thread)
  size_t max_queued = 64;                 // waiting beyond the threads; more are refused with 503
  size_t max_body_bytes = 2u << 20;       // a larger request is refused with 413
  int timeout_seconds = 30;               // to read a request or write a response
  size_t max_page = 1000;                 // the largest `limit` of GET /v1/events
};

class Server {
 public:
  // Opens the store (creating its schema) and binds the port; fails with a Status naming what.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);
  virtual ~Server() = default;
  virtual int port() const = 0;
  // Serves until Stop() is called (from a signal handler's thread or another thread).
  virtual Status Run() = 0;
  virtual void Stop() = 0;
};

// Where the map page is: `given`, else $SITREP_WEB, else web/ beside the executable, else the
// installed data directory.
std::string FindWebDir(const std::string& given);

}  // namespace sitrep::server
