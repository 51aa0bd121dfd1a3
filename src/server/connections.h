// The connections of `sitrep serve`, from accept to close, so that no worker thread ever waits on a
// slow client. One thread reads the request headers of every open connection (each within a
// deadline); a connection goes to a worker only once its headers are all in, and the worker reads
// the body and writes the answer under deadlines of their own. Between requests a kept-alive
// connection waits in the reading thread again, not on a worker.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace sitrep::server {

struct ConnectionLimits {
  size_t threads = 8;                        // requests answered at once
  size_t max_queued = 64;                    // requests with their headers in, waiting for a worker; 503 beyond
  std::chrono::milliseconds header_timeout{10000};   // for a request's headers, from the connection's
                                                     // opening or its previous answer
  std::chrono::milliseconds request_timeout{30000};  // to read a body, and again to write an answer
  size_t max_header_bytes = 16 << 10;        // request line and headers; 431 beyond
  size_t max_requests_per_connection = 100;
  size_t max_open = 512;                     // connections reading headers or idle; more are closed at once
};

class Connections {
 public:
  // Answers the one request at the start of `stream`; `last` asks it to close the connection after.
  // Returns whether the connection may carry another request (false when the request's body was
  // left unread, for one).
  using Handler = std::function<bool(httplib::Stream& stream, bool last)>;
  // Whether a request, by its request line ("GET /v1/health HTTP/1.1"), is served by a thread of
  // its own that the other requests cannot keep busy.
  using Priority = std::function<bool(std::string_view request_line)>;

  Connections(const ConnectionLimits& limits, Handler handler, Priority priority);
  ~Connections();
  Connections(const Connections&) = delete;
  Connections& operator=(const Connections&) = delete;

  // Takes an accepted socket; from the accepting thread, returns at once.
  void Add(int fd);
  // Stops taking requests, closes the connections that have none in, and lets the workers answer
  // those they have until `grace` has passed; then cuts the sockets still in use. Returns how many
  // requests were unfinished then; when any was, a thread computing its answer may still be
  // running, and the process must exit without destroying this.
  size_t Stop(std::chrono::milliseconds grace);
  // Requests refused with 503 because too many waited already.
  size_t refused() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// A request's socket as httplib reads and writes it, with the bytes already read before it and a
// deadline for all reads and one for all writes (each counted from the first).
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int fd, std::string already_read, std::chrono::milliseconds timeout);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return fd_; }

  // The bytes read past the request (a pipelined next one), taken out of the stream.
  std::string TakeUnread();

 private:
  using Clock = std::chrono::steady_clock;
  bool Wait(short events, Clock::time_point deadline) const;

  int fd_;
  std::string buffer_;
  size_t offset_ = 0;
  std::chrono::milliseconds timeout_;
  Clock::time_point read_deadline_;
  mutable Clock::time_point write_deadline_{};  // set by the first write
};

}  // namespace sitrep::server
