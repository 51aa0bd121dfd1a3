#include "server/server.h"

#include <httplib.h>

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <condition_variable>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/place_labels.h"
#include "lexicon/lexicon.h"
#include "server/connections.h"
#include "text/reader.h"
#include "store/export.h"
#include "store/store.h"

namespace sitrep::server {

namespace {

using json = nlohmann::ordered_json;

// Pipelines and store connections are not thread-safe and are costly to open: each request
// borrows one, and at most `threads` exist, opened when first needed.
template <typename T>
class Pool {
 public:
  using Factory = std::function<Result<std::unique_ptr<T>>()>;
  Pool(Factory factory, size_t size) : factory_(std::move(factory)), size_(size) {}

  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<T> item) : pool_(pool), item_(std::move(item)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (item_) pool_->Return(std::move(item_));
    }
    T* operator->() { return item_.get(); }
    T& operator*() { return *item_; }

   private:
    Pool* pool_;
    std::unique_ptr<T> item_;
  };

  Result<Lease> Borrow() {
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait(lock, [&] { return !idle_.empty() || created_ < size_; });
    if (!idle_.empty()) {
      auto item = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(item));
    }
    ++created_;
    lock.unlock();
    auto made = factory_();
    if (!made.ok()) {
      std::lock_guard<std::mutex> relock(mutex_);
      --created_;
      cv_.notify_one();
      return made.status();
    }
    return Lease(this, std::move(made.value()));
  }

 private:
  void Return(std::unique_ptr<T> item) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(item));
    cv_.notify_one();
  }

  Factory factory_;
  size_t size_, created_ = 0;
  std::vector<std::unique_ptr<T>> idle_;
  std::mutex mutex_;
  std::condition_variable cv_;
};

// httplib's accepting thread hands each socket to its task queue: this one runs the hand-over at
// once, and the hand-over gives the socket to Connections, which reads and answers it.
class HandOver : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

// httplib's request parsing, routing and answering, on streams that Connections reads.
class Engine : public httplib::Server {
 public:
  explicit Engine(std::function<void(int)> accepted) : accepted_(std::move(accepted)) {}
  // Answers one request; false when the connection must close after it.
  bool Answer(httplib::Stream& stream, bool last) {
    bool closed = false;
    return process_request(stream, last, closed, nullptr) && !closed;
  }

 private:
  bool process_and_close_socket(socket_t sock) override {
    accepted_(sock);
    return true;
  }
  std::function<void(int)> accepted_;
};

// Set while a request is answered when it was answered without reading its body: the connection
// cannot carry another request after it.
thread_local bool body_left_unread = false;

// The Content-Length header's value: 0 when there is none, nothing when it is not a number.
std::optional<uint64_t> ContentLength(const httplib::Request& req) {
  if (!req.has_header("Content-Length")) return 0;
  std::string text = req.get_header_value("Content-Length");
  uint64_t length = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), length);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return length;
}

bool HasBody(const httplib::Request& req) {
  return ContentLength(req) != std::optional<uint64_t>(0) || req.has_header("Transfer-Encoding");
}

bool IsLoopbackHost(std::string_view host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

// The name in a Host header, without its port.
std::string_view HostName(std::string_view host) {
  if (host.starts_with("[")) return host.substr(0, host.find(']') + 1);
  return host.substr(0, host.find(':'));
}

// Compares in time that does not depend on where the strings differ, so that timing answers
// cannot guess a token byte by byte.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool IsJson(const std::string& content_type) {
  std::string_view type(content_type);
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  return type == "application/json";
}

void Reply(httplib::Response& res, int status, const std::string& body, const char* type = "application/json") {
  res.status = status;
  res.set_content(body, type);
}

void Error(httplib::Response& res, int status, const std::string& message) {
  Reply(res, status, json{{"error", message}}.dump(-1, ' ', false, json::error_handler_t::replace));
}

// The HTTP status a failed Status maps to.
int HttpStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kUnsupported: return 422;
    case Status::Code::kTooLarge: return 413;
    case Status::Code::kAborted: return 503;
    default: return 500;
  }
}

