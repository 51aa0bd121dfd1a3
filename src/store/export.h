// The store's events and control periods in the formats analysts load: JSON Lines (the event
// contract plus the reports), CSV in ACLED's columns, and GeoJSON. The CLI and the HTTP API share
// these writers.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "lexicon/lexicon.h"
#include "store/store.h"

namespace sitrep::store {

// The event contract's line (sitrep/pipeline.h EventToJson) with "report_count" and, when loaded,
// "reports": [{"doc", "url", "outlet", "report", "status", "confidence", "source_text",
// "target_text", "trigger", "place_text", "date_text", "evidence"}].
std::string StoredEventToJson(const StoredEvent& e);

// {"place": {"name", "geonameid", "country", "lat", "lon"}, "controller": {"code", "name"},
//  "against": [...], "kind", "since", "until", "events": [...], "statements": [...], "sources": [...]}
std::string ControlPeriodToJson(const ControlPeriod& p);

// What ACLED writes for countries and actors: the lexicon's acled_countries and acled_actors
// (data/export/acled.lex), so that an export drops into ACLED workflows.
class AcledNames {
 public:
  struct Country {
    std::string iso2, iso3, iso_numeric, name, region;
  };
  explicit AcledNames(const lexicon::Lexicon& lexicon);

  // The country of an ISO 3166 alpha-2 code, or null.
  const Country* Find(const std::string& iso2) const;
  // The alpha-2 code of a country given by its alpha-2 or alpha-3 code or its name, in any case
  // and with or without accents (SY, syr, Syria); "" when none is.
  std::string CountryCode(std::string_view written) const;
  // ACLED's name of the actor: the row for its code and name, else for its code, else sitrep's name.
  std::string ActorName(const Actor& actor) const;

 private:
  std::map<std::string, Country> countries_;            // by alpha-2 code
  std::map<std::string, std::string> country_by_key_;   // folded codes and names -> alpha-2
  std::map<std::pair<std::string, std::string>, std::string> actors_;  // (code, sitrep name or "-")
};

// Whether an ACLED export holds the event unless asked for every status: it occurred (a neutral
// source's report is coded occurred, docs/STATUS.md). A party's claim, a fear, a plan, a failure
// or a denial is not an ACLED event, and a feared capture must not become one.
bool InAcledByDefault(const Event& e);

// Makes `q` the query of an ACLED CSV export: with the reports (the sources and urls of its rows)
// and, unless every status or one status is asked for, only the events InAcledByDefault keeps,
// chosen by the query so that a limit counts rows.
void PrepareAcledQuery(EventQuery* q, bool all_statuses);

// ACLED's columns in ACLED's order and naming (event_id_cnty, event_date, year, time_precision,
// disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,
// inter2, interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location,
// latitude, longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp),
// then sitrep's own (status, cameo, plover, confidence, report_count, doc, evidence_start,
// evidence_end, url). docs/STORE.md says what each holds.
std::string AcledCsvHeader();
std::string AcledCsvRow(const StoredEvent& e, const AcledNames& names);

// One GeoJSON Feature (a Point) per located event or control period; null for an event with no
// location. A FeatureCollection is `{"type":"FeatureCollection","features":[` these `]}`.
std::string EventFeature(const StoredEvent& e);
std::string ControlFeature(const ControlPeriod& p);

}  // namespace sitrep::store
