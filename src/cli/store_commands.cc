#include "cli/store_commands.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/event_output.h"
#include "cli/one_shot.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/table.h"
#include "geo/gazetteer.h"
#include "server/server.h"
#include "store/export.h"
#include "store/store.h"

namespace sitrep::cli {

namespace {

struct StoreOptions {
  std::string db = "sitrep.db";
  std::vector<std::string> paths;
  bool progress = false;
  unsigned jobs = 1;   // ingest's
  std::string format;  // control's
  EventOutputOptions output;  // events'
  bool reports = false;
  std::string bbox;
  store::EventQuery events;
  store::ControlQuery control;
};

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& target,
                                                store::Access access = store::Access::kReadWrite) {
  auto opened = store::Store::Open(target, access);
  if (!opened.ok()) std::cerr << "sitrep: " << opened.status().message() << "\n";
  return opened;
}

bool CheckDate(const std::string& value, const char* what) {
  if (value.empty() || store::IsIsoDay(value)) return true;
  std::cerr << "sitrep: " << what << " '" << value << "' is not a date YYYY-MM-DD\n";
  return false;
}

int RunIngest(StoreOptions& o, const ReadOptions& read, const PipelineOptions& options) {
  if (o.paths.empty()) o.paths.push_back("-");
  if (!AllPathsExist(o.paths)) return 2;
  auto pipeline = Pipeline::Open(options);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().message() << "\n";
    return 2;
  }
  auto opened = OpenStore(o.db);
  if (!opened.ok()) return 2;
  store::Store& db = **opened;
  std::string lexicon = (*pipeline)->LexiconVersion();
  // Codes, on this thread, a document the store held when it was read but no longer does when its
  // turn comes to be stored (another writer replaced it meanwhile): forked when that first happens.
  const Pipeline* first = pipeline->get();
  std::unique_ptr<Pipeline> late;
  size_t docs = 0, failed = 0, stored = 0, unchanged = 0, events = 0;
  bool show_progress = o.progress || isatty(STDERR_FILENO);
  Progress shown(show_progress, show_progress ? CountDocuments(o.paths) : 0);
  auto store_document = [&](Result<Document>& doc, std::optional<Result<Coding>>& coding) {
    ++docs;
    auto fail = [&](const std::string& message) {
      ++failed;
      std::cerr << "sitrep: " << message << "\n";
    };
    if (!doc.ok()) return fail(doc.status().message());
    auto current = db.IsCurrent(*doc, lexicon);
    if (!current.ok()) return fail(doc->origin + ": " + current.status().message());
    if (*current) {
      ++unchanged;
      std::cout << "unchanged " << doc->id << "\n";
      return;
    }
    if (!coding && !late) {
      auto forked = first->Fork();
      if (!forked.ok()) return fail(forked.status().message());
      late = std::move(forked.value());
    }
    if (!coding) coding = late->Analyse(*doc);
    if (!coding->ok()) return fail(coding->status().message());
    auto result = db.Ingest(*doc, **coding, lexicon);
    if (!result.ok()) return fail(doc->origin + ": not stored: " + result.status().message());
    // One line per document once its transaction has committed: what is acknowledged is stored.
    using Outcome = store::IngestResult::Outcome;
    switch (result->outcome) {
      case Outcome::kUnchanged: ++unchanged; std::cout << "unchanged " << doc->id << "\n"; break;
      case Outcome::kSameContent:
        ++unchanged;
        std::cout << "same-text " << doc->id << " as " << result->same_as << "\n";
        break;
      case Outcome::kStored:
      case Outcome::kReplaced:
        ++stored;
        events += (*coding)->events.size();
        std::cout << (result->outcome == Outcome::kStored ? "stored " : "replaced ") << doc->id
                  << " events=" << (*coding)->events.size() << " new=" << result->new_events
                  << " merged=" << result->merged_reports << " statements=" << result->statements << "\n";
    }
    std::cout.flush();
  };
  auto sink = [&](Result<Document>& doc, std::optional<Result<Coding>>& coding) {
    store_document(doc, coding);
    shown.Update(docs, std::to_string(stored) + " stored, " + std::to_string(unchanged) + " unchanged, " +
                           std::to_string(failed) + " failed");
  };
  auto coder = ParallelCoder::Open(std::move(pipeline.value()), o.jobs, sink);
  if (!coder.ok()) {
    std::cerr << "sitrep: " << coder.status().message() << "\n";
    return 2;
  }
  // Documents the store already holds as they are are not coded again.
  auto add = [&](Result<Document> doc) {
    bool code = true;
    if (doc.ok())
      if (auto current = db.IsCurrent(*doc, lexicon); current.ok() && *current) code = false;
    (*coder)->Add(std::move(doc), code);
  };
  for (const auto& path : o.paths) {
    Status s = ReadDocuments(path, read, add);
    if (!s.ok()) (*coder)->Add(s);  // a path that cannot be read counts, in its turn, as a document that failed
  }
  (*coder)->Finish();
  shown.Finish();
  for (auto& coded_with : (*coder)->Close()) LeaveToExit(std::move(coded_with));
  LeaveToExit(std::move(late));
  auto stats = db.Stats();
  std::cerr << "sitrep: " << docs << " documents read: " << stored << " stored, " << unchanged << " unchanged, "
            << failed << " failed; " << events << " reports coded";
  if (stats.ok())
    std::cerr << "; the store (" << db.db().Describe() << ") holds " << stats->documents << " documents, "
              << stats->events << " events from " << stats->reports << " reports, " << stats->statements
              << " statements of control";
  std::cerr << "\n";
  return failed ? 1 : 0;
}

