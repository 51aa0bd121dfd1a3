#include "server/connections.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <vector>

namespace sitrep::server {

namespace {

using Clock = std::chrono::steady_clock;

// How long a connection answered before its request was read through (a refusal, an error) keeps
// being read, its bytes dropped, so that closing it does not reset it before the client has read
// the answer.
constexpr std::chrono::milliseconds kLinger{2000};

// A complete answer for a request no worker reads: refusals decided on the request line alone.
std::string CannedAnswer(int status, const char* reason, const std::string& message) {
  std::string body = nlohmann::json{{"error", message}}.dump();
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                     "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                     std::to_string(body.size()) + "\r\n";
  if (status == 503) head += "Retry-After: 1\r\n";
  return head + "\r\n" + body;
}

// An HTTP request starts with a method of capital letters and a space; a TLS hello (0x16) or other
// protocols do not, and are refused on their first bytes.
bool LooksLikeHttp(std::string_view bytes) {
  constexpr size_t kLongestMethod = 16;
  for (size_t i = 0; i < bytes.size() && i <= kLongestMethod; ++i) {
    if (bytes[i] == ' ') return i > 0;
    if (bytes[i] < 'A' || bytes[i] > 'Z') return false;
  }
  return bytes.size() <= kLongestMethod;
}

struct Connection {
  int fd;
  std::string pending;           // received, not yet parsed: the start of the next request
  Clock::time_point deadline;    // for the rest of the next request's headers, or for lingering
  size_t served = 0;
  bool lingering = false;        // answered and closing: what the client still sends is dropped
};

}  // namespace

class Connections::Impl {
 public:
  Impl(const ConnectionLimits& limits, Handler handler, Priority priority)
      : limits_(limits), handler_(std::move(handler)), priority_(std::move(priority)) {
    wake_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    reader_ = std::thread([this] { ReadHeaders(); });
    for (size_t i = 0; i < limits_.threads; ++i) workers_.emplace_back([this] { Work(&ready_, &idle_); });
    workers_.emplace_back([this] { Work(&priority_ready_, &priority_idle_); });
  }

  ~Impl() {
    if (!stopped_) Stop(std::chrono::milliseconds(0));
    for (auto& t : workers_)
      if (t.joinable()) t.join();
    ::close(wake_);
  }

  void Add(int fd) {
    if (open_.fetch_add(1) >= limits_.max_open) {
      Send(fd, CannedAnswer(503, "Service Unavailable", "server busy: too many connections open, retry shortly"));
      refused_.fetch_add(1);
      Close(fd);
      return;
    }
    auto conn = std::make_unique<Connection>();
    conn->fd = fd;
    conn->deadline = Clock::now() + limits_.header_timeout;
    Hand(std::move(conn));
  }

  size_t Stop(std::chrono::milliseconds grace) {
    stopped_ = true;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    Wake();
    work_cv_.notify_all();
    if (reader_.joinable()) reader_.join();
    std::unique_lock<std::mutex> lock(mutex_);
    auto drained = [&] { return ready_.empty() && priority_ready_.empty() && active_.empty(); };
    size_t unfinished = 0;
    if (!done_cv_.wait_for(lock, grace, drained)) {
      // Past the grace period: cut the sockets, which ends the workers that wait on a client; a
      // worker still computing an answer cannot be cut short.
      unfinished = active_.size();
      for (int fd : active_) ::shutdown(fd, SHUT_RDWR);
      for (auto* queue : {&ready_, &priority_ready_}) {
        for (auto& conn : *queue) ::close(conn->fd);  // counted out of open_ when queued
        unfinished += queue->size();
        queue->clear();
      }
      done_cv_.wait_for(lock, std::chrono::seconds(1), drained);
    }
    bool stuck = !active_.empty();
    lock.unlock();
    for (auto& t : workers_) stuck ? t.detach() : t.join();
    return unfinished;
  }

  size_t refused() const { return refused_.load(); }

