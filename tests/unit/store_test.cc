// The store suite, run on both backends: SQLite in a temporary file, and PostgreSQL when
// $SITREP_TEST_POSTGRES names a server (ctest's store_postgres test starts one with
// tests/store/with_postgres.sh and runs this suite against it).
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "lexicon/lexicon.h"
#include "store/export.h"
#include "store/store.h"

namespace sitrep::store {
namespace {

namespace fs = std::filesystem;

Place Town(const std::string& name, long long id, double lat, double lon) {
  Place p;
  p.text = name;
  p.name = name;
  p.geonameid = id;
  p.country = "ET";
  p.admin1 = "Amhara";
  p.lat = lat;
  p.lon = lon;
  p.precision = "city";
  p.geo_precision = 1;  // the town itself
  return p;
}

const Place kDebreTabor = Town("Debre Tabor", 339686, 11.85, 38.0167);
const Place kWerota = Town("Werota", 326206, 11.9167, 37.7);  // ~35 km from Debre Tabor

Actor Army() { return {"the army", "ETHMIL", "Ethiopian National Defense Force"}; }
Actor Fano() { return {"Fano", "ETHREB", "Fano militia"}; }

Event Capture(const std::string& doc, int n, const Actor& source, std::optional<Actor> target, const Place& where,
              const std::string& date, double confidence = 0.6) {
  Event e;
  e.doc = doc;
  e.id = doc + ":" + std::to_string(n) + ":0";
  e.cameo = "192";
  e.plover = "ASSAULT";
  e.acled_type = "Battles";
  bool state = source.code.find("REB") == std::string::npos;
  e.acled_sub_type = state ? "Government regains territory" : "Non-state actor overtakes territory";
  e.status = EventStatus::kOccurred;
  e.source = source;
  e.target = target;
  e.location = where;
  e.place_text = where.name;
  e.control = "gain";
  e.date = {date, date, "day", ""};
  e.evidence = {n, 0, 10, source.text + " took " + where.name};
  e.trigger = "took";
  e.confidence = confidence;
  return e;
}

Document Doc(const std::string& id, const std::string& text, const std::string& date = "2024-12-20") {
  Document d;
  d.id = id;
  d.origin = id + ".txt";
  d.text = text;
  d.lang = "en";
  PartialDate::ParseIso(date, &d.date);
  return d;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      const char* url = std::getenv("SITREP_TEST_POSTGRES");
      if (!url || !*url) GTEST_SKIP() << "no PostgreSQL server (ctest's store_postgres test starts one)";
      target_ = url;
      auto db = Database::Open(target_);
      ASSERT_TRUE(db.ok()) << db.status().message();
      ASSERT_TRUE((*db)->Execute("DROP SCHEMA public CASCADE", {}).ok());
      ASSERT_TRUE((*db)->Execute("CREATE SCHEMA public", {}).ok());
    } else {
      std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
      std::replace(name.begin(), name.end(), '/', '_');
      target_ = (fs::temp_directory_path() / ("sitrep-store-test-" + std::to_string(::getpid()) + "-" + name + ".db")).string();
      fs::remove(target_);
    }
    auto opened = Store::Open(target_);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened.value());
  }
  void TearDown() override {
    store_.reset();
    if (GetParam() == "sqlite" && !target_.empty())
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target_ + suffix);
  }

  IngestResult Put(const Document& doc, std::vector<Event> events, std::vector<ControlStatement> control = {},
                   const std::string& lexicon = "1.test") {
    auto r = store_->Ingest(doc, Coding{std::move(events), std::move(control)}, lexicon);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : IngestResult{};
  }
  std::vector<StoredEvent> All(EventQuery q = {}) {
    std::vector<StoredEvent> out;
    Status s = store_->Events(q, [&](const StoredEvent& e) { out.push_back(e); });
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }
  std::vector<ControlPeriod> Control(ControlQuery q = {}) {
    auto r = store_->Control(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : std::vector<ControlPeriod>{};
  }

  std::string target_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, IngestingTheSameDocumentTwiceChangesNothing) {
  Document d = Doc("a", "The army took Debre Tabor.");
  EXPECT_EQ(Put(d, {Capture("a", 0, Army(), Fano(), kDebreTabor, "2024-12-19")}).outcome,
            IngestResult::Outcome::kStored);
  auto current = store_->IsCurrent(d, "1.test");
  ASSERT_TRUE(current.ok());
  EXPECT_TRUE(*current);
  EXPECT_EQ(Put(d, {Capture("a", 0, Army(), Fano(), kDebreTabor, "2024-12-19")}).outcome,
            IngestResult::Outcome::kUnchanged);
  // The same text under another id is one document.
  IngestResult copy = Put(Doc("a-copy", d.text), {Capture("a-copy", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  EXPECT_EQ(copy.outcome, IngestResult::Outcome::kSameContent);
  EXPECT_EQ(copy.same_as, "a");
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_EQ(stats->reports, 1);
}

TEST_P(StoreTest, ReingestingAfterALexiconChangeReplacesTheDocumentsEvents) {
  Document d = Doc("a", "The army took Debre Tabor and Werota.");
  Put(d, {Capture("a", 0, Army(), Fano(), kDebreTabor, "2024-12-19"),
          Capture("a", 1, Army(), Fano(), kWerota, "2024-12-19")});
  // The new lexicon finds only one of the two.
  IngestResult r = Put(d, {Capture("a", 0, Army(), Fano(), kDebreTabor, "2024-12-19")}, {}, "1.newer");
  EXPECT_EQ(r.outcome, IngestResult::Outcome::kReplaced);
  auto events = All();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event.location->name, "Debre Tabor");
  auto stats = store_->Stats();
  EXPECT_EQ(stats->reports, 1);
  EXPECT_EQ(stats->documents, 1);
}

TEST_P(StoreTest, ReportsOfOneEventMergeAndKeepTheirSources) {
  // Three articles, a day apart at most, one without a target, one placing it 2 km off.
  Place nearby = kDebreTabor;
  nearby.lat += 0.02;
  Put(Doc("wire", "w"), {Capture("wire", 0, Army(), Fano(), kDebreTabor, "2024-12-19", 0.6)});
  Put(Doc("daily", "d"), {Capture("daily", 0, {"ENDF", "ETHMIL", "Ethiopian National Defense Force"}, std::nullopt,
                                  nearby, "2024-12-20", 0.5)});
  Event broad =
      Capture("afp", 0, {"le gouvernement", "ETHGOV", "Ethiopian government"}, Fano(), kDebreTabor, "2024-12-19", 0.7);
  broad.date = {"2024-12-15", "2024-12-21", "week", "cette semaine"};
  Put(Doc("afp", "f"), {broad});
  auto events = All(EventQuery{.with_reports = true});
  ASSERT_EQ(events.size(), 1u);
  const StoredEvent& e = events[0];
  EXPECT_EQ(e.report_count, 3);
  ASSERT_EQ(e.reports.size(), 3u);
  std::set<std::string> docs;
  for (const auto& r : e.reports) docs.insert(r.document);
  EXPECT_EQ(docs, (std::set<std::string>{"wire", "daily", "afp"}));
  // Combined: 1 - 0.4 * 0.5 * 0.3.
  EXPECT_NEAR(e.event.confidence, 0.94, 1e-9);
  EXPECT_EQ(e.event.source->code, "ETHGOV");  // the most confident report's
  ASSERT_TRUE(e.event.target);
  // The date every report allows.
  EXPECT_EQ(e.event.date.start, "2024-12-19");
  EXPECT_EQ(e.event.date.end, "2024-12-20");
  EXPECT_EQ(e.event.id.rfind("ev-", 0), 0u);
  // The stable id answers GetEvent.
  auto got = store_->GetEvent(e.event.id);
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got->reports.size(), 3u);
}

TEST_P(StoreTest, ReportsOfAStrikeByItsAimAndByItsVictimsMergeWithTheLowestToll) {
  auto strike = [](const std::string& doc, std::optional<Actor> target, std::optional<int> killed, double confidence) {
    Event e = Capture(doc, 0, Army(), target, kDebreTabor, "2024-12-19", confidence);
    e.cameo = "195";
    e.acled_type = "Explosions/Remote violence";
    e.acled_sub_type = "Air/drone strike";
    e.control.clear();
    e.fatalities = killed;
    return e;
  };
  // The army's aim in one report, the civilians it killed in two others, with tolls of 9 and 12.
  Put(Doc("wire", "w"), {strike("wire", Fano(), std::nullopt, 0.7)});
  Put(Doc("daily", "d"), {strike("daily", Actor{"nine people", "ETHCVL", "Ethiopian civilians"}, 12, 0.6)});
  Put(Doc("local", "l"), {strike("local", Actor{"civilians", "ETHCVL", "Ethiopian civilians"}, 9, 0.5)});
  auto events = All(EventQuery{.with_reports = true});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].report_count, 3);
  ASSERT_TRUE(events[0].event.fatalities);
  EXPECT_EQ(*events[0].event.fatalities, 9);  // never 21: one toll, ACLED's lowest
}

