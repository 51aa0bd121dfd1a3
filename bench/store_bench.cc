// Query latency on a large store: builds a store of synthetic events (about 100,000 by default:
// random towns, actors, types and days over three years, five events per document, stored through
// Store::Ingest so that they are merged as real ones are), then times the queries an analyst and
// the HTTP API run, and prints p50 and p99 per query.
//   store_bench [--events N] [--db PATH|postgresql://...] [--runs R]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "store/store.h"

using namespace sitrep;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

struct Fixture {
  std::vector<Place> towns;
  std::vector<Actor> actors;
};

Fixture MakeFixture(std::mt19937& rng) {
  Fixture f;
  const char* countries[] = {"SY", "IQ", "SD", "ML", "UA", "CD", "YE", "SO", "LY", "MZ"};
  std::uniform_real_distribution<double> jitter(-3, 3);
  for (int i = 0; i < 2000; ++i) {
    Place p;
    p.name = "Town " + std::to_string(i);
    p.text = p.name;
    p.geonameid = 100000 + i;
    p.country = countries[i % 10];
    p.admin1 = "Region " + std::to_string(i % 37);
    p.lat = 10 + (i % 10) * 3 + jitter(rng);
    p.lon = 20 + (i % 10) * 2 + jitter(rng);
    p.precision = i % 7 == 0 ? "region" : "city";
    p.geo_precision = p.precision == "city" ? 1 : 3;
    f.towns.push_back(p);
  }
  const char* codes[] = {"SYRMIL", "IMGMUSISI", "IRQMIL", "SDNMIL", "SDNREB", "MLIMIL", "MLIREB", "UKRMIL", "RUSMIL",
                         "CODMIL", "CODREB", "YEMREB", "SOMREB", "LBYMIL", "MOZMIL", "USAMIL", "SYRCVL", "IRQCVL"};
  for (const char* c : codes) f.actors.push_back({c, c, std::string("Actor ") + c});
  return f;
}

Event RandomEvent(std::mt19937& rng, const Fixture& f, const std::string& doc, int n) {
  static const char* kTypes[][3] = {{"192", "Battles", "Government regains territory"},
                                    {"193", "Battles", "Armed clash"},
                                    {"195", "Explosions/Remote violence", "Air/drone strike"},
                                    {"194", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
                                    {"183", "Explosions/Remote violence", "Suicide bomb"},
                                    {"043", "", ""}};
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  const auto& type = kTypes[pick(6)];
  Event e;
  e.doc = doc;
  e.id = doc + ":" + std::to_string(n) + ":0";
  e.cameo = type[0];
  e.plover = "ASSAULT";
  if (*type[1]) e.acled_type = type[1], e.acled_sub_type = type[2];
  static const EventStatus kStatuses[] = {EventStatus::kOccurred, EventStatus::kOccurred, EventStatus::kClaimed,
                                          EventStatus::kFeared};
  e.status = kStatuses[pick(4)];
  e.source = f.actors[pick(f.actors.size())];
  if (pick(3)) e.target = f.actors[pick(f.actors.size())];
  e.location = f.towns[pick(f.towns.size())];
  e.place_text = e.location->name;
  if (e.cameo == "192") e.control = "gain";
  char date[32];
  int day = static_cast<int>(pick(3 * 365));
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2021 + day / 365, 1 + (day % 365) / 31 % 12, 1 + day % 28);
  e.date = {date, date, "day", ""};
  e.evidence = {n, 0, 90, "A sentence of evidence about " + e.location->name + " long enough to weigh like one."};
  e.trigger = "took";
  e.confidence = 0.5 + 0.4 * std::uniform_real_distribution<double>(0, 1)(rng);
  return e;
}

void Percentiles(const char* name, std::vector<double> ms, size_t rows) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
  std::printf("query %-34s rows=%-7zu p50_ms=%.2f p99_ms=%.2f\n", name, rows, at(0.50), at(0.99));
}

}  // namespace

