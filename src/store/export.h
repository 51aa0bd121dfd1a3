// The store's events and control periods in the formats analysts load: JSON Lines (the event
// contract plus the reports), CSV in ACLED's columns, and GeoJSON. The CLI and the HTTP API share
// these writers.
#pragma once

#include <map>
#include <string>

#include "store/store.h"

namespace sitrep::store {

// The event contract's line (sitrep/pipeline.h EventToJson) with "report_count" and, when loaded,
// "reports": [{"doc", "url", "outlet", "report", "status", "confidence", "source_text",
// "target_text", "trigger", "place_text", "date_text", "evidence"}].
std::string StoredEventToJson(const StoredEvent& e);

// {"place": {"name", "geonameid", "country", "lat", "lon"}, "controller": {"code", "name"},
//  "against": [...], "kind", "since", "until", "events": [...], "statements": [...], "sources": [...]}
std::string ControlPeriodToJson(const ControlPeriod& p);

// ACLED's columns: event_id_cnty, event_date, event_type, sub_event_type, actor1, assoc_actor_1,
// actor2, country, admin1, location, latitude, longitude, geo_precision, time_precision, source,
// notes. `country_names` maps ISO 3166 alpha-2 codes to the names ACLED writes (else the code).
std::string AcledCsvHeader();
std::string AcledCsvRow(const StoredEvent& e, const std::map<std::string, std::string>& country_names);

// One GeoJSON Feature (a Point) per located event or control period; null for an event with no
// location. A FeatureCollection is `{"type":"FeatureCollection","features":[` these `]}`.
std::string EventFeature(const StoredEvent& e);
std::string ControlFeature(const ControlPeriod& p);

}  // namespace sitrep::store