int RunEvents(StoreOptions& o, const PipelineOptions& options) {
  if (!CheckDate(o.events.since, "--since") || !CheckDate(o.events.until, "--until")) return 2;
  if (!o.bbox.empty()) {
    auto bbox = store::ParseBbox(o.bbox);
    if (!bbox.ok()) return std::cerr << "sitrep: " << bbox.status().message() << "\n", 2;
    o.events.bbox = *bbox;
  }
  if (Status s = store::CheckFilters(o.events); !s.ok()) return std::cerr << "sitrep: " << s.message() << "\n", 2;
  EventOutputOptions& output = o.output;
  // ACLED's names, for CSV and for a country given by name: the lexicon is read only for them.
  std::optional<store::AcledNames> names;
  if (output.format == "csv" || !o.events.country.empty()) {
    if (!(names = LoadAcledNames(options.lexicon_path)) || !ResolveCountry(*names, "--country", &o.events.country))
      return 2;
  }
  output.stored = true;
  o.events.with_reports = o.reports;
  if (output.format == "csv") store::PrepareAcledQuery(&o.events, output.all_statuses);
  // The statuses the query chose are the rows: an explicit --status is what the analyst asked for.
  output.all_statuses = true;
  auto opened = OpenStore(o.db, store::Access::kReadOnly);
  if (!opened.ok()) return 2;
  EventWriter writer(std::cout, output, names ? &*names : nullptr);
  writer.Begin();
  Status s = (*opened)->Events(o.events, [&](const store::StoredEvent& e) { writer.Write(e); });
  writer.End();
  if (!s.ok()) return std::cerr << "sitrep: " << s.message() << "\n", 1;
  return 0;
}