int main(int argc, char** argv) {
  size_t target = 100000, runs = 50;
  std::string db_path = "build/bench/store_bench.db";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--events")) target = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--db")) db_path = argv[i + 1];
    else if (!std::strcmp(argv[i], "--runs")) runs = std::stoul(argv[i + 1]);
  }
  if (!store::Database::IsPostgresUrl(db_path))
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  auto opened = store::Store::Open(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", opened.status().message().c_str());
    return 2;
  }
  store::Store& st = **opened;
  std::mt19937 rng(42);
  Fixture f = MakeFixture(rng);

  auto start = Clock::now();
  size_t docs = 0, reports = 0;
  for (;;) {
    if (docs % 200 == 0) {
      auto stats = st.Stats();
      if (stats.ok() && static_cast<size_t>(stats->events) >= target) break;
    }
    Document d;
    d.id = "doc" + std::to_string(docs);
    d.text = d.id;
    Coding coding;
    for (int n = 0; n < 5; ++n) coding.events.push_back(RandomEvent(rng, f, d.id, n));
    reports += coding.events.size();
    auto r = st.Ingest(d, coding, "bench");
    if (!r.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", r.status().message().c_str());
      return 1;
    }
    ++docs;
  }
  double build = Seconds(start);
  auto stats = st.Stats();
  std::printf("store %s (%s): %lld events from %zu reports in %zu documents, built in %.1f s (%.0f documents/s)\n",
              db_path.c_str(), st.db().Dialect(), static_cast<long long>(stats->events), reports, docs, build,
              docs / build);

  auto time_events = [&](const char* name, store::EventQuery q) {
    std::vector<double> ms;
    size_t rows = 0;
    for (size_t r = 0; r < runs; ++r) {
      rows = 0;
      auto t = Clock::now();
      (void)st.Events(q, [&](const store::StoredEvent&) { ++rows; });
      ms.push_back(Seconds(t) * 1000);
    }
    Percentiles(name, ms, rows);
  };
  time_events("page of 100 (the API's default)", {.limit = 100});
  time_events("page of 100 at offset 50,000", {.limit = 100, .offset = 50000});
  time_events("one month", {.since = "2022-03-01", .until = "2022-03-31"});
  time_events("one country, one month", {.since = "2022-03-01", .until = "2022-03-31", .country = "SD"});
  time_events("actor prefix, 100", {.actor = "SDN", .limit = 100});
  time_events("ACLED sub-type, one month", {.since = "2022-03-01", .until = "2022-03-31", .acled = "Air/drone strike"});
  time_events("bounding box, one month",
              {.since = "2022-03-01", .until = "2022-03-31", .bbox = store::Bbox{20, 10, 24, 16}});
  time_events("one month with reports", {.since = "2022-03-01", .until = "2022-03-07", .with_reports = true});
  {
    std::vector<std::string> ids;
    (void)st.Events({.limit = 1000}, [&](const store::StoredEvent& e) { ids.push_back(e.event.id); });
    std::vector<double> ms;
    for (size_t r = 0; r < runs * 10; ++r) {
      auto t = Clock::now();
      (void)st.GetEvent(ids[r % ids.size()]);
      ms.push_back(Seconds(t) * 1000);
    }
    Percentiles("one event by id, with reports", ms, 1);
  }
  for (const char* at : {"2022-06-30", "2023-12-31"}) {
    std::vector<double> ms;
    size_t rows = 0;
    for (size_t r = 0; r < std::max<size_t>(runs / 5, 5); ++r) {
      auto t = Clock::now();
      auto periods = st.Control({.at = at});
      rows = periods.ok() ? periods->size() : 0;
      ms.push_back(Seconds(t) * 1000);
    }
    Percentiles((std::string("control at ") + at).c_str(), ms, rows);
  }
  {
    std::vector<double> ms;
    size_t rows = 0;
    for (size_t r = 0; r < runs; ++r) {
      auto t = Clock::now();
      auto periods = st.Control({.place = "Town 8"});
      rows = periods.ok() ? periods->size() : 0;
      ms.push_back(Seconds(t) * 1000);
    }
    Percentiles("one place's timeline", ms, rows);
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak_rss_MB=%.0f\n", usage.ru_maxrss / 1024.0);
  return 0;
}
