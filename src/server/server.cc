#include "server/server.h"

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <nlohmann/json.hpp>
#include <vector>

#include "lexicon/lexicon.h"
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

// Set on a worker while it serves a connection that arrived when the queue was full: its requests
// are answered 503 at once, without touching the store or the coder.
thread_local bool overloaded = false;

// The worker threads, and how many connections may wait for one.
class BoundedQueue : public httplib::TaskQueue {
 public:
  BoundedQueue(size_t threads, size_t max_queued) : pool_(threads), max_(threads + max_queued) {}
  void enqueue(std::function<void()> fn) override {
    bool over = pending_.fetch_add(1) >= max_;
    pool_.enqueue([this, over, fn = std::move(fn)] {
      overloaded = over;
      fn();
      pending_.fetch_sub(1);
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
  size_t max_;
  std::atomic<size_t> pending_{0};
};

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
        pipelines_([this] { return Pipeline::Open(options_.pipeline); }, options_.threads),
        stores_([this] { return store::Store::Open(options_.db); }, options_.threads) {}

  Status Init() {
    // The schema, and an early failure for a store that cannot be opened.
    auto first = stores_.Borrow();
    if (!first.ok()) return first.status();
    auto lexicon = lexicon::LoadBinary(lexicon::FindBinary(options_.pipeline.lexicon_path));
    if (!lexicon.ok()) return lexicon.status();
    acled_names_.emplace(*lexicon);
    http_.new_task_queue = [this] { return new BoundedQueue(options_.threads, options_.max_queued); };
    http_.set_pre_routing_handler([this](const httplib::Request&, httplib::Response& res) {
      if (!overloaded) return httplib::Server::HandlerResponse::Unhandled;
      refused_.fetch_add(1);
      res.set_header("Retry-After", "1");
      Error(res, 503, "server busy: too many requests at once, retry shortly");
      return httplib::Server::HandlerResponse::Handled;
    });
    http_.set_payload_max_length(options_.max_body_bytes);
    http_.set_read_timeout(options_.timeout_seconds);
    http_.set_write_timeout(options_.timeout_seconds);
    // A kept-alive connection holds its worker: after this many requests it makes way for others.
    http_.set_keep_alive_max_count(100);
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      Error(res, 500, "internal error");
    });
    http_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;  // a handler's own error
      if (res.status == 413) return Error(res, 413, "request body too large");
      if (res.status == 404) return Error(res, 404, "no such resource: " + req.path);
      Error(res, res.status, "request failed");
    });
    http_.Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) { Health(res); });
    http_.Get("/v1/events", [this](const httplib::Request& req, httplib::Response& res) { Events(req, res); });
    http_.Get(R"(/v1/events/([A-Za-z0-9_.:-]+))",
              [this](const httplib::Request& req, httplib::Response& res) { OneEvent(req, res); });
    http_.Get("/v1/control", [this](const httplib::Request& req, httplib::Response& res) { ControlAt(req, res); });
    http_.Get(R"(/v1/places/(\d+)/timeline)",
              [this](const httplib::Request& req, httplib::Response& res) { Timeline(req, res); });
    http_.Post("/v1/code", [this](const httplib::Request& req, httplib::Response& res) { Code(req, res, false); });
    http_.Post("/v1/documents", [this](const httplib::Request& req, httplib::Response& res) { Code(req, res, true); });
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
    return http_.listen_after_bind() ? Status::Ok() : Status::IoError("the server stopped listening");
  }
  void Stop() override { http_.stop(); }

 private:
  void Health(httplib::Response& res) {
    auto db = stores_.Borrow();
    if (!db.ok()) return Error(res, 503, db.status().message());
    auto stats = (*db)->Stats();
    if (!stats.ok()) return Error(res, 503, stats.status().message());
    auto pipeline = pipelines_.Borrow();
    if (!pipeline.ok()) return Error(res, 503, pipeline.status().message());
    json body = {{"status", "ok"},
                 {"version", Version()},
                 {"lexicon", (*pipeline)->LexiconVersion()},
                 {"gazetteer", (*pipeline)->GazetteerVersion()},
                 {"store",
                  {{"backend", (*db)->db().Dialect()},
                   {"documents", stats->documents},
                   {"events", stats->events},
                   {"reports", stats->reports},
                   {"statements", stats->statements}}},
                 {"refused_requests", refused_.load()}};
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
      std::string text = param(name);
      if (text.empty()) return *out = fallback, true;
      if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
        Error(res, 400, std::string(name) + "='" + text + "' is not a whole number");
        return false;
      }
      *out = std::stoul(text);
      return true;
    };
    if (!number("limit", 100, &q->limit) || !number("offset", 0, &q->offset)) return false;
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
    if (!db.ok()) return Error(res, 503, db.status().message());
    std::string body = geojson ? "{\"type\":\"FeatureCollection\",\"features\":[" : "{\"events\":[";
    size_t count = 0;
    Status s = (*db)->Events(q, [&](const store::StoredEvent& e) {
      std::string item = geojson ? store::EventFeature(e) : store::StoredEventToJson(e);
      if (item.empty()) return;
      body += (count++ ? "," : "") + item;
    });
    if (!s.ok()) return Error(res, HttpStatus(s), s.message());
    body += "]";
    if (!geojson)
      body += ",\"limit\":" + std::to_string(q.limit) + ",\"offset\":" + std::to_string(q.offset) +
              ",\"count\":" + std::to_string(count);
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
    if (!db.ok()) return Error(res, 503, db.status().message());
    auto e = (*db)->GetEvent(req.matches[1]);
    if (!e.ok()) return Error(res, HttpStatus(e.status()), e.status().message());
    Reply(res, 200, store::StoredEventToJson(*e));
  }

  void Periods(const store::ControlQuery& q, bool geojson, const json& head, const char* key, httplib::Response& res) {
    auto db = stores_.Borrow();
    if (!db.ok()) return Error(res, 503, db.status().message());
    auto periods = (*db)->Control(q);
    if (!periods.ok()) return Error(res, HttpStatus(periods.status()), periods.status().message());
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

  void Timeline(const httplib::Request& req, httplib::Response& res) {
    store::ControlQuery q;
    q.place = req.matches[1];
    if (q.place.size() > 12) return Error(res, 400, "not a GeoNames id: " + q.place);
    Periods(q, req.get_param_value("format") == "geojson", json{{"geonameid", std::stoll(q.place)}}, "timeline", res);
  }

  // POST /v1/code (nothing stored) and POST /v1/documents (stored).
  void Code(const httplib::Request& req, httplib::Response& res, bool store_it) {
    // The body is read as one record of a JSON Lines input, with the same checks and fields.
    ReadOptions read;
    read.max_document_bytes = options_.max_body_bytes;
    auto parsed = text::ReadJsonRecord(req.body, "request body", "api-" + store::ContentHash(req.body), read);
    if (!parsed.ok())
      return Error(res, HttpStatus(parsed.status()),
                   parsed.status().message() + " (the body is {\"text\": ..., \"lang\", \"date\", \"id\", \"title\"})");
    Document& doc = *parsed;
    auto pipeline = pipelines_.Borrow();
    if (!pipeline.ok()) return Error(res, 503, pipeline.status().message());
    auto coding = (*pipeline)->Analyse(doc);
    if (!coding.ok()) return Error(res, HttpStatus(coding.status()), coding.status().message());
    json document = {{"id", doc.id}, {"lang", doc.lang}, {"date", doc.date.Iso()}};
    if (store_it) {
      auto db = stores_.Borrow();
      if (!db.ok()) return Error(res, 503, db.status().message());
      auto stored = (*db)->Ingest(doc, *coding, (*pipeline)->LexiconVersion());
      if (!stored.ok()) return Error(res, 500, stored.status().message());
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

  ServerOptions options_;
  Pool<Pipeline> pipelines_;
  std::optional<store::AcledNames> acled_names_;  // read-only once Init has set it
  Pool<store::Store> stores_;
  httplib::Server http_;
  int bound_port_ = -1;
  std::atomic<size_t> refused_{0};
};

}  // namespace

std::string FindWebDir(const std::string& given) { return lexicon::FindDataFile(given, "SITREP_WEB", "web"); }

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  auto server = std::make_unique<HttpServer>(options);
  if (Status s = server->Init(); !s.ok()) return s;
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace sitrep::server