int RunControl(StoreOptions& o, const PipelineOptions& options) {
  if (!CheckDate(o.control.at, "--at")) return 2;
  if (!o.bbox.empty()) {
    auto bbox = store::ParseBbox(o.bbox);
    if (!bbox.ok()) return std::cerr << "sitrep: " << bbox.status().message() << "\n", 2;
    o.control.bbox = *bbox;
  }
  if (!o.control.country.empty()) {
    auto names = LoadAcledNames(options.lexicon_path);
    if (!names || !ResolveCountry(*names, "--country", &o.control.country)) return 2;
  }
  if (!o.control.place.empty()) {
    // Every spelling the gazetteer knows: "Debre-Tabor" finds Debre Tabor.
    bool geonameid = o.control.place.find_first_not_of("0123456789") == std::string::npos;
    auto g = geo::Gazetteer::Open(geo::FindGazetteer(options.gazetteer_path));
    if (!g.ok()) return std::cerr << "sitrep: " << g.status().message() << "\n", 2;
    for (const geo::Posting& p : (*g)->Lookup(o.control.place))
      o.control.geonameids.push_back((*g)->place(p.place).geonameid);
    if (!geonameid && o.control.geonameids.empty())
      return std::cerr << "sitrep: --place '" << o.control.place << "': the gazetteer knows no such place ("
                       << "sitrep gazetteer lookup lists the places a name may be)\n",
             2;
  }
  auto opened = OpenStore(o.db, store::Access::kReadOnly);
  if (!opened.ok()) return 2;
  auto periods = (*opened)->Control(o.control);
  if (!periods.ok()) return std::cerr << "sitrep: " << periods.status().message() << "\n", 1;
  if (o.format == "geojson") {
    std::cout << "{\"type\":\"FeatureCollection\",\"features\":[";
    for (size_t i = 0; i < periods->size(); ++i) std::cout << (i ? ",\n" : "\n") << store::ControlFeature((*periods)[i]);
    std::cout << "\n]}\n";
  } else if (o.format == "table") {
    std::cout << Cell("place", 20) << Cell("controller", 12) << Cell("kind", 9) << Cell("since", 10) << Cell("until", 10)
              << "events\n";
    for (const auto& p : *periods) {
      std::string against;
      for (const auto& a : p.against) against += " vs " + a.code;
      std::cout << Cell(p.place.name, 20) << Cell(p.controller.code, 12) << Cell(p.kind, 9) << Cell(p.since, 10)
                << Cell(p.until.empty() ? "-" : p.until, 10) << p.events.size() + p.statements.size() << against << "\n";
    }
  } else {
    for (const auto& p : *periods) std::cout << store::ControlPeriodToJson(p) << "\n";
  }
  return 0;
}

}  // namespace

