#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "coder/mentions.h"
#include "coder/taxonomy.h"
#include "geo/gazetteer.h"
#include "geo/names.h"
#include "lexicon/acled.h"
#include "sitrep/pipeline.h"
#include "text/string_hash.h"

namespace sitrep::store {

namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id {id}, doc_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, lexicon_version TEXT NOT NULL,
  lang TEXT, doc_date TEXT, title TEXT, url TEXT, outlet TEXT, origin TEXT,
  event_count INTEGER NOT NULL, statement_count INTEGER NOT NULL, ingested_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_hash ON documents (content_hash);
CREATE TABLE IF NOT EXISTS actors (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
  id {id}, place_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_key TEXT NOT NULL,
  geonameid BIGINT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL, lon DOUBLE PRECISION NOT NULL);
CREATE INDEX IF NOT EXISTS places_by_name ON places (name_key);
CREATE TABLE IF NOT EXISTS events (
  id {id}, event_key TEXT NOT NULL UNIQUE, type_key TEXT NOT NULL, cameo TEXT NOT NULL,
  acled_type TEXT, acled_sub_type TEXT, status TEXT NOT NULL, source_code TEXT, target_code TEXT,
  place_id BIGINT REFERENCES places (id), country TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  precision TEXT, date_start TEXT NOT NULL, date_end TEXT NOT NULL, long_span INTEGER NOT NULL DEFAULT 0, control TEXT,
  report_count INTEGER NOT NULL, documents TEXT NOT NULL DEFAULT '', confidence DOUBLE PRECISION NOT NULL,
  event_json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type_key, country, date_start);
CREATE INDEX IF NOT EXISTS events_by_date ON events (long_span, date_start);
CREATE INDEX IF NOT EXISTS events_in_order ON events (date_start, id);
CREATE INDEX IF NOT EXISTS events_by_country ON events (country, date_start);
CREATE INDEX IF NOT EXISTS events_by_place ON events (place_id);
CREATE INDEX IF NOT EXISTS events_changing_control_at_place ON events (place_id, date_start) WHERE control IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_changing_control_from ON events (date_start) WHERE control IS NOT NULL;
CREATE TABLE IF NOT EXISTS reports (
  id {id}, event_id BIGINT NOT NULL REFERENCES events (id), document_id BIGINT NOT NULL REFERENCES documents (id),
  report_key TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, event_json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reports_by_event ON reports (event_id);
CREATE INDEX IF NOT EXISTS reports_by_document ON reports (document_id);
CREATE TABLE IF NOT EXISTS control_statements (
  id {id}, statement_key TEXT NOT NULL, document_id BIGINT NOT NULL REFERENCES documents (id),
  place_id BIGINT NOT NULL REFERENCES places (id), controller_code TEXT NOT NULL, kind TEXT NOT NULL,
  date_start TEXT NOT NULL, date_end TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS statements_by_place ON control_statements (place_id);
CREATE INDEX IF NOT EXISTS statements_by_document ON control_statements (document_id);
)sql";

std::string Hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Value Text(const std::string& s) { return s.empty() ? Value{} : Value{s}; }
Value Opt(const std::optional<std::string>& s) { return s ? Text(*s) : Value{}; }

std::string Now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// A LIKE pattern matching what starts with `prefix`, as written: "%" and "_" in a filter are
// characters of a code, not wildcards (the clause says ESCAPE '\').
std::string LikePrefix(const std::string& prefix) {
  std::string pattern;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

// An ISO date moved by `days`; "" stays "".
std::string ShiftDate(const std::string& iso, int days) {
  PartialDate d;
  if (!PartialDate::ParseIso(iso, &d) || d.precision != PartialDate::Precision::kDay) return iso;
  using namespace std::chrono;
  sys_days day = year_month_day{year{d.year}, month{static_cast<unsigned>(d.month)}, std::chrono::day{static_cast<unsigned>(d.day)}};
  year_month_day moved{day + std::chrono::days{days}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(moved.year()), static_cast<unsigned>(moved.month()),
                static_cast<unsigned>(moved.day()));
  return buf;
}

// Reports of one event may date it a day apart ("yesterday" in a paper dated the next morning).
constexpr int kDateSlackDays = 1;

// An event's country for the merge index: its location's, or "" when it has none.
std::string CountryOf(const Event& e) { return e.location ? e.location->country : ""; }

// A report is compared with stored events that start at most this long before it: events known
// only to the month or the year are too vague to merge with anything further back.
constexpr int kLongestMergedSpanDays = 31;

// Events of one kind: ACLED's sub-event type where ACLED codes it (attack and clash are both an
// armed clash), else the CAMEO code's first three digits.
std::string TypeKey(const Event& e) {
  if (e.acled_sub_type && !e.acled_sub_type->empty()) return "acled:" + *e.acled_sub_type;
  return "cameo:" + e.cameo.substr(0, 3);
}

std::string PlaceKey(const Place& p) {
  if (p.geonameid != 0) return "gn:" + std::to_string(p.geonameid);
  return "local:" + geo::NameKey(p.name) + "|" + p.country;
}

// SYR and SYRMIL, SYRMIL and SYRGOV (one state) can be one side; SYRMIL and SYRREB cannot.
bool SameSide(const std::string& a, const std::string& b) {
  if (a == b || a.starts_with(b) || b.starts_with(a)) return true;
  if (a.size() < 6 || b.size() < 6 || a.compare(0, 3, b, 0, 3) != 0) return false;
  return coder::IsStateRole(std::string_view(a).substr(3, 3)) && coder::IsStateRole(std::string_view(b).substr(3, 3));
}

bool StatusesAgree(EventStatus a, EventStatus b) {
  auto asserted = [](EventStatus s) { return s == EventStatus::kOccurred || s == EventStatus::kClaimed; };
  return a == b || (asserted(a) && asserted(b));
}

int PrecisionRank(const std::string& p) {
  static const char* kOrder[] = {"site", "city", "district", "region", "country"};
  for (int i = 0; i < 5; ++i)
    if (p == kOrder[i]) return i;
  return 5;
}

// How far apart two reports may place one event: a town's reports agree within a few tens of
// kilometres, a region's within a region; countries must be the same one.
bool PlacesAgree(const Event& a, const Event& b) {
  if (!a.location || !b.location) {
    if (a.location || b.location) return false;
    return a.place_text.empty() || b.place_text.empty() || geo::NameKey(a.place_text) == geo::NameKey(b.place_text);
  }
  const Place& p = *a.location;
  const Place& q = *b.location;
  int coarser = std::max(PrecisionRank(p.precision), PrecisionRank(q.precision));
  if (coarser >= 4) return p.country == q.country;
  double km = geo::DistanceKm(p.lat, p.lon, q.lat, q.lon);
  return km <= (coarser == 3 ? 150 : 30);
}

bool DatesOverlap(const DateInterval& a, const DateInterval& b) {
  if (a.start.empty() || b.start.empty()) return false;
  return ShiftDate(a.start, -kDateSlackDays) <= b.end && ShiftDate(b.start, -kDateSlackDays) <= a.end;
}


}  // namespace

std::string ContentHash(std::string_view text) { return Hex64(text::Fnv1a(text)); }

namespace {

// An event's documents, kept with it so that timelines cite them without a join: ids separated by
// a unit separator (ids come from file names and records, and may hold commas).
constexpr char kIdSeparator = '\x1f';

std::string Joined(const std::set<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : std::string(1, kIdSeparator)) + id;
  return out;
}

std::vector<std::string> Split(const std::string& joined) {
  std::vector<std::string> ids;
  for (size_t start = 0; start <= joined.size() && !joined.empty();) {
    size_t end = joined.find(kIdSeparator, start);
    if (end == std::string::npos) end = joined.size();
    ids.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

}  // namespace

bool IsIsoDay(const std::string& text) {
  PartialDate d;
  return text.size() == 10 && PartialDate::ParseIso(text, &d) && d.precision == PartialDate::Precision::kDay;
}

Result<Bbox> ParseBbox(const std::string& text) {
  Bbox b{};
  char tail = 0;
  if (std::sscanf(text.c_str(), "%lf,%lf,%lf,%lf%c", &b.min_lon, &b.min_lat, &b.max_lon, &b.max_lat, &tail) != 4 ||
      b.min_lon > b.max_lon || b.min_lat > b.max_lat)
    return Status::InvalidArgument("bounding box '" + text + "' is not min_lon,min_lat,max_lon,max_lat");
  return b;
}

Status CheckFilters(const EventQuery& q) {
  if (!q.acled.empty()) {
    std::string valid;
    bool known = false;
    std::string_view type;
    for (const auto& t : lexicon::AcledSubTypes()) {
      if (t.type != type) valid += std::string(valid.empty() ? "" : "; ") + std::string(t.type) + ":";
      type = t.type;
      valid += std::string(valid.back() == ':' ? " " : ", ") + std::string(t.sub_type);
      known |= q.acled == t.type || q.acled == t.sub_type;
    }
    if (!known) return Status::InvalidArgument("'" + q.acled + "' is no ACLED event type or sub-event type; they are " + valid);
  }
  if (!q.cameo.empty()) {
    // CAMEO's codes are two to four digits under twenty roots, 01 to 20.
    bool digits = q.cameo.size() <= 4 && q.cameo.find_first_not_of("0123456789") == std::string::npos;
    bool known = false;
    if (digits && q.cameo.size() == 1) {
      known = q.cameo <= "2";  // the first digit of 01 to 20
    } else if (digits) {
      int root = std::stoi(q.cameo.substr(0, 2));
      known = root >= 1 && root <= 20;
    }
    if (!known)
      return Status::InvalidArgument("'" + q.cameo + "' is no CAMEO event code: a code is 2 to 4 digits starting with "
                                     "one of the roots 01 to 20 (19 fight, 192 occupy territory), or a prefix of one");
  }
  return Status::Ok();
}

bool Store::SameEvent(const Event& a, const Event& b) {
  if (TypeKey(a) != TypeKey(b) || !StatusesAgree(a.status, b.status)) return false;
  if (!a.source || !b.source || !SameSide(a.source->code, b.source->code)) return false;
  // A strike or a shelling is told by whom it was aimed at or by whom it killed: civilians in one
  // report and a fighting force in another do not make two strikes.
  bool remote = coder::IsRemoteViolence(a.cameo);
  auto civilians = [](const Actor& t) { return t.code.size() >= 3 && t.code.compare(t.code.size() - 3, 3, "CVL") == 0; };
  bool victims_and_aim = remote && a.target && b.target && (civilians(*a.target) != civilians(*b.target));
  if (a.target && b.target && !SameSide(a.target->code, b.target->code) && !victims_and_aim) return false;
  return PlacesAgree(a, b) && DatesOverlap(a.date, b.date);
}

Event Store::Merge(const std::vector<Event>& reports) {
  std::vector<const Event*> order;
  for (const Event& r : reports) order.push_back(&r);
  std::stable_sort(order.begin(), order.end(),
                   [](const Event* x, const Event* y) { return x->confidence > y->confidence; });
  Event merged = *order[0];
  double doubt = 1;
  DateInterval agreed = merged.date;
  std::set<std::string> counted;
  for (const Event* r : order) {
    // Independent reports add up; one article telling it twice counts once (its best telling).
    if (counted.insert(r->doc).second) doubt *= 1 - r->confidence;
    if (r->status == EventStatus::kOccurred) merged.status = EventStatus::kOccurred;
    // A capture stays a capture whichever report tells it best: the most confident report may
    // place it where it cannot name the town taken (its effect then cleared), another names it.
    if (merged.control.empty()) merged.control = r->control;
    if (!merged.target && r->target) merged.target = r->target;
    // Reports of one event that state different tolls: ACLED's most conservative, the lowest;
    // a toll repeated by many reports is counted once.
    for (auto [field, from] : {std::pair{&merged.fatalities, &r->fatalities}, {&merged.injured, &r->injured},
                               {&merged.abducted, &r->abducted}})
      if (*from && (!*field || **from < **field)) *field = *from;
    if (r->location && (!merged.location || PrecisionRank(r->location->precision) <
                                                PrecisionRank(merged.location->precision)))
      merged.location = r->location, merged.place_text = r->place_text;
    // The date all reports allow: their intersection, or, for reports a day apart, both days.
    std::string start = std::max(agreed.start, r->date.start), end = std::min(agreed.end, r->date.end);
    if (start > end) {
      start = std::min(agreed.start, r->date.start);
      end = std::max(agreed.end, r->date.end);
    }
    if (start != agreed.start || end != agreed.end) {
      agreed.start = start;
      agreed.end = end;
      agreed.precision = start == end ? "day" : end <= ShiftDate(start, 6) ? "week" : r->date.precision;
      agreed.text = r->date.text;
    }
  }
  merged.date = agreed;
  merged.confidence = std::min(0.99, 1 - doubt);
  return merged;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& target, Access access) {
  auto db = Database::Open(target, access);
  if (!db.ok()) return db.status();
  std::unique_ptr<Store> store(new Store(std::move(db.value())));
  Status s = access == Access::kReadOnly ? store->CheckSchemaVersion() : store->CreateSchema();
  if (!s.ok()) return s;
  return store;
}

namespace {

// The tables of a database other than sitrep's `meta`: those of another program when it has no
// schema version.
Result<int64_t> OtherTables(Database& db) {
  auto count = db.QueryValue(std::string_view(db.Dialect()) == "sqlite"
                                 ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'meta'"
                                 : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_name <> 'meta'");
  if (!count.ok()) return count.status();
  if (auto* n = std::get_if<int64_t>(&*count)) return *n;
  return std::stoll(std::get<std::string>(*count));
}

}  // namespace

Status Store::CheckSchemaVersion() {
  auto tables = OtherTables(*db_);
  if (!tables.ok()) return tables.status();
  auto version = db_->QueryValue("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok() || !std::holds_alternative<std::string>(*version))
    return Status::Unsupported(db_->Describe() + (*tables ? ": not a sitrep store (its tables are another program's)"
                                                          : ": an empty database, not a sitrep store (sitrep ingest "
                                                            "fills one)"));
  if (std::get<std::string>(*version) != std::to_string(kSchemaVersion))
    return Status::Unsupported(db_->Describe() + ": store schema version " + std::get<std::string>(*version) +
                               ", this sitrep reads version " + std::to_string(kSchemaVersion));
  return Status::Ok();
}

Status Store::CreateSchema() {
  // A database with tables and no schema version is another program's: sitrep's are not added.
  // Asked before the transaction: a failed query ends a PostgreSQL transaction.
  auto tables = OtherTables(*db_);
  if (!tables.ok()) return tables.status();
  if (*tables && !db_->QueryValue("SELECT value FROM meta WHERE key = 'schema_version'").ok())
    return Status::Unsupported(db_->Describe() + ": not a sitrep store (its tables are another program's)");
  WriteTransaction tx(*db_);
  if (Status s = tx.Begin(); !s.ok()) return s;
  if (Status s = db_->Script(kSchema); !s.ok()) return s;
  auto version = db_->QueryValue("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok()) return version.status();
  if (auto* v = std::get_if<std::string>(&*version)) {
    if (*v != std::to_string(kSchemaVersion))
      return Status::Unsupported(db_->Describe() + ": store schema version " + *v + ", this sitrep reads version " +
                                 std::to_string(kSchemaVersion));
  } else if (Status s = db_->Execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)",
                                     {std::to_string(kSchemaVersion)});
             !s.ok()) {
    return s;
  }
  return tx.Commit();
}

Result<bool> Store::IsCurrent(const Document& doc, const std::string& lexicon_version) {
  bool current = false;
  Status s = db_->Query("SELECT 1 FROM documents WHERE doc_key = ? AND content_hash = ? AND lexicon_version = ?",
                        {doc.id, ContentHash(doc.text), lexicon_version}, [&](const Row&) { current = true; });
  if (!s.ok()) return s;
  return current;
}

// A code's name: of the names its reports give, the first in byte order, whichever came first.
Status Store::AddActor(const std::optional<Actor>& actor) {
  if (!actor || actor->code.empty()) return Status::Ok();
  std::string known = actor->code + '\x1f' + actor->name;
  if (known_actors_.count(known)) return Status::Ok();
  Status s = db_->Execute(
      "INSERT INTO actors (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name "
      "WHERE excluded.name < actors.name",
      {actor->code, actor->name});
  if (!s.ok()) return s;
  if (known_actors_.size() >= kMaxKnown) known_actors_.clear();
  known_actors_.insert(known);
  return s;
}

Result<int64_t> Store::PlaceId(const Place& p) {
  std::string place_key = PlaceKey(p);
  if (auto it = known_places_.find(place_key); it != known_places_.end()) return it->second;
  int64_t id = 0;
  Status s = db_->Query(
      "INSERT INTO places (place_key, name, name_key, geonameid, country, admin1, lat, lon) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place_key) DO UPDATE SET name = excluded.name RETURNING id",
      {place_key, p.name, geo::NameKey(p.name), static_cast<int64_t>(p.geonameid), p.country, p.admin1, p.lat, p.lon},
      [&](const Row& row) { id = row.Int(0); });
  if (!s.ok()) return s;
  if (known_places_.size() >= kMaxKnown) known_places_.clear();
  known_places_[place_key] = id;
  return id;
}

// Recomputes a stored event from its reports, or deletes it when none is left.
Status Store::Refresh(int64_t event) {
  std::vector<Event> reports;
  std::string key;
  Status parsed = Status::Ok();
  Status s = db_->Query(
      "SELECT e.event_key, r.event_json FROM events e LEFT JOIN reports r ON r.event_id = e.id WHERE e.id = ? "
      "ORDER BY r.id",
      {event}, [&](const Row& row) {
        key = row.Text(0);
        if (row.IsNull(1)) return;
        auto e = EventFromJson(row.Text(1));
        if (e.ok()) reports.push_back(std::move(e.value()));
        else parsed = e.status();
      });
  if (!s.ok()) return s;
  if (!parsed.ok()) return Status::Corrupt(db_->Describe() + ": a stored report: " + parsed.message());
  if (reports.empty()) return db_->Execute("DELETE FROM events WHERE id = ?", {event});
  // In an order of their own, not the order they were stored in: the same reports make the same
  // event whichever document came first, or which of several writers stored it.
  std::sort(reports.begin(), reports.end(),
            [](const Event& a, const Event& b) { return std::tie(a.doc, a.id) < std::tie(b.doc, b.id); });
  Event merged = Merge(reports);
  merged.id = key;
  std::set<std::string> documents;
  for (const Event& r : reports) documents.insert(r.doc);
  Value place, lat, lon, precision;
  if (merged.location) {
    auto id = PlaceId(*merged.location);
    if (!id.ok()) return id.status();
    place = *id;
    lat = merged.location->lat;
    lon = merged.location->lon;
    precision = merged.location->precision;
  }
  return db_->Execute(
      "UPDATE events SET cameo = ?, acled_type = ?, acled_sub_type = ?, status = ?, source_code = ?, target_code = ?, "
      "place_id = ?, country = ?, lat = ?, lon = ?, precision = ?, date_start = ?, date_end = ?, long_span = ?, control = ?, "
      "report_count = ?, documents = ?, confidence = ?, event_json = ? WHERE id = ?",
      {merged.cameo, Opt(merged.acled_type), Opt(merged.acled_sub_type), std::string(EventStatusName(merged.status)),
       merged.source ? Text(merged.source->code) : Value{}, merged.target ? Text(merged.target->code) : Value{}, place,
       CountryOf(merged), lat, lon, precision, merged.date.start, merged.date.end,
       static_cast<int64_t>(merged.date.end > ShiftDate(merged.date.start, kLongestMergedSpanDays)), Text(merged.control),
       static_cast<int64_t>(documents.size()), Joined(documents), merged.confidence, EventToJson(merged), event});
}

Status Store::RemoveDocument(int64_t document) {
  std::vector<int64_t> events;
  Status s = db_->Query("SELECT DISTINCT event_id FROM reports WHERE document_id = ?", {document},
                        [&](const Row& row) { events.push_back(row.Int(0)); });
  if (!s.ok()) return s;
  for (const char* sql : {"DELETE FROM reports WHERE document_id = ?", "DELETE FROM control_statements WHERE document_id = ?"})
    if (Status d = db_->Execute(sql, {document}); !d.ok()) return d;
  for (int64_t e : events)
    if (Status r = Refresh(e); !r.ok()) return r;
  return db_->Execute("DELETE FROM documents WHERE id = ?", {document});
}

Result<IngestResult> Store::Ingest(const Document& doc, const Coding& coding, const std::string& lexicon_version) {
  std::string hash = ContentHash(doc.text);
  // Lost to a concurrent writer (two writers upserting the same places in another order): done
  // again from the start, a few times.
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    auto result = IngestOnce(doc, coding, lexicon_version, hash);
    if (result.ok() || result.status().code() != Status::Code::kAborted || attempt == kAttempts) return result;
  }
}

Result<IngestResult> Store::IngestOnce(const Document& doc, const Coding& coding, const std::string& lexicon_version,
                                       const std::string& hash) {
  WriteTransaction tx(*db_, Database::WriteMode::kShared);
  Status locked = tx.Begin();
  if (locked.ok()) locked = LockWhatChanges(doc, coding, hash);
  auto result = locked.ok() ? StoreCoding(doc, coding, lexicon_version, hash) : Result<IngestResult>(locked);
  Status committed = result.ok() ? tx.Commit() : result.status();
  if (!committed.ok()) {
    // Rolled back: actors and places this transaction added are not in the store.
    known_actors_.clear();
    known_places_.clear();
    return committed;
  }
  return result;
}

// What a document's ingest reads and changes, locked against concurrent writers: first the
// document's key and its text (a document ingested twice at once is stored once), then each kind
// of event in each country it reports or its earlier version reported (a report merges only with
// an event of its kind and country). Two tiers, each in one call, in separate key spaces.
Status Store::LockWhatChanges(const Document& doc, const Coding& coding, const std::string& hash) {
  auto key = [](uint64_t tier, const std::string& what) {
    return static_cast<int64_t>((tier << 60) | (text::Fnv1a(what) & ((uint64_t{1} << 60) - 1)));
  };
  if (Status s = db_->LockKeys({key(1, "doc\x1f" + doc.id), key(1, "text\x1f" + hash)}); !s.ok()) return s;
  std::vector<int64_t> kinds;
  for (const Event& e : coding.events) kinds.push_back(key(2, TypeKey(e) + "\x1f" + CountryOf(e)));
  Status s = db_->Query(
      "SELECT DISTINCT e.type_key, e.country FROM documents d JOIN reports r ON r.document_id = d.id "
      "JOIN events e ON e.id = r.event_id WHERE d.doc_key = ?",
      {doc.id}, [&](const Row& row) { kinds.push_back(key(2, row.Text(0) + "\x1f" + row.Text(1))); });
  if (!s.ok()) return s;
  return db_->LockKeys(std::move(kinds));
}

Result<IngestResult> Store::StoreCoding(const Document& doc, const Coding& coding, const std::string& lexicon_version,
                                        const std::string& hash) {
  IngestResult result;
  std::optional<int64_t> stored;
  bool current = false;
  Status s = db_->Query("SELECT id, content_hash, lexicon_version FROM documents WHERE doc_key = ?", {doc.id},
                        [&](const Row& row) {
                          stored = row.Int(0);
                          current = row.Text(1) == hash && row.Text(2) == lexicon_version;
                        });
  if (!s.ok()) return s;
  if (current) {
    result.outcome = IngestResult::Outcome::kUnchanged;
    return result;
  }
  if (stored) {
    if (Status r = RemoveDocument(*stored); !r.ok()) return r;
    result.outcome = IngestResult::Outcome::kReplaced;
  } else {
    s = db_->Query("SELECT doc_key FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1", {hash},
                   [&](const Row& row) { result.same_as = row.Text(0); });
    if (!s.ok()) return s;
    if (!result.same_as.empty()) {
      result.outcome = IngestResult::Outcome::kSameContent;
      return result;
    }
  }
  int64_t document = 0;
  s = db_->Query(
      "INSERT INTO documents (doc_key, content_hash, lexicon_version, lang, doc_date, title, url, outlet, origin, "
      "event_count, statement_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {doc.id, hash, lexicon_version, Text(doc.lang), Text(doc.date.Iso()), Text(doc.title), Text(doc.url),
       Text(doc.source), Text(doc.origin), static_cast<int64_t>(coding.events.size()),
       static_cast<int64_t>(std::count_if(coding.control.begin(), coding.control.end(),
                                          [](const ControlStatement& st) { return st.location.has_value(); })),
       Now()},
      [&](const Row& row) { document = row.Int(0); });
  if (!s.ok()) return s;

  for (const Event& e : coding.events) {
    for (const auto* actor : {&e.source, &e.target})
      if (Status a = AddActor(*actor); !a.ok()) return a;
    // The stored event this report describes: the first of its kind and dates that agrees on
    // status, actors and place.
    std::optional<int64_t> same;
    if (!e.date.start.empty()) {
      std::vector<std::pair<int64_t, std::string>> candidates;
      s = db_->Query("SELECT id, event_json FROM events WHERE type_key = ? AND country = ? AND date_start >= ? "
                     "AND date_start <= ? AND date_end >= ? ORDER BY id",
                     {TypeKey(e), CountryOf(e), ShiftDate(e.date.start, -kLongestMergedSpanDays),
                      ShiftDate(e.date.end, kDateSlackDays), ShiftDate(e.date.start, -kDateSlackDays)},
                     [&](const Row& row) { candidates.push_back({row.Int(0), row.Text(1)}); });
      if (!s.ok()) return s;
      for (const auto& [id, json] : candidates) {
        auto stored_event = EventFromJson(json);
        if (stored_event.ok() && SameEvent(*stored_event, e)) {
          same = id;
          break;
        }
      }
    }
    if (!same) {
      std::string key = "ev-" + Hex64(text::Fnv1a(doc.id + "\x1f" + e.id + "\x1f" + hash));
      s = db_->Query(
          "INSERT INTO events (event_key, type_key, cameo, status, country, date_start, date_end, report_count, "
          "confidence, event_json) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, '') RETURNING id",
          {key, TypeKey(e), e.cameo, std::string(EventStatusName(e.status)), CountryOf(e), e.date.start, e.date.end},
          [&](const Row& row) { same = row.Int(0); });
      if (!s.ok()) return s;
      ++result.new_events;
    } else {
      ++result.merged_reports;
    }
    s = db_->Execute("INSERT INTO reports (event_id, document_id, report_key, confidence, event_json) VALUES (?, ?, ?, ?, ?)",
                     {*same, document, e.id, e.confidence, EventToJson(e)});
    if (!s.ok()) return s;
    if (Status r = Refresh(*same); !r.ok()) return r;
  }

  for (const ControlStatement& st : coding.control) {
    if (!st.location) continue;  // a place the gazetteer cannot put on the map has no timeline
    auto place = PlaceId(*st.location);
    if (!place.ok()) return place.status();
    if (Status a = AddActor(st.controller); !a.ok()) return a;
    s = db_->Execute(
        "INSERT INTO control_statements (statement_key, document_id, place_id, controller_code, kind, date_start, "
        "date_end, confidence, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {st.id, document, *place, st.controller.code, st.kind, st.date.start, st.date.end, st.confidence,
         st.evidence.text});
    if (!s.ok()) return s;
    ++result.statements;
  }
  return result;
}

// The filters of `q` as " AND ..." clauses on events `e`, appended to `sql` and `params`.
static void AppendEventFilters(const EventQuery& q, const Database& db, std::string* sql, std::vector<Value>* params) {
  auto where = [&](const char* clause, std::vector<Value> values) {
    *sql += " AND ";
    *sql += clause;
    params->insert(params->end(), values.begin(), values.end());
  };
  // Events of a month or less start at most a month before `since`: an index range. The few
  // longer ones are read apart.
  if (!q.since.empty()) {
    std::string until = q.until.empty() ? "9999-12-31" : q.until;
    where("e.id IN (SELECT id FROM events WHERE long_span = 0 AND date_start BETWEEN ? AND ? AND date_end >= ? "
          "UNION ALL SELECT id FROM events WHERE long_span = 1 AND date_start <= ? AND date_end >= ?)",
          {ShiftDate(q.since, -kLongestMergedSpanDays), until, q.since, until, q.since});
  } else if (!q.until.empty()) {
    where("e.date_start <= ?", {q.until});
  }
  if (!q.country.empty()) where("e.country = ?", {q.country});
  if (!q.status.empty()) where("e.status = ?", {q.status});
  if (!q.cameo.empty()) where("e.cameo LIKE ? ESCAPE '\\'", {LikePrefix(q.cameo)});
  if (!q.actor.empty())
    where("(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')",
          {LikePrefix(q.actor), LikePrefix(q.actor)});
  if (!q.acled.empty()) where("(e.acled_type = ? OR e.acled_sub_type = ?)", {q.acled, q.acled});
  if (q.bbox)
    where("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", {q.bbox->min_lat, q.bbox->max_lat, q.bbox->min_lon, q.bbox->max_lon});
  // Deaths are kept only in the event's JSON; a filter on them is rare enough not to need a column.
  if (q.min_fatalities)
    where(std::string_view(db.Dialect()) == "sqlite"
              ? "COALESCE(CAST(json_extract(e.event_json, '$.fatalities') AS INTEGER), 0) >= ?"
              : "COALESCE((e.event_json::jsonb ->> 'fatalities')::integer, 0) >= ?",
          {int64_t{*q.min_fatalities}});
}

Result<int64_t> Store::CountEvents(const EventQuery& q) {
  std::string sql = "SELECT COUNT(*) FROM events e WHERE 1 = 1";
  std::vector<Value> params;
  AppendEventFilters(q, *db_, &sql, &params);
  int64_t count = 0;
  Status s = db_->Query(sql, params, [&](const Row& row) { count = row.Int(0); });
  if (!s.ok()) return s;
  return count;
}

Status Store::Events(const EventQuery& q, const std::function<void(const StoredEvent&)>& each) {
  std::string sql = "SELECT e.id, e.event_json, e.report_count FROM events e WHERE 1 = 1";
  std::vector<Value> params;
  AppendEventFilters(q, *db_, &sql, &params);
  sql += q.newest_first ? " ORDER BY e.date_start DESC, e.id DESC" : " ORDER BY e.date_start, e.id";
  if (q.limit) sql += " LIMIT " + std::to_string(q.limit) + " OFFSET " + std::to_string(q.offset);
  std::vector<std::pair<int64_t, StoredEvent>> found;
  Status parsed = Status::Ok();
  Status s = db_->Query(sql, params, [&](const Row& row) {
    auto e = EventFromJson(row.Text(1));
    if (!e.ok()) {
      parsed = e.status();
      return;
    }
    StoredEvent stored{std::move(e.value()), static_cast<int>(row.Int(2)), {}};
    if (!q.with_reports) return each(stored);
    found.push_back({row.Int(0), std::move(stored)});
  });
  if (!s.ok()) return s;
  if (!parsed.ok()) return Status::Corrupt(db_->Describe() + ": a stored event: " + parsed.message());
  for (auto& [id, stored] : found) {
    if (Status r = LoadReports(id, &stored); !r.ok()) return r;
    each(stored);
  }
  return Status::Ok();
}

Result<StoredEvent> Store::GetEvent(const std::string& id) {
  std::optional<int64_t> row_id;
  std::string json;
  int count = 0;
  Status s = db_->Query("SELECT id, event_json, report_count FROM events WHERE event_key = ?", {id}, [&](const Row& row) {
    row_id = row.Int(0);
    json = row.Text(1);
    count = static_cast<int>(row.Int(2));
  });
  if (!s.ok()) return s;
  if (!row_id) return Status::NotFound("no event " + id + " in " + db_->Describe());
  auto e = EventFromJson(json);
  if (!e.ok()) return Status::Corrupt(db_->Describe() + ": event " + id + ": " + e.status().message());
  StoredEvent stored{std::move(e.value()), count, {}};
  if (Status r = LoadReports(*row_id, &stored); !r.ok()) return r;
  return stored;
}

Status Store::LoadReports(int64_t event, StoredEvent* stored) {
  return db_->Query(
      "SELECT d.doc_key, d.url, d.outlet, r.event_json, d.ingested_at FROM reports r JOIN documents d ON d.id = r.document_id "
      "WHERE r.event_id = ? ORDER BY r.confidence DESC, r.id",
      {event}, [&](const Row& row) {
        auto r = EventFromJson(row.Text(3));
        if (r.ok()) stored->reports.push_back({row.Text(0), row.Text(1), row.Text(2), std::move(r.value()), row.Text(4)});
      });
}

Result<StoreStats> Store::Stats() {
  StoreStats st;
  struct Count {
    const char* sql;
    int64_t* into;
  };
  for (const Count& c : {Count{"SELECT COUNT(*) FROM documents", &st.documents}, Count{"SELECT COUNT(*) FROM events", &st.events},
                         Count{"SELECT COUNT(*) FROM reports", &st.reports},
                         Count{"SELECT COUNT(*) FROM control_statements", &st.statements},
                         Count{"SELECT COUNT(*) FROM places", &st.places}}) {
    Status s = db_->Query(c.sql, {}, [&](const Row& row) { *c.into = row.Int(0); });
    if (!s.ok()) return s;
  }
  return st;
}

// ------------------------------------------------------------------------------------------------
// Control timelines

namespace {

// Whether `code` is one of the sides contesting the period's controller.
bool Fights(const ControlPeriod& p, const std::string& code) {
  return std::any_of(p.against.begin(), p.against.end(), [&](const Actor& x) { return SameSide(x.code, code); });
}

// One piece of evidence about who holds a place on a day.
struct Assertion {
  int64_t place;
  std::string date;
  enum Kind { kGain, kPartialGain, kContest, kWithdraw, kHeld, kHeldInPart } kind;
  std::string actor, opponent;  // codes; opponent: the event's target
  std::string event, statement, document;
};

}  // namespace

Result<std::vector<ControlPeriod>> Store::Control(const ControlQuery& q) {
  // The places asked for.
  std::string place_sql = "SELECT id, name, geonameid, country, admin1, lat, lon FROM places WHERE 1 = 1";
  std::vector<Value> place_params;
  if (!q.place.empty()) {
    bool numeric = q.place.find_first_not_of("0123456789") == std::string::npos;
    place_sql += numeric ? " AND (geonameid = ?" : " AND (name_key = ?";
    place_params.push_back(numeric ? Value{static_cast<int64_t>(std::stoll(q.place))} : Value{geo::NameKey(q.place)});
    for (long long id : q.geonameids) {
      place_sql += " OR geonameid = ?";
      place_params.push_back(static_cast<int64_t>(id));
    }
    place_sql += ")";
  }
  if (!q.country.empty()) {
    place_sql += " AND country = ?";
    place_params.push_back(q.country);
  }
  if (q.bbox) {
    place_sql += " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?";
    for (double v : {q.bbox->min_lat, q.bbox->max_lat, q.bbox->min_lon, q.bbox->max_lon}) place_params.push_back(v);
  }
  std::map<int64_t, Place> places;
  Status s = db_->Query(place_sql, place_params, [&](const Row& row) {
    Place p;
    p.name = row.Text(1);
    p.geonameid = row.Int(2);
    p.country = row.Text(3);
    p.admin1 = row.Text(4);
    p.lat = row.Real(5);
    p.lon = row.Real(6);
    places[row.Int(0)] = p;
  });
  if (!s.ok()) return s;
  if (places.empty()) return std::vector<ControlPeriod>{};

  // What the three queries below share: the date, and the places when they are few (a place's
  // timeline reads its own rows through the indexes; a map at a date reads them all).
  auto scope = [&](const char* alias, std::vector<Value>* params) {
    std::string sql;
    if (!q.at.empty()) {
      sql += std::string(" AND ") + alias + ".date_start <= ?";
      params->push_back(q.at);
    }
    if (places.size() <= 100) {
      sql += std::string(" AND ") + alias + ".place_id IN (";
      for (auto it = places.begin(); it != places.end(); ++it) {
        sql += it == places.begin() ? "?" : ", ?";
        params->push_back(it->first);
      }
      sql += ")";
    }
    return sql;
  };

  // Events that change control: asserted (occurred, or claimed by a party, as most captures are
  // first reported), at a settlement, district or site they name.
  std::vector<Assertion> assertions;
  std::map<std::string, std::vector<std::string>> event_documents;  // the documents behind each event
  std::vector<Value> event_params;
  std::string event_sql =
      "SELECT e.id, e.event_key, e.place_id, e.control, e.source_code, e.target_code, e.date_start, e.documents "
      "FROM events e "
      "WHERE e.control IS NOT NULL AND e.status IN ('occurred', 'claimed') AND e.place_id IS NOT NULL "
      "AND e.precision IN ('site', 'city', 'district')" + scope("e", &event_params);
  s = db_->Query(event_sql, event_params, [&](const Row& row) {
    if (!places.count(row.Int(2))) return;
    std::string effect = row.Text(3);
    Assertion a{row.Int(2), row.Text(6), Assertion::kGain, row.Text(4), row.Text(5), row.Text(1), "", ""};
    event_documents[a.event] = Split(row.Text(7));
    if (effect == "partial") a.kind = Assertion::kPartialGain;
    else if (effect == "contest") a.kind = Assertion::kContest;
    else if (effect == "withdraw") a.kind = Assertion::kWithdraw;
    else if (effect != "gain") return;
    assertions.push_back(std::move(a));
  });
  if (!s.ok()) return s;
  std::vector<Value> statement_params;
  std::string statement_sql =
      "SELECT s.place_id, s.date_start, s.kind, s.controller_code, s.statement_key, d.doc_key FROM control_statements s "
      "JOIN documents d ON d.id = s.document_id WHERE 1 = 1" + scope("s", &statement_params);
  s = db_->Query(statement_sql, statement_params, [&](const Row& row) {
    if (!places.count(row.Int(0))) return;
    assertions.push_back({row.Int(0), row.Text(1), row.Text(2) == "partial" ? Assertion::kHeldInPart : Assertion::kHeld,
                          row.Text(3), "", "", row.Text(4), row.Text(5)});
  });
  if (!s.ok()) return s;

  // The actors' names.
  std::map<std::string, std::string> names;
  s = db_->Query("SELECT code, name FROM actors", {}, [&](const Row& row) { names[row.Text(0)] = row.Text(1); });
  if (!s.ok()) return s;
  auto actor = [&](const std::string& code) { return Actor{"", code, names.count(code) ? names[code] : code}; };

  // Each place's assertions in date order, walked into periods. On one day: captures, then the
  // fighting and withdrawals that follow them, then the statements written that evening; the
  // order of the Kind enum.
  std::sort(assertions.begin(), assertions.end(), [](const Assertion& x, const Assertion& y) {
    // (Then by who, before the event's key, which depends on which report was stored first.)
    return std::tie(x.place, x.date, x.kind, x.actor, x.opponent, x.event, x.statement) <
           std::tie(y.place, y.date, y.kind, y.actor, y.opponent, y.event, y.statement);
  });
  std::vector<ControlPeriod> periods;
  std::optional<ControlPeriod> current;
  int64_t place = -1;
  auto close = [&](const std::string& until) {
    if (!current) return;
    current->until = until;
    periods.push_back(std::move(*current));
    current.reset();
  };
  auto cite = [&](ControlPeriod& p, const Assertion& a) {
    auto add = [](std::vector<std::string>& list, const std::string& item) {
      if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    };
    add(p.events, a.event);
    add(p.statements, a.statement);
    add(p.sources, a.document);
    for (const auto& d : event_documents[a.event]) add(p.sources, d);
  };
  auto open = [&](const Assertion& a, const std::string& controller, const std::string& kind) {
    close(a.date);
    current = ControlPeriod{places[a.place], actor(controller), {}, kind, a.date, "", {}, {}, {}};
    cite(*current, a);
  };
  for (const Assertion& a : assertions) {
    if (a.place != place) {
      close("");
      place = a.place;
    }
    bool holder = current && SameSide(current->controller.code, a.actor);
    switch (a.kind) {
      case Assertion::kGain:
      case Assertion::kHeld:
      case Assertion::kPartialGain:
      case Assertion::kHeldInPart: {
        std::string kind = a.kind == Assertion::kGain || a.kind == Assertion::kHeld ? "full" : "partial";
        bool same_day = current && current->since == a.date;
        if (holder && current->kind == kind) {
          cite(*current, a);
        } else if (same_day && (current->kind == "contested" || !holder)) {
          // Sides that each claim the place on the same day: it is contested between them.
          current->kind = "contested";
          if (!holder && !Fights(*current, a.actor)) current->against.push_back(actor(a.actor));
          cite(*current, a);
        } else {
          open(a, a.actor, kind);
        }
        break;
      }
      case Assertion::kContest: {
        bool fights_holder = current && !holder;
        // The captor's fighting on the day of its capture is the capture's own fighting ("entered
        // the town after clashes"), not a challenge to what it just took.
        bool holder_fights_other = holder && !a.opponent.empty() && !SameSide(a.opponent, a.actor) &&
                                   !(current->kind != "contested" && current->since == a.date);
        if (current && current->kind == "contested" && (holder || Fights(*current, a.actor))) {
          cite(*current, a);
        } else if (fights_holder || holder_fights_other || !current) {
          // Who held it keeps it, contested; with no holder known, the side it was fought from.
          std::string controller = current ? current->controller.code : !a.opponent.empty() ? a.opponent : a.actor;
          std::string challenger = fights_holder || (!current && !a.opponent.empty()) ? a.actor : a.opponent;
          open(a, controller, "contested");
          if (challenger != controller) current->against.push_back(actor(challenger));
        } else {
          cite(*current, a);
        }
        break;
      }
      case Assertion::kWithdraw:
        if (holder) {
          close(a.date);
          if (!a.opponent.empty()) open(a, a.opponent, "full");
        } else if (current && current->kind == "contested" && Fights(*current, a.actor)) {
          open(a, current->controller.code, "full");  // the challenger gave up
        }
        break;
    }
  }
  close("");
  if (q.at.empty()) return periods;
  // At a date: each place's period then (the last one, when it is still open).
  std::vector<ControlPeriod> at;
  for (size_t i = 0; i < periods.size(); ++i) {
    bool last_of_place = i + 1 == periods.size() || periods[i + 1].place.name != periods[i].place.name ||
                         periods[i + 1].place.geonameid != periods[i].place.geonameid;
    if (last_of_place && periods[i].until.empty()) at.push_back(std::move(periods[i]));
  }
  return at;
}

}  // namespace sitrep::store