// A failed Status as an answer (with `status`, or the one it maps to). Server-side failures name
// files, URLs and queries of the store: they go to the server's log, and the client is told only
// that the server failed.
void Fail(httplib::Response& res, const Status& s, int status = 0) {
  if (status == 0) status = HttpStatus(s);
  if (status < 500) return Error(res, status, s.message());
  std::cerr << "sitrep: " << s.message() << "\n";
  Error(res, status, "the server failed to answer (its log says why)");
}

json StatementJson(const ControlStatement& st) {
  json location = nullptr;
  if (st.location)
    location = {{"text", st.location->text},       {"name", st.location->name}, {"geonameid", st.location->geonameid},
                {"country", st.location->country}, {"lat", st.location->lat},   {"lon", st.location->lon},
                {"precision", st.location->precision},
                {"geo_precision", st.location->geo_precision}};
  return {{"id", st.id},
          {"controller", {{"text", st.controller.text}, {"code", st.controller.code}, {"name", st.controller.name}}},
          {"place_text", st.place_text},
          {"location", location},
          {"kind", st.kind},
          {"date", {{"start", st.date.start}, {"end", st.date.end}, {"precision", st.date.precision}}},
          {"evidence",
           {{"sentence", st.evidence.sentence},
            {"start", st.evidence.start},
            {"end", st.evidence.end},
            {"text", st.evidence.text}}}};
}

class HttpServer : public Server {
 public:
  explicit HttpServer(ServerOptions options)
      : options_(std::move(options)),
        // The workers' pipelines share the first one's lexicon, gazetteer and dictionaries.
        pipelines_([this] { return first_pipeline_->Fork(); }, options_.threads),
        stores_([this] { return store::Store::Open(options_.db); }, options_.threads),
        http_([this](int fd) { connections_->Add(fd); }) {}