std::function<int()> AddStoreCommands(CLI::App& app, ReadOptions* read, PipelineOptions* pipeline,
                                      const std::function<void(CLI::App*)>& add_coding_options, ServeRunner serve_runner) {
  auto o = std::make_shared<StoreOptions>();
  const char* db_help = "The store: a SQLite file (created if missing) or a postgresql:// URL";
  const char* read_db_help = "The store: a SQLite file or a postgresql:// URL, opened read-only";

  CLI::App* ingest = app.add_subcommand(
      "ingest", "Code documents and store them; one line per document on stdout once it is stored");
  ingest->add_option("paths", o->paths, "Files or directories (read recursively); - or nothing reads stdin");
  ingest->add_option("--db", o->db, db_help)->capture_default_str()->envname("SITREP_DB");
  ingest->add_flag("--progress", o->progress, "Report progress on stderr (default when stderr is a terminal)");
  AddJobsOption(ingest, &o->jobs);
  add_coding_options(ingest);

  CLI::App* events = app.add_subcommand("events", "Query the store's events");
  events->add_option("--db", o->db, read_db_help)->capture_default_str()->envname("SITREP_DB");
  events->add_option("--since", o->events.since, "Events whose dates reach this day or later (YYYY-MM-DD)");
  events->add_option("--until", o->events.until, "Events whose dates start on this day or earlier (YYYY-MM-DD)");
  events->add_option("--country", o->events.country, "Country of the event's place: ISO 3166 code (SY, SYR) or name (Syria)");
  events->add_option("--actor", o->events.actor, "CAMEO actor code prefix, as source or target (SYR, IMGMUSISI)");
  events->add_option("--cameo", o->events.cameo, "CAMEO event code prefix (19, 192)");
  events->add_option("--acled", o->events.acled, "ACLED event type or sub-event type (Battles, Air/drone strike)");
  events->add_option("--status", o->events.status, "Event status")
      ->check(CLI::IsMember({"occurred", "attempted", "failed", "planned", "claimed", "feared", "negated"}));
  events->add_option("--bbox", o->bbox, "Bounding box min_lon,min_lat,max_lon,max_lat");
  events->add_option("--limit", o->events.limit, "At most this many events (0: all)")->capture_default_str();
  events->add_option("--offset", o->events.offset, "Skip this many events first")->capture_default_str();
  events->add_flag("--reports", o->reports, "Include every report (document, evidence) in JSON Lines");
  AddEventOutputOptions(events, &o->output);
  events->add_option("--lexicon", pipeline->lexicon_path,
                     "Compiled lexicon, for ACLED's names of countries and actors (default as for code)");

  CLI::App* control = app.add_subcommand("control", "Who controls which place: timelines, or the state at a date");
  control->add_option("--db", o->db, read_db_help)->capture_default_str()->envname("SITREP_DB");
  control->add_option("--at", o->control.at, "The state on this day (YYYY-MM-DD); without it, whole timelines");
  control->add_option("--place", o->control.place, "One place: a name in any spelling, or a GeoNames id");
  control->add_option("--country", o->control.country, "Country of the places: ISO 3166 code (SY, SYR) or name (Syria)");
  control->add_option("--bbox", o->bbox, "Bounding box min_lon,min_lat,max_lon,max_lat");
  control->add_option("--lexicon", pipeline->lexicon_path, "Compiled lexicon, for country names (default as for code)");
  control->add_option("--gazetteer", pipeline->gazetteer_path,
                      "Compiled gazetteer, for other spellings of --place (default as for code)");
  control->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "geojson", "table"}))
      ->default_str("jsonl");

  auto serve_options = std::make_shared<server::ServerOptions>();
  CLI::App* serve = app.add_subcommand("serve", "Serve the store, the coder and the map page over HTTP (docs/API.md)");
  serve->add_option("--db", serve_options->db, db_help)->capture_default_str()->envname("SITREP_DB");
  serve->add_option("--host", serve_options->host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", serve_options->port, "Port to listen on: 1 to 65535, or 0 for any free one")
      ->capture_default_str();
  serve->add_option("--web", serve_options->web_dir,
                    "The map page as built, with its vendor/ libraries (default: $SITREP_WEB, else web/ "
                    "beside the executable: build/web)");
  serve->add_option("--threads", serve_options->threads, "Requests answered at once (at least 1; /v1/health has "
                    "a thread of its own)")->capture_default_str();
  serve->add_option("--max-queued", serve_options->max_queued, "Requests waiting for a thread; more get 503")
      ->capture_default_str();
  serve->add_option("--max-body", serve_options->max_body_bytes,
                    "Largest request body, in bytes (413 beyond, before the body is read)")
      ->capture_default_str();
  serve->add_option("--timeout", serve_options->timeout_seconds,
                    "Seconds to read a request's body, and again to write its answer")
      ->capture_default_str();
  serve->add_option("--header-timeout", serve_options->header_timeout_seconds,
                    "Seconds for a request's headers to arrive, from the connection's opening or its previous "
                    "answer (also how long an idle connection is kept)")
      ->capture_default_str();
  serve->add_option("--stop-timeout", serve_options->stop_timeout_seconds,
                    "On SIGINT or SIGTERM, seconds for the requests under way to finish before it exits anyway")
      ->capture_default_str();
  serve->add_option("--token", serve_options->token,
                    "API token that writes (POST /v1/documents) must send as 'Authorization: Bearer TOKEN', at "
                    "least 16 characters; without one the server takes no writes (default: none). Writes take "
                    "only Content-Type: application/json, and a POST from another Origin is refused (docs/API.md)")
      ->envname("SITREP_API_TOKEN");
  serve->add_flag("--allow-unauthenticated-writes", serve_options->allow_unauthenticated_writes,
                  "Take writes without a token; only with --host on loopback (default: off)");
  serve->add_option("--lexicon", pipeline->lexicon_path, "Compiled lexicon (default as for code)");
  serve->add_option("--gazetteer", pipeline->gazetteer_path, "Compiled gazetteer (default as for code)");
  serve->add_option("--dictionaries", pipeline->cameo_dictionaries,
                    "PETRARCH or TABARI dictionaries for POST /v1/code and /v1/documents (as for code)");

  return [=]() {
    if (o->format.empty()) o->format = "jsonl";
    if (*serve) return serve_runner(*serve_options, *pipeline);
    if (*ingest) return RunIngest(*o, *read, *pipeline);
    if (*events) return RunEvents(*o, *pipeline);
    if (*control) return RunControl(*o, *pipeline);
    return -1;
  };
}

}  // namespace sitrep::cli