 private:
  // The reading thread: every connection without a complete request waits here.
  void ReadHeaders() {
    std::vector<std::unique_ptr<Connection>> reading;
    std::vector<pollfd> polled;
    while (true) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_) break;
        for (auto& conn : handed_) reading.push_back(std::move(conn));
        handed_.clear();
      }
      // A pipelined request may have come in whole with the previous one.
      std::erase_if(reading, [&](std::unique_ptr<Connection>& conn) { return !conn->lingering && Advance(conn); });
      polled.assign(1, pollfd{wake_, POLLIN, 0});
      Clock::time_point next = Clock::time_point::max();
      for (auto& conn : reading) {
        polled.push_back(pollfd{conn->fd, POLLIN, 0});
        next = std::min(next, conn->deadline);
      }
      int wait_ms = -1;
      if (next != Clock::time_point::max())
        wait_ms = static_cast<int>(std::max<int64_t>(
            0, std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now()).count()));
      if (::poll(polled.data(), polled.size(), wait_ms) < 0 && errno != EINTR) break;
      if (polled[0].revents) {
        uint64_t count;
        [[maybe_unused]] ssize_t n = ::read(wake_, &count, sizeof count);
      }
      auto now = Clock::now();
      size_t i = 1;
      std::erase_if(reading, [&](std::unique_ptr<Connection>& conn) {
        short revents = polled[i++].revents;
        if (revents) return Receive(conn);
        if (now < conn->deadline) return false;
        if (!conn->lingering && !conn->pending.empty())
          Refuse(conn, 408, "Request Timeout", "the request's headers did not arrive in time");
        else
          Close(conn->fd);
        return true;
      });
    }
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& conn : reading) Close(conn->fd);
    for (auto& conn : handed_) Close(conn->fd);
    handed_.clear();
  }

  // Reads what a connection sent; true when it left the reading thread (closed or to a worker).
  bool Receive(std::unique_ptr<Connection>& conn) {
    char buffer[4096];
    ssize_t n = ::recv(conn->fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return false;
    if (n <= 0) return Close(conn->fd), true;
    if (conn->lingering) return false;
    conn->pending.append(buffer, static_cast<size_t>(n));
    if (!LooksLikeHttp(conn->pending)) return Refuse(conn, 400, "Bad Request", "not an HTTP request"), true;
    return Advance(conn);
  }

  // Hands a connection whose request headers are all in to a worker; true when it left.
  bool Advance(std::unique_ptr<Connection>& conn) {
    if (conn->pending.find("\r\n\r\n") == std::string::npos) {
      if (conn->pending.size() <= limits_.max_header_bytes) return false;
      Refuse(conn, 431, "Request Header Fields Too Large",
             "request line and headers over " + std::to_string(limits_.max_header_bytes) + " bytes");
      return true;
    }
    std::string_view line(conn->pending.data(), conn->pending.find("\r\n"));
    bool priority = priority_(line);
    std::unique_lock<std::mutex> lock(mutex_);
    auto& queue = priority ? priority_ready_ : ready_;
    size_t idle = priority ? priority_idle_ : idle_;
    if (queue.size() >= limits_.max_queued + idle) {
      lock.unlock();
      refused_.fetch_add(1);
      Refuse(conn, 503, "Service Unavailable", "server busy: too many requests at once, retry shortly");
      return true;
    }
    open_.fetch_sub(1);
    queue.push_back(std::move(conn));
    work_cv_.notify_all();
    return true;
  }

  // Answers a request that no worker will read, and lingers before closing.
  void Refuse(std::unique_ptr<Connection>& conn, int status, const char* reason, const std::string& message) {
    Send(conn->fd, CannedAnswer(status, reason, message));
    Linger(std::move(conn));
  }

  void Work(std::deque<std::unique_ptr<Connection>>* queue, size_t* idle) {
    while (true) {
      std::unique_ptr<Connection> conn;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ++*idle;
        work_cv_.wait(lock, [&] { return !queue->empty() || stopping_; });
        --*idle;
        if (queue->empty()) return;
        conn = std::move(queue->front());
        queue->pop_front();
        active_.insert(conn->fd);
      }
      bool last = stopping_ || conn->served + 1 >= limits_.max_requests_per_connection;
      DeadlineStream stream(conn->fd, std::move(conn->pending), limits_.request_timeout);
      bool keep = handler_(stream, last) && !last;
      conn->served++;
      conn->pending = stream.TakeUnread();
      {
        std::lock_guard<std::mutex> lock(mutex_);
        active_.erase(conn->fd);
      }
      done_cv_.notify_all();
      open_.fetch_add(1);
      if (keep) {
        conn->deadline = Clock::now() + limits_.header_timeout;
        Hand(std::move(conn));
      } else {
        Linger(std::move(conn));
      }
    }
  }

  // Closes the connection for writing and reads what the client still sends for a while, so that
  // its unread bytes do not make the close a reset that loses the answer.
  void Linger(std::unique_ptr<Connection> conn) {
    ::shutdown(conn->fd, SHUT_WR);
    conn->lingering = true;
    conn->pending.clear();
    conn->deadline = Clock::now() + kLinger;
    Hand(std::move(conn));
  }

  // Gives a connection to the reading thread (or closes it when the server stops).
  void Hand(std::unique_ptr<Connection> conn) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!stopping_) {
        handed_.push_back(std::move(conn));
        conn = nullptr;
      }
    }
    if (conn) Close(conn->fd);
    Wake();
  }

  void Close(int fd) {
    ::close(fd);
    open_.fetch_sub(1);
  }

  static void Send(int fd, const std::string& bytes) {
    // Small enough for an empty socket buffer: a client that reads nothing cannot hold the thread.
    [[maybe_unused]] ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
  }

  void Wake() {
    uint64_t one = 1;
    [[maybe_unused]] ssize_t n = ::write(wake_, &one, sizeof one);
  }

  const ConnectionLimits limits_;
  const Handler handler_;
  const Priority priority_;
  int wake_ = -1;
  std::thread reader_;
  std::vector<std::thread> workers_;
  std::atomic<size_t> open_{0};  // connections with the reading thread or on their way to it
  std::atomic<size_t> refused_{0};
  std::atomic<bool> stopped_{false};
  std::atomic<bool> stopping_{false};  // set under mutex_, for the condition variables

  std::mutex mutex_;  // guards what follows
  std::condition_variable work_cv_, done_cv_;
  std::vector<std::unique_ptr<Connection>> handed_;  // to the reading thread
  std::deque<std::unique_ptr<Connection>> ready_, priority_ready_;
  size_t idle_ = 0, priority_idle_ = 0;
  std::set<int> active_;  // sockets a worker is answering
};