TEST_P(StoreTest, ConflictingOrDistantReportsStayApart) {
  Put(Doc("army", "a"), {Capture("army", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  // The other side's claim on the same town and day.
  Put(Doc("fano", "r"), {Capture("fano", 0, Fano(), Army(), kDebreTabor, "2024-12-19")});
  // Another town 35 km away.
  Put(Doc("werota", "m"), {Capture("werota", 0, Army(), Fano(), kWerota, "2024-12-19")});
  // The same town a week later.
  Put(Doc("later", "l"), {Capture("later", 0, Army(), Fano(), kDebreTabor, "2024-12-27")});
  // An air strike there that day is another kind of event.
  Event strike = Capture("strike", 0, Army(), Fano(), kDebreTabor, "2024-12-19");
  strike.cameo = "195";
  strike.acled_type = "Explosions/Remote violence";
  strike.acled_sub_type = "Air/drone strike";
  strike.control = "";
  Put(Doc("strike", "s"), {strike});
  // A feared capture is not the capture.
  Event feared = Capture("feared", 0, Army(), Fano(), kDebreTabor, "2024-12-19");
  feared.status = EventStatus::kFeared;
  Put(Doc("feared", "f"), {feared});
  auto events = All();
  EXPECT_EQ(events.size(), 6u);
  for (const auto& e : events) EXPECT_EQ(e.report_count, 1) << e.event.id;
}

TEST_P(StoreTest, ATownTakenLostAndRetakenShowsThreeChanges) {
  Put(Doc("d08", "8"), {Capture("d08", 0, Army(), Fano(), kDebreTabor, "2024-12-08")});
  Put(Doc("d11", "11"), {Capture("d11", 0, Fano(), Army(), kDebreTabor, "2024-12-11")});
  // A statement of state on the 15th confirms Fano, it is no change.
  ControlStatement held;
  held.id = "d15:2:c4";
  held.controller = Fano();
  held.place_text = "Debre Tabor";
  held.location = kDebreTabor;
  held.kind = "full";
  held.date = {"2024-12-15", "2024-12-15", "day", ""};
  held.evidence = {2, 0, 10, "Debre Tabor, held by Fano"};
  held.confidence = 0.7;
  Put(Doc("d15", "15"), {}, {held});
  Put(Doc("d19", "19"), {Capture("d19", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  // A second report of the retaking cites both sources.
  Put(Doc("d19b", "19b"), {Capture("d19b", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});

  auto timeline = Control({.place = "Debre-Tabor"});
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[0].controller.code, "ETHMIL");
  EXPECT_EQ(timeline[0].since, "2024-12-08");
  EXPECT_EQ(timeline[0].until, "2024-12-11");
  EXPECT_EQ(timeline[1].controller.code, "ETHREB");
  EXPECT_EQ(timeline[1].since, "2024-12-11");
  EXPECT_EQ(timeline[1].until, "2024-12-19");
  EXPECT_EQ(timeline[1].statements, std::vector<std::string>{"d15:2:c4"});
  EXPECT_EQ(timeline[1].sources, (std::vector<std::string>{"d11", "d15"}));
  EXPECT_EQ(timeline[2].controller.code, "ETHMIL");
  EXPECT_EQ(timeline[2].since, "2024-12-19");
  EXPECT_EQ(timeline[2].until, "");
  EXPECT_EQ(timeline[2].events.size(), 1u);
  EXPECT_EQ(timeline[2].sources, (std::vector<std::string>{"d19", "d19b"}));
  for (const auto& p : timeline) EXPECT_EQ(p.kind, "full");

  // At a date: the period that covers it.
  auto at = Control({.at = "2024-12-12"});
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(at[0].controller.code, "ETHREB");
  EXPECT_EQ(Control({.at = "2024-12-09"})[0].controller.code, "ETHMIL");
  EXPECT_EQ(Control({.at = "2024-12-25"})[0].controller.code, "ETHMIL");
  EXPECT_TRUE(Control({.at = "2024-12-01"}).empty());
  // By GeoNames id, by country and by box.
  EXPECT_EQ(Control({.place = "339686"}).size(), 3u);
  EXPECT_TRUE(Control({.country = "ML"}).empty());
  EXPECT_EQ(Control({.bbox = Bbox{37.5, 11.5, 38.5, 12.5}}).size(), 3u);
  EXPECT_TRUE(Control({.bbox = Bbox{0, 0, 1, 1}}).empty());
}

TEST_P(StoreTest, ContestedWhenSidesFightOrClaimTheSameDay) {
  Put(Doc("d01", "1"), {Capture("d01", 0, Fano(), Army(), kWerota, "2024-12-01")});
  // The army enters the town Fano holds.
  Event entered = Capture("d05", 0, Army(), std::nullopt, kWerota, "2024-12-05");
  entered.cameo = "190";
  entered.acled_sub_type = "Armed clash";
  entered.control = "contest";
  Put(Doc("d05", "5"), {entered});
  auto timeline = Control({.place = "Werota"});
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_EQ(timeline[1].kind, "contested");
  EXPECT_EQ(timeline[1].controller.code, "ETHREB");
  ASSERT_EQ(timeline[1].against.size(), 1u);
  EXPECT_EQ(timeline[1].against[0].code, "ETHMIL");

  // Each side claims Debre Tabor on the same day.
  Put(Doc("army", "a"), {Capture("army", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  Put(Doc("fano", "r"), {Capture("fano", 0, Fano(), Army(), kDebreTabor, "2024-12-19")});
  auto claims = Control({.place = "Debre Tabor"});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, "contested");
  EXPECT_EQ(claims[0].events.size(), 2u);
}

TEST_P(StoreTest, QueriesFilterAndPage) {
  Event strike = Capture("s", 0, Fano(), {{"civilians", "ETHCVL", "Ethiopian civilians"}}, kWerota, "2024-11-02");
  strike.cameo = "195";
  strike.acled_type = "Explosions/Remote violence";
  strike.acled_sub_type = "Air/drone strike";
  strike.status = EventStatus::kClaimed;
  Put(Doc("s", "s"), {strike});
  Put(Doc("c", "c"), {Capture("c", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  Event abroad = Capture("m", 0, {"l'armée", "MLIMIL", "Mali military"}, std::nullopt,
                         Town("Gao", 2457163, 16.2717, -0.0447), "2024-12-19");
  abroad.location->country = "ML";
  Put(Doc("m", "m"), {abroad});

  EXPECT_EQ(All().size(), 3u);
  EXPECT_EQ(All({.since = "2024-12-01"}).size(), 2u);
  EXPECT_EQ(All({.until = "2024-11-30"}).size(), 1u);
  EXPECT_EQ(All({.country = "ET"}).size(), 2u);
  EXPECT_EQ(All({.actor = "ETHREB"}).size(), 2u);  // as source and as target
  EXPECT_EQ(All({.actor = "MLI"}).size(), 1u);
  EXPECT_EQ(All({.cameo = "19"}).size(), 3u);
  EXPECT_EQ(All({.cameo = "195"}).size(), 1u);
  // "%" and "_" are characters of a code, not wildcards (issue 18, item 13).
  EXPECT_EQ(All({.actor = "%"}).size(), 0u);
  EXPECT_EQ(All({.actor = "_TH"}).size(), 0u);
  EXPECT_EQ(All({.actor = "ETH%REB"}).size(), 0u);
  EXPECT_EQ(All({.cameo = "1_5"}).size(), 0u);
  EXPECT_EQ(All({.cameo = "%"}).size(), 0u);
  EXPECT_EQ(All({.actor = "\\"}).size(), 0u);
  EXPECT_EQ(All({.acled = "Battles"}).size(), 2u);
  EXPECT_EQ(All({.acled = "Air/drone strike"}).size(), 1u);
  EXPECT_EQ(All({.status = "claimed"}).size(), 1u);
  EXPECT_EQ(All({.bbox = Bbox{-5, 10, 5, 20}}).size(), 1u);
  auto first = All({.limit = 2});
  auto rest = All({.limit = 2, .offset = 2});
  ASSERT_EQ(first.size(), 2u);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(first[0].event.date.start, "2024-11-02");  // by date
}

TEST_P(StoreTest, ExportsInEveryFormat) {
  Event e = Capture("wire", 0, Army(), Fano(), kDebreTabor, "2024-12-19");
  e.evidence.text = "The army said, \"we took it\", on Thursday.";
  Put(Doc("wire", "w"), {e});
  auto events = All(EventQuery{.with_reports = true});
  ASSERT_EQ(events.size(), 1u);

  auto line = nlohmann::json::parse(StoredEventToJson(events[0]));
  EXPECT_EQ(line["id"], events[0].event.id);
  EXPECT_EQ(line["cameo"], "192");
  EXPECT_EQ(line["report_count"], 1);
  EXPECT_EQ(line["reports"][0]["doc"], "wire");
  EXPECT_EQ(line["reports"][0]["trigger"], "took");
  EXPECT_EQ(line["reports"][0]["source_text"], "the army");
  EXPECT_EQ(line["location"]["geonameid"], 339686);

  lexicon::Lexicon names_source;
  std::vector<lexicon::Diagnostic> problems;
  lexicon::ParseSource(
      "@kind acled_countries\n@lang *\nET\tETH\t231\tEthiopia\tEastern Africa\n"
      "@kind acled_actors\n@lang *\nETHMIL\t-\tMilitary Forces of Ethiopia (2018-)\n"
      "ETHREB\tFano militia\tFano Militia\nETHREB\t-\tRebels of Ethiopia\n",
      "acled.lex", &names_source, &problems);
  ASSERT_TRUE(problems.empty());
  AcledNames names(names_source);
  EXPECT_EQ(names.CountryCode("eth"), "ET");
  EXPECT_EQ(names.CountryCode("Éthiopia"), "ET");  // accents and case folded
  EXPECT_EQ(names.CountryCode("Ethiopie"), "");
  StoredEvent acled = events[0];
  acled.event.inter1 = 1;
  acled.event.inter2 = 2;
  acled.event.interaction = 12;
  acled.event.confidence = 0.85;
  acled.reports[0].ingested_at = "2024-12-20T08:00:00Z";
  std::string row = AcledCsvRow(acled, names);
  const Event& v = acled.event;
  // The code's row names the army, the actor's own row Fano over its code's.
  EXPECT_EQ(row, v.id +
                     ",2024-12-19,2024,1,Political violence,Battles,Government regains territory,"
                     "Military Forces of Ethiopia (2018-),,1,Fano Militia,,2,12,,231,Eastern Africa,Ethiopia,Amhara,,,"
                     "Debre Tabor,11.8500,38.0167,1,wire,,\"The army said, \"\"we took it\"\", on Thursday.\",0,,"
                     "1734681600,occurred,192," + v.plover + ",0.85" +
                     ",1,wire," + std::to_string(v.evidence.start) + "," + std::to_string(v.evidence.end) + ",");
  StoredEvent with_toll = acled;
  with_toll.event.fatalities = 7;
  EXPECT_NE(AcledCsvRow(with_toll, names).find(",7,,1734681600,"), std::string::npos);
  std::string header = AcledCsvHeader();
  EXPECT_TRUE(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,"));
  EXPECT_NE(header.find(",notes,fatalities,tags,timestamp,status,"), std::string::npos);
  EXPECT_EQ(std::count(header.begin(), header.end(), ','), std::count(row.begin(), row.end(), ',') - 2);  // notes' two commas

  auto feature = nlohmann::json::parse(EventFeature(events[0]));
  EXPECT_EQ(feature["geometry"]["coordinates"][0], 38.0167);
  EXPECT_EQ(feature["properties"]["report_count"], 1);

  auto periods = Control();
  ASSERT_EQ(periods.size(), 1u);
  auto control = nlohmann::json::parse(ControlPeriodToJson(periods[0]));
  EXPECT_EQ(control["place"]["geonameid"], 339686);
  EXPECT_EQ(control["controller"]["code"], "ETHMIL");
  EXPECT_EQ(control["kind"], "full");
  EXPECT_EQ(control["since"], "2024-12-19");
  EXPECT_TRUE(control["until"].is_null());
  EXPECT_EQ(control["events"][0], events[0].event.id);
  EXPECT_EQ(nlohmann::json::parse(ControlFeature(periods[0]))["properties"]["controller"]["code"], "ETHMIL");
}

TEST_P(StoreTest, ManyDistinctStatementsStayCorrect) {
  // More distinct statements than the prepared-statement cache keeps: it is emptied and refilled.
  Database& db = store_->db();
  for (int i = 0; i < 600; ++i) {
    auto v = db.QueryValue("SELECT " + std::to_string(i) + " + ?", {Value{int64_t{1}}});
    ASSERT_TRUE(v.ok()) << v.status().message();
    ASSERT_EQ(Row({*v}).Int(0), i + 1);
  }
  EXPECT_TRUE(store_->Stats().ok());
}

TEST_P(StoreTest, AMergedCaptureKeepsItsEffectAndItsPeriodStartsWhenItHappened) {
  // The most confident report tells the capture without naming the town taken (its effect
  // cleared); the other names it. Two documents, one event, which still changes who holds it.
  Event vague = Capture("wire", 0, Army(), Fano(), kDebreTabor, "2024-12-19", 0.9);
  vague.control.clear();
  Put(Doc("wire", "w"), {vague});
  Put(Doc("daily", "d"), {Capture("daily", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  auto events = All();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].report_count, 2);
  EXPECT_EQ(events[0].event.control, "gain");
  auto periods = Control();
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_EQ(periods[0].controller.code, "ETHMIL");
  // A capture known to its month opens the period when the month begins, not when it ends.
  Event in_month = Capture("monthly", 0, Fano(), Army(), kWerota, "2025-01-01");
  in_month.date = {"2025-01-01", "2025-01-31", "month", "en janvier"};
  Put(Doc("monthly", "m"), {in_month});
  auto werota = Control({.place = std::to_string(kWerota.geonameid)});
  ASSERT_EQ(werota.size(), 1u);
  EXPECT_EQ(werota[0].since, "2025-01-01");
  EXPECT_EQ(Control({.at = "2025-01-10", .place = std::to_string(kWerota.geonameid)}).size(), 1u);
}

TEST_P(StoreTest, ReadersChangeNothingAndRefuseWhatIsNoSitrepStore) {
  Put(Doc("wire", "w"), {Capture("wire", 0, Army(), Fano(), kDebreTabor, "2024-12-19")});
  auto reader = Store::Open(target_, Access::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  size_t read = 0;
  EXPECT_TRUE((*reader)->Events({}, [&](const StoredEvent&) { ++read; }).ok());
  EXPECT_EQ(read, 1u);
  // A reader cannot write, even when asked to.
  EXPECT_FALSE((*reader)->db().Execute("DELETE FROM events").ok());
  reader->reset();
  // Another program's tables, without sitrep's schema version: refused by readers and writers alike,
  // and nothing of sitrep's is added to them.
  store_.reset();
  auto db = Database::Open(target_);
  ASSERT_TRUE(db.ok());
  for (const char* table : {"control_statements", "reports", "events", "places", "actors", "documents", "meta"})
    ASSERT_TRUE((*db)->Execute(std::string("DROP TABLE ") + table).ok()) << table;
  ASSERT_TRUE((*db)->Execute("CREATE TABLE people (name TEXT)").ok());
  for (Access access : {Access::kReadOnly, Access::kReadWrite}) {
    auto refused = Store::Open(target_, access);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.status().message().find("not a sitrep store"), std::string::npos) << refused.status().message();
  }
  auto tables = (*db)->QueryValue(GetParam() == "sqlite"
                                      ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                                      : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
  ASSERT_TRUE(tables.ok());
  EXPECT_EQ(std::holds_alternative<int64_t>(*tables) ? std::get<int64_t>(*tables) : std::stoll(std::get<std::string>(*tables)), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST(StoreMerge, SidesOfOneState) {
  Event a = Capture("a", 0, Army(), Fano(), kDebreTabor, "2024-12-19");
  Event b = a;
  b.source = Actor{"the government", "ETHGOV", ""};
  EXPECT_TRUE(Store::SameEvent(a, b));
  b.source = Actor{"Ethiopia", "ETH", ""};
  EXPECT_TRUE(Store::SameEvent(a, b));
  b.source = Actor{"rebels", "ETHREB", ""};
  EXPECT_FALSE(Store::SameEvent(a, b));
  b = a;
  b.target = Actor{"the army", "ETHMIL", ""};
  EXPECT_FALSE(Store::SameEvent(a, b));
  b = a;
  b.status = EventStatus::kClaimed;
  EXPECT_TRUE(Store::SameEvent(a, b));
  b.status = EventStatus::kNegated;
  EXPECT_FALSE(Store::SameEvent(a, b));
  // A region-precision report agrees with a town in it.
  b = a;
  b.location = kWerota;
  EXPECT_FALSE(Store::SameEvent(a, b));
  b.location->precision = "region";
  EXPECT_TRUE(Store::SameEvent(a, b));
}

TEST(StoreQuery, BoundingBoxes) {
  auto b = ParseBbox("37.5,11.5,38.5,12.5");
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b->Contains(11.85, 38.02));
  EXPECT_FALSE(b->Contains(13, 38.02));
  EXPECT_FALSE(ParseBbox("37.5,11.5,38.5").ok());
  EXPECT_FALSE(ParseBbox("38.5,11.5,37.5,12.5").ok());
  EXPECT_FALSE(ParseBbox("a,b,c,d").ok());
}

}  // namespace
}  // namespace sitrep::store
