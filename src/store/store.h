// The event store: documents and what sitrep coded in them, with one event per real-world event
// however many articles report it, and each place's control timeline. SQLite or PostgreSQL behind
// the same schema and statements (store/database.h).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"
#include "store/database.h"

namespace sitrep::store {

inline constexpr int kSchemaVersion = 1;

// One article's account of a stored event.
struct Report {
  std::string document;     // the document's id
  std::string url, outlet;  // the document's url and source, when it had them
  Event event;              // as coded in that document
  std::string ingested_at;  // when the document was stored: YYYY-MM-DDTHH:MM:SSZ ("" when not stored)
};

struct StoredEvent {
  // The merged event: `id` is the store's stable id ("ev-" and 16 hex digits), the evidence and
  // the actors as written are those of the most confident report, the place the most precise one,
  // the date what all reports agree on, the confidence theirs combined.
  Event event;
  int report_count = 0;         // the documents that report it
  std::vector<Report> reports;  // only when asked for
};

struct Bbox {
  double min_lon, min_lat, max_lon, max_lat;
  bool Contains(double lat, double lon) const {
    return lat >= min_lat && lat <= max_lat && lon >= min_lon && lon <= max_lon;
  }
};
// "min_lon,min_lat,max_lon,max_lat"
Result<Bbox> ParseBbox(const std::string& text);

// A day written YYYY-MM-DD, as the store's dates are and its date filters must be: a timestamp
// would compare wrongly with them.
bool IsIsoDay(const std::string& text);

struct EventQuery {
  std::string since, until;  // ISO dates: events whose interval overlaps [since, until]
  std::string country;       // ISO 3166 alpha-2 of the location
  std::string actor;         // a CAMEO actor code prefix, as source or target
  std::string cameo;         // a CAMEO event code prefix
  std::string acled;         // an ACLED event type or sub-event type
  std::string status;
  std::optional<int> min_fatalities;  // events with at least this many deaths (none stated counts as 0)
  std::optional<Bbox> bbox;
  bool with_reports = false;
  bool newest_first = false;     // by start date, latest first; else earliest first
  size_t limit = 0, offset = 0;  // 0: no limit
};

// The ACLED type and CAMEO code filters of `q`, or InvalidArgument naming the value and listing the
// valid ones: a mistyped filter must not look like an empty store.
Status CheckFilters(const EventQuery& q);

// Who held a place from `since` until `until` ("" while it lasts), and the evidence for it.
struct ControlPeriod {
  Place place;
  Actor controller;
  std::vector<Actor> against;  // when contested: who fights the controller for it
  std::string kind;            // full, partial, contested
  std::string since, until;
  std::vector<std::string> events;      // stored event ids
  std::vector<std::string> statements;  // statement ids ("<doc>:<sentence>:c<n>")
  std::vector<std::string> sources;     // the documents behind both
};

struct ControlQuery {
  std::string at;     // ISO date: the period of each place that covers it; "" for whole timelines
  std::string place;  // a place's name (as the store spells it, loosely) or its GeoNames id
  std::vector<long long> geonameids;  // places the name may also be (the gazetteer's candidates)
  std::string country;
  std::optional<Bbox> bbox;
};

struct IngestResult {
  enum class Outcome { kStored, kReplaced, kUnchanged, kSameContent };
  Outcome outcome = Outcome::kStored;
  std::string same_as;  // kSameContent: the stored document with this text
  int new_events = 0, merged_reports = 0, statements = 0;
};

struct StoreStats {
  int64_t documents = 0, events = 0, reports = 0, statements = 0, places = 0;
};

class Store {
 public:
  // A file path (SQLite) or a postgresql:// URL. For writing, creates the schema in a new store;
  // for reading, creates nothing and needs no write access. Either way a database that is not a
  // sitrep store of this schema version (another program's tables, no version) is refused.
  static Result<std::unique_ptr<Store>> Open(const std::string& target, Access access = Access::kReadWrite);

  // Whether this text is stored under this id and was coded with this lexicon version, so that
  // ingest need not code it again.
  Result<bool> IsCurrent(const Document& doc, const std::string& lexicon_version);

  // Stores the document and what was coded in it, in one transaction: a document is stored whole
  // or not at all. A document stored with other text or another lexicon version has its reports
  // replaced; the same text under another id is not stored twice.
  Result<IngestResult> Ingest(const Document& doc, const Coding& coding, const std::string& lexicon_version);

  Status Events(const EventQuery& query, const std::function<void(const StoredEvent&)>& each);
  // How many events match the query's filters, whatever its limit and offset.
  Result<int64_t> CountEvents(const EventQuery& query);
  Result<StoredEvent> GetEvent(const std::string& id);  // with its reports
  Result<std::vector<ControlPeriod>> Control(const ControlQuery& query);
  Result<StoreStats> Stats();

  Database& db() { return *db_; }

  // Exposed for tests: whether two reports can be the same real-world event (compatible type,
  // status, actors, place and dates), and their merge.
  static bool SameEvent(const Event& a, const Event& b);
  static Event Merge(const std::vector<Event>& reports);

 private:
  explicit Store(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  Status CreateSchema();
  Status CheckSchemaVersion();
  Result<int64_t> PlaceId(const Place& place);
  Status AddActor(const std::optional<Actor>& actor);
  Status RemoveDocument(int64_t document);
  Status Refresh(int64_t event);
  Status LoadReports(int64_t event, StoredEvent* stored);
  Result<IngestResult> IngestOnce(const Document& doc, const Coding& coding, const std::string& lexicon_version,
                                  const std::string& hash);
  Status LockWhatChanges(const Document& doc, const Coding& coding, const std::string& hash);
  Result<IngestResult> StoreCoding(const Document& doc, const Coding& coding, const std::string& lexicon_version,
                                   const std::string& hash);

  std::unique_ptr<Database> db_;
  // What this process knows the store holds (actors by code and name, and places; neither is ever
  // deleted), to spare a round trip per report; emptied when a transaction rolls back, and each
  // when it reaches kMaxKnown, so that a server storing ever new places stays bounded.
  static constexpr size_t kMaxKnown = size_t{1} << 16;
  std::set<std::string> known_actors_;
  std::map<std::string, int64_t> known_places_;
};

// A 64-bit FNV-1a of the text, in hex: a document's content hash.
std::string ContentHash(std::string_view text);

}  // namespace sitrep::store