Connections::Connections(const ConnectionLimits& limits, Handler handler, Priority priority)
    : impl_(std::make_unique<Impl>(limits, std::move(handler), std::move(priority))) {}
Connections::~Connections() = default;
void Connections::Add(int fd) { impl_->Add(fd); }
size_t Connections::Stop(std::chrono::milliseconds grace) { return impl_->Stop(grace); }
size_t Connections::refused() const { return impl_->refused(); }

// ---- DeadlineStream ---------------------------------------------------------------------------

DeadlineStream::DeadlineStream(int fd, std::string already_read, std::chrono::milliseconds timeout)
    : fd_(fd), buffer_(std::move(already_read)), timeout_(timeout), read_deadline_(Clock::now() + timeout) {}

bool DeadlineStream::Wait(short events, Clock::time_point deadline) const {
  while (true) {
    auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd_, events, 0};
    int r = ::poll(&p, 1, static_cast<int>(std::min<int64_t>(left, 1 << 30)));
    if (r < 0 && errno == EINTR) continue;
    return r > 0 && !(p.revents & POLLNVAL);
  }
}

bool DeadlineStream::is_readable() const { return offset_ < buffer_.size() || Wait(POLLIN, read_deadline_); }

bool DeadlineStream::is_writable() const {
  if (write_deadline_ == Clock::time_point{}) write_deadline_ = Clock::now() + timeout_;
  return Wait(POLLOUT, write_deadline_);
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (offset_ == buffer_.size()) {
    buffer_.clear();
    offset_ = 0;
    // httplib reads request lines a byte at a time: read ahead into the buffer.
    buffer_.resize(4096);
    ssize_t n;
    do {
      if (!Wait(POLLIN, read_deadline_)) return buffer_.clear(), -1;
      n = ::recv(fd_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    } while (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR));
    buffer_.resize(n > 0 ? static_cast<size_t>(n) : 0);
    if (n <= 0) return n;
  }
  size_t n = std::min(size, buffer_.size() - offset_);
  std::memcpy(ptr, buffer_.data() + offset_, n);
  offset_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  // httplib writes formatted headers in one call and takes a short count as lost bytes: write all.
  size_t sent = 0;
  while (sent < size) {
    if (!is_writable()) return -1;
    ssize_t n = ::send(fd_, ptr + sent, size - sent, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;
    if (n < 0) return -1;
    sent += static_cast<size_t>(n);
  }
  return static_cast<ssize_t>(size);
}

namespace {
void Address(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    port = ntohs(a.sin6_port);
  }
  ip = text;
}
}  // namespace

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) Address(addr, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) Address(addr, ip, port);
}

std::string DeadlineStream::TakeUnread() {
  std::string rest = buffer_.substr(offset_);
  buffer_.clear();
  offset_ = 0;
  return rest;
}

}  // namespace sitrep::server