  Status Init() {
    if (Status s = CheckOptions(); !s.ok()) return s;
    // The schema, and an early failure for a store or a pipeline that cannot be opened. The health
    // check has a store connection of its own and the pipeline's versions, so that it answers
    // while every pooled one is busy.
    auto health_store = store::Store::Open(options_.db);
    if (!health_store.ok()) return health_store.status();
    health_store_ = std::move(*health_store);
    auto first = Pipeline::Open(options_.pipeline);
    if (!first.ok()) return first.status();
    first_pipeline_ = std::move(*first);
    lexicon_version_ = first_pipeline_->LexiconVersion();
    gazetteer_version_ = first_pipeline_->GazetteerVersion();
    auto lexicon = lexicon::LoadBinary(lexicon::FindBinary(options_.pipeline.lexicon_path));
    if (!lexicon.ok()) return lexicon.status();
    acled_names_.emplace(*lexicon);
    // The map's place names, read from a second opening of the index once, here (it shares the
    // pipelines' page cache).
    if (options_.pipeline.geocode) {
      auto gazetteer = geo::Gazetteer::Open(geo::FindGazetteer(options_.pipeline.gazetteer_path));
      if (!gazetteer.ok()) return gazetteer.status();
      gazetteer_ = std::move(*gazetteer);
      labels_.emplace(*gazetteer_);
    }
    ConnectionLimits limits;
    limits.threads = options_.threads;
    limits.max_queued = options_.max_queued;
    limits.header_timeout = std::chrono::seconds(options_.header_timeout_seconds);
    limits.request_timeout = std::chrono::seconds(options_.timeout_seconds);
    connections_ = std::make_unique<Connections>(
        limits, [this](httplib::Stream& stream, bool last) { return Answer(stream, last); },
        [](std::string_view line) { return line.starts_with("GET /v1/health "); });
    http_.new_task_queue = [] { return new HandOver(); };
    http_.set_keep_alive_timeout(options_.header_timeout_seconds);
    http_.set_keep_alive_max_count(ConnectionLimits{}.max_requests_per_connection);
    // Refusals that the headers decide are answered before the body is read (or, to a client that
    // waits for `100 Continue`, sent at all).
    http_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return Refused(req, res) ? httplib::Server::HandlerResponse::Handled
                               : httplib::Server::HandlerResponse::Unhandled;
    });
    http_.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
      return Refused(req, res) ? res.status : 100;
    });
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      Error(res, 500, "internal error");
    });
    http_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;  // a handler's own error
      if (res.status == 404) return Error(res, 404, "no such resource: " + req.path);
      Error(res, res.status, "request failed");
    });
    http_.Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) { Health(res); });
    http_.Get("/v1/events", [this](const httplib::Request& req, httplib::Response& res) { Events(req, res); });
    http_.Get(R"(/v1/events/([A-Za-z0-9_.:-]+))",
              [this](const httplib::Request& req, httplib::Response& res) { OneEvent(req, res); });
    http_.Get("/v1/control", [this](const httplib::Request& req, httplib::Response& res) { ControlAt(req, res); });
    http_.Get("/v1/places", [this](const httplib::Request& req, httplib::Response& res) { Places(req, res); });
    http_.Get(R"(/v1/places/(\d+)/timeline)",
              [this](const httplib::Request& req, httplib::Response& res) { Timeline(req, res); });
    // Bodies are read here rather than by httplib, which would also parse a form-encoded body as
    // parameters and refuse one over 8 KiB (curl -d sends that type).
    for (auto [path, store_it] : {std::pair{"/v1/code", false}, std::pair{"/v1/documents", true}})
      http_.Post(path, [this, store = store_it](const httplib::Request& req, httplib::Response& res,
                                                const httplib::ContentReader& reader) { Code(req, reader, res, store); });
    std::string web = FindWebDir(options_.web_dir);
    if (!web.empty() && !http_.set_mount_point("/", web))
      return Status::NotFound(web + ": the map page's directory cannot be served");
    http_.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
    bound_port_ = options_.port == 0 ? http_.bind_to_any_port(options_.host)
                                      : (http_.bind_to_port(options_.host, options_.port) ? options_.port : -1);
    if (bound_port_ < 0)
      return Status::IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                             " (in use, or not an address of this machine)");
    return Status::Ok();
  }

  int port() const override { return bound_port_; }
  Status Run() override {
    bool listened = http_.listen_after_bind();
    size_t unfinished = connections_->Stop(std::chrono::seconds(options_.stop_timeout_seconds));
    if (unfinished > 0)
      return Status::IoError("stopped with " + std::to_string(unfinished) + " request(s) unfinished after " +
                             std::to_string(options_.stop_timeout_seconds) + " s (--stop-timeout)");
    return listened ? Status::Ok() : Status::IoError("the server stopped listening");
  }
  void Stop() override { http_.stop(); }

 private:
  Status CheckOptions() const {
    if (options_.port < 0 || options_.port > 65535)
      return Status::InvalidArgument("--port " + std::to_string(options_.port) +
                                     " is not a port: 1 to 65535, or 0 for any free one");
    if (options_.threads == 0) return Status::InvalidArgument("--threads 0: at least one thread must answer requests");
    for (auto [flag, seconds] : {std::pair{"--timeout", options_.timeout_seconds},
                                 std::pair{"--header-timeout", options_.header_timeout_seconds},
                                 std::pair{"--stop-timeout", options_.stop_timeout_seconds}})
      if (seconds < 1) return Status::InvalidArgument(std::string(flag) + " " + std::to_string(seconds) + ": at least 1 second");
    if (!options_.token.empty() && options_.token.size() < kMinTokenLength)
      return Status::InvalidArgument("the API token (--token or SITREP_API_TOKEN) has " +
                                     std::to_string(options_.token.size()) + " characters; it needs at least " +
                                     std::to_string(kMinTokenLength));
    if (options_.allow_unauthenticated_writes) {
      if (!options_.token.empty())
        return Status::InvalidArgument("--allow-unauthenticated-writes and an API token (--token or SITREP_API_TOKEN) "
                                       "contradict each other: give one");
      if (!IsLoopbackHost(options_.host))
        return Status::InvalidArgument("--allow-unauthenticated-writes needs --host on loopback (127.0.0.1, ::1 or "
                                       "localhost), not " + options_.host);
    }
    return Status::Ok();
  }

  bool Answer(httplib::Stream& stream, bool last) {
    body_left_unread = false;
    bool keep = http_.Answer(stream, last);
    return keep && !body_left_unread;
  }

  // Refuses, from its headers alone, a request that could only be refused after its body: too
  // large; a write from another origin, without the token, or not in JSON. True when refused.
  bool Refused(const httplib::Request& req, httplib::Response& res) {
    auto refuse = [&](int status, const std::string& message) {
      Error(res, status, message);
      body_left_unread = HasBody(req);
      return true;
    };
    std::optional<uint64_t> length = ContentLength(req);
    if (!length) return refuse(400, "Content-Length '" + req.get_header_value("Content-Length") + "' is not a number");
    if (*length > options_.max_body_bytes)
      return refuse(413, "request body of " + std::to_string(*length) + " bytes; the limit is " +
                             std::to_string(options_.max_body_bytes) + " (--max-body)");
    if (req.method != "POST") return false;
    // A browser sends Origin with every cross-origin POST; a page elsewhere must not drive this one.
    std::string host = req.get_header_value("Host");
    if (req.has_header("Origin") && req.get_header_value("Origin") != "http://" + host)
      return refuse(403, "cross-origin requests are refused (Origin: " + req.get_header_value("Origin") + ")");
    if (req.path == "/v1/documents") {
      if (!options_.token.empty()) {
        if (!SameSecret(req.get_header_value("Authorization"), "Bearer " + options_.token)) {
          res.set_header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
          return refuse(401, "writing needs the API token: Authorization: Bearer <token>");
        }
      } else if (!options_.allow_unauthenticated_writes) {
        return refuse(403, "this server takes no writes: it was started without an API token "
                           "(--token or SITREP_API_TOKEN)");
      } else if (!IsLoopbackHost(HostName(host))) {
        // A page whose own name has been pointed at 127.0.0.1 (DNS rebinding) is its own origin.
        return refuse(403, "unauthenticated writes are taken only for Host localhost or a loopback address, not " + host);
      }
      // Only a form, text or multipart body crosses origins without asking first (a preflight).
      if (!IsJson(req.get_header_value("Content-Type")))
        return refuse(415, "writes take Content-Type: application/json, not '" + req.get_header_value("Content-Type") + "'");
    }
    if (req.is_multipart_form_data()) return refuse(415, "the body is one JSON object, not multipart/form-data");
    return false;
  }

  void Health(httplib::Response& res) {
    std::lock_guard<std::mutex> lock(health_mutex_);
    auto stats = health_store_->Stats();
    if (!stats.ok()) return Fail(res, stats.status(), 503);
    json body = {{"status", "ok"},
                 {"version", Version()},
                 {"lexicon", lexicon_version_},
                 {"gazetteer", gazetteer_version_},
                 {"store",
                  {{"backend", health_store_->db().Dialect()},
                   {"documents", stats->documents},
                   {"events", stats->events},
                   {"reports", stats->reports},
                   {"statements", stats->statements}}},
                 {"writes", !options_.token.empty()                 ? "token"
                            : options_.allow_unauthenticated_writes ? "open"
                                                                    : "off"},
                 {"refused_requests", connections_->refused()}};
    Reply(res, 200, body.dump());
  }

  // A country filter given by ISO 3166 code or name, as the store keeps it (alpha-2); false, with
  // the response set, when it names no country.
  bool Country(const std::string& written, httplib::Response& res, std::string* code) {
    *code = written.empty() ? "" : acled_names_->CountryCode(written);
    if (!written.empty() && code->empty()) {
      Error(res, 400, "country='" + written + "' is no country: give its ISO 3166 code (SY or SYR) or its name (Syria)");
      return false;
    }
    return true;
  }

  // The parameter `name` as a whole number below 10^9, `fallback` when absent; false (with the
  // response set) when it is something else.
  static bool WholeNumber(const httplib::Request& req, const char* name, size_t fallback, httplib::Response& res,
                          size_t* out) {
    std::string text = req.has_param(name) ? req.get_param_value(name) : std::string();
    if (text.empty()) return *out = fallback, true;
    if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
      Error(res, 400, std::string(name) + "='" + text + "' is not a whole number");
      return false;
    }
    *out = std::stoul(text);
    return true;
  }

  // The query string's filters, as `sitrep events` takes them; false (with the response set) when
  // one is malformed.
  bool ParseFilters(const httplib::Request& req, httplib::Response& res, store::EventQuery* q) {
    auto param = [&](const char* name) { return req.has_param(name) ? req.get_param_value(name) : std::string(); };
    q->since = param("since");
    q->until = param("until");
    for (const auto& [name, value] : {std::pair{"since", &q->since}, std::pair{"until", &q->until}})
      if (!value->empty() && !store::IsIsoDay(*value)) {
        Error(res, 400, std::string(name) + "='" + *value + "' is not a date YYYY-MM-DD");
        return false;
      }
    if (!Country(param("country"), res, &q->country)) return false;
    q->actor = param("actor");
    q->cameo = param("cameo");
    q->acled = param("acled");
    q->status = param("status");
    static const char* kStatuses[] = {"occurred", "attempted", "failed", "planned", "claimed", "feared", "negated"};
    if (!q->status.empty() && std::find(std::begin(kStatuses), std::end(kStatuses), q->status) == std::end(kStatuses)) {
      Error(res, 400, "status='" + q->status + "' is not one of occurred, attempted, failed, planned, claimed, feared, negated");
      return false;
    }
    if (Status s = store::CheckFilters(*q); !s.ok()) {
      Error(res, 400, s.message());
      return false;
    }
    if (std::string box = param("bbox"); !box.empty()) {
      auto parsed = store::ParseBbox(box);
      if (!parsed.ok()) {
        Error(res, 400, parsed.status().message());
        return false;
      }
      q->bbox = *parsed;
    }
    auto number = [&](const char* name, size_t fallback, size_t* out) {
      return WholeNumber(req, name, fallback, res, out);
    };
    if (!number("limit", 100, &q->limit) || !number("offset", 0, &q->offset)) return false;
    std::string order = param("order");
    if (!order.empty() && order != "newest" && order != "oldest") {
      Error(res, 400, "order='" + order + "' is not newest or oldest");
      return false;
    }
    q->newest_first = order == "newest";
    if (req.has_param("min_fatalities")) {
      size_t deaths = 0;
      if (!number("min_fatalities", 0, &deaths)) return false;
      q->min_fatalities = static_cast<int>(deaths);
    }
    if (q->limit == 0 || q->limit > options_.max_page) {
      Error(res, 400, "limit must be 1 to " + std::to_string(options_.max_page));
      return false;
    }
    return true;
  }

  void Events(const httplib::Request& req, httplib::Response& res) {
    store::EventQuery q;
    if (!ParseFilters(req, res, &q)) return;
    std::string format = req.get_param_value("format");
    if (format == "csv") return EventsCsv(req, q, res);
    bool geojson = format == "geojson";
    auto db = stores_.Borrow();
    if (!db.ok()) return Fail(res, db.status(), 503);
    std::string body = geojson ? "{\"type\":\"FeatureCollection\",\"features\":[" : "{\"events\":[";
    // `count` is the page's events; GeoJSON has a feature only for those with a place.
    size_t count = 0, items = 0;
    Status s = (*db)->Events(q, [&](const store::StoredEvent& e) {
      ++count;
      std::string item = geojson ? store::EventFeature(e) : store::StoredEventToJson(e);
      if (item.empty()) return;
      body += (items++ ? "," : "") + item;
    });
    if (!s.ok()) return Fail(res, s);
    // A map that draws one page must be able to say how much it leaves out.
    auto total = (*db)->CountEvents(q);
    if (!total.ok()) return Fail(res, total.status());
    body += "],\"limit\":" + std::to_string(q.limit) + ",\"offset\":" + std::to_string(q.offset) +
            ",\"count\":" + std::to_string(count) + ",\"total\":" + std::to_string(*total);
    Reply(res, 200, body + "}", geojson ? "application/geo+json" : "application/json");
  }

  // format=csv: the rows `sitrep events --format csv` writes; all_statuses=true as --all-statuses.
  void EventsCsv(const httplib::Request& req, store::EventQuery& q, httplib::Response& res) {
    store::PrepareAcledQuery(&q, req.get_param_value("all_statuses") == "true");
    auto db = stores_.Borrow();
    if (!db.ok()) return Error(res, 503, db.status().message());
    std::string body = store::AcledCsvHeader() + "\n";
    Status s = (*db)->Events(q, [&](const store::StoredEvent& e) { body += store::AcledCsvRow(e, *acled_names_) + "\n"; });
    if (!s.ok()) return Error(res, HttpStatus(s), s.message());
    Reply(res, 200, body, "text/csv; charset=utf-8");
  }

  void OneEvent(const httplib::Request& req, httplib::Response& res) {
    auto db = stores_.Borrow();
    if (!db.ok()) return Fail(res, db.status(), 503);
    auto e = (*db)->GetEvent(req.matches[1]);
    // The store's message names the store: the client is told only what it asked for.
    if (!e.ok() && e.status().code() == Status::Code::kNotFound)
      return Error(res, 404, "no event " + std::string(req.matches[1]));
    if (!e.ok()) return Fail(res, e.status());
    Reply(res, 200, store::StoredEventToJson(*e));
  }

  void Periods(const store::ControlQuery& q, bool geojson, const json& head, const char* key, httplib::Response& res) {
    auto db = stores_.Borrow();
    if (!db.ok()) return Fail(res, db.status(), 503);
    auto periods = (*db)->Control(q);
    if (!periods.ok()) return Fail(res, periods.status());
    std::string body;
    if (geojson) {
      body = "{\"type\":\"FeatureCollection\",\"features\":[";
      for (size_t i = 0; i < periods->size(); ++i) body += (i ? "," : "") + store::ControlFeature((*periods)[i]);
      return Reply(res, 200, body + "]}", "application/geo+json");
    }
    body = head.dump();
    body.pop_back();
    body += std::string(head.empty() ? "" : ",") + "\"" + key + "\":[";
    for (size_t i = 0; i < periods->size(); ++i) body += (i ? "," : "") + store::ControlPeriodToJson((*periods)[i]);
    Reply(res, 200, body + "]}");
  }

  void ControlAt(const httplib::Request& req, httplib::Response& res) {
    store::ControlQuery q;
    q.at = req.get_param_value("at");
    if (!store::IsIsoDay(q.at)) return Error(res, 400, "at='" + q.at + "' is not a date YYYY-MM-DD (it is required)");
    if (!Country(req.get_param_value("country"), res, &q.country)) return;
    if (std::string box = req.get_param_value("bbox"); !box.empty()) {
      auto parsed = store::ParseBbox(box);
      if (!parsed.ok()) return Error(res, 400, parsed.status().message());
      q.bbox = *parsed;
    }
    Periods(q, req.get_param_value("format") == "geojson", json{{"at", q.at}}, "control", res);
  }

  // A float coordinate to five decimals (a metre), so that it is written without float noise.
  static double Degrees(float value) { return std::round(static_cast<double>(value) * 1e5) / 1e5; }

  // GET /v1/places: the places to label in a map's view, from the gazetteer.
  void Places(const httplib::Request& req, httplib::Response& res) {
    if (!labels_) return Error(res, 404, "this server has no gazetteer (it was started with --no-geocode)");
    geo::LabelQuery q;
    if (std::string box = req.get_param_value("bbox"); !box.empty()) {
      auto parsed = store::ParseBbox(box);
      if (!parsed.ok()) return Error(res, 400, parsed.status().message());
      q.min_lon = parsed->min_lon, q.min_lat = parsed->min_lat, q.max_lon = parsed->max_lon, q.max_lat = parsed->max_lat;
    }
    size_t min_population = 0;
    if (!WholeNumber(req, "min_population", 0, res, &min_population) || !WholeNumber(req, "limit", 100, res, &q.limit))
      return;
    if (q.limit == 0 || q.limit > kMaxPlaces) return Error(res, 400, "limit must be 1 to " + std::to_string(kMaxPlaces));
    q.min_population = static_cast<uint32_t>(min_population);
    json places = json::array();
    for (const geo::PlaceRecord* p : labels_->Find(q)) {
      std::string_view code(p->feature_code, strnlen(p->feature_code, sizeof p->feature_code));
      places.push_back({{"name", gazetteer_->Name(*p)},
                        {"geonameid", p->geonameid < geo::kLocalIdBase ? json(p->geonameid) : json(nullptr)},
                        {"lat", Degrees(p->lat)},
                        {"lon", Degrees(p->lon)},
                        {"population", p->population},
                        {"feature_code", code},
                        {"country", std::string(p->country, strnlen(p->country, sizeof p->country))}});
    }
    json body = {{"places", places}, {"count", places.size()}};
    Reply(res, 200, body.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  void Timeline(const httplib::Request& req, httplib::Response& res) {
    store::ControlQuery q;
    q.place = req.matches[1];
    if (q.place.size() > 12) return Error(res, 400, "not a GeoNames id: " + q.place);
    Periods(q, req.get_param_value("format") == "geojson", json{{"geonameid", std::stoll(q.place)}}, "timeline", res);
  }

  // POST /v1/code (nothing stored) and POST /v1/documents (stored).
  void Code(const httplib::Request& req, const httplib::ContentReader& reader, httplib::Response& res, bool store_it) {
    std::string body;
    bool over = false;
    bool read_through = reader([&](const char* data, size_t size) {
      over = body.size() + size > options_.max_body_bytes;
      if (!over) body.append(data, size);
      return !over;
    });
    if (!read_through) {
      body_left_unread = true;
      if (over) return Error(res, 413, "request body over the limit of " + std::to_string(options_.max_body_bytes) +
                                           " bytes (--max-body)");
      return Error(res, 400, "the request body was cut short or did not arrive in time");
    }
    // The body is read as one record of a JSON Lines input, with the same checks and fields.
    ReadOptions read;
    read.max_document_bytes = options_.max_body_bytes;
    auto parsed = text::ReadJsonRecord(body, "request body", "api-" + store::ContentHash(body), read);
    if (!parsed.ok())
      return Error(res, HttpStatus(parsed.status()),
                   parsed.status().message() + " (the body is {\"text\": ..., \"lang\", \"date\", \"id\", \"title\"})");
    Document& doc = *parsed;
    auto pipeline = pipelines_.Borrow();
    if (!pipeline.ok()) return Fail(res, pipeline.status(), 503);
    auto coding = (*pipeline)->Analyse(doc);
    if (!coding.ok()) return Fail(res, coding.status());
    json document = {{"id", doc.id}, {"lang", doc.lang}, {"date", doc.date.Iso()}};
    if (store_it) {
      auto db = stores_.Borrow();
      if (!db.ok()) return Fail(res, db.status(), 503);
      auto stored = (*db)->Ingest(doc, *coding, (*pipeline)->LexiconVersion());
      if (!stored.ok()) return Fail(res, stored.status(), 500);
      static const char* kOutcomes[] = {"stored", "replaced", "unchanged", "same-text"};
      json out = {{"document", document},
                  {"outcome", kOutcomes[static_cast<int>(stored->outcome)]},
                  {"new", stored->new_events},
                  {"merged", stored->merged_reports},
                  {"statements", stored->statements}};
      if (!stored->same_as.empty()) out["same_as"] = stored->same_as;
      return Reply(res, stored->outcome == store::IngestResult::Outcome::kStored ? 201 : 200, out.dump());
    }
    std::string out = "{\"document\":" + document.dump() + ",\"events\":[";
    for (size_t i = 0; i < coding->events.size(); ++i) out += (i ? "," : "") + EventToJson(coding->events[i]);
    out += "],\"control\":[";
    for (size_t i = 0; i < coding->control.size(); ++i)
      out += (i ? "," : "") + StatementJson(coding->control[i]).dump(-1, ' ', false, json::error_handler_t::replace);
    Reply(res, 200, out + "]}");
  }

  static constexpr size_t kMinTokenLength = 16;
  static constexpr size_t kMaxPlaces = 500;

  ServerOptions options_;
  std::unique_ptr<Pipeline> first_pipeline_;  // opened by Init, before any worker forks it
  Pool<Pipeline> pipelines_;
  std::optional<store::AcledNames> acled_names_;  // read-only once Init has set it
  std::unique_ptr<geo::Gazetteer> gazetteer_;      // read-only; null with --no-geocode
  std::optional<geo::PlaceLabels> labels_;
  Pool<store::Store> stores_;
  std::unique_ptr<store::Store> health_store_;
  std::mutex health_mutex_;
  std::string lexicon_version_, gazetteer_version_;
  Engine http_;
  std::unique_ptr<Connections> connections_;
  int bound_port_ = -1;
};

}  // namespace

std::string FindWebDir(const std::string& given) { return lexicon::FindDataFile(given, "SITREP_WEB", "web"); }

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  auto server = std::make_unique<HttpServer>(options);
  if (Status s = server->Init(); !s.ok()) return s;
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace sitrep::server
