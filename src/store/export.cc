#include "store/export.h"

#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "lexicon/acled.h"
#include "sitrep/pipeline.h"
#include "text/fold.h"

namespace sitrep::store {

namespace {

using json = nlohmann::ordered_json;

json ActorJson(const Actor& a) { return {{"code", a.code}, {"name", a.name}}; }

json ControlJson(const ControlPeriod& p) {
  json against = json::array();
  for (const Actor& a : p.against) against.push_back(ActorJson(a));
  return {{"place",
           {{"name", p.place.name}, {"geonameid", p.place.geonameid}, {"country", p.place.country},
            {"lat", p.place.lat}, {"lon", p.place.lon}}},
          {"controller", ActorJson(p.controller)},
          {"against", against},
          {"kind", p.kind},
          {"since", p.since},
          {"until", p.until.empty() ? json(nullptr) : json(p.until)},
          {"events", p.events},
          {"statements", p.statements},
          {"sources", p.sources}};
}

std::string Csv(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Point(double lon, double lat, json properties) {
  json feature = {{"type", "Feature"},
                  {"geometry", {{"type", "Point"}, {"coordinates", {lon, lat}}}},
                  {"properties", std::move(properties)}};
  return feature.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string StoredEventToJson(const StoredEvent& e) {
  std::string line = EventToJson(e.event);
  line.pop_back();  // the closing brace: the store's fields follow the contract's
  line += ",\"report_count\":" + std::to_string(e.report_count);
  if (!e.reports.empty()) {
    json reports = json::array();
    for (const Report& r : e.reports)
      // Each report's own words (actors, predicate, place and date as written), so that its
      // sentence can be marked as it says things, not as the merged event does.
      reports.push_back({{"doc", r.document},
                         {"url", r.url},
                         {"outlet", r.outlet},
                         {"report", r.event.id},
                         {"status", EventStatusName(r.event.status)},
                         {"confidence", r.event.confidence},
                         {"source_text", r.event.source ? r.event.source->text : ""},
                         {"target_text", r.event.target ? r.event.target->text : ""},
                         {"trigger", r.event.trigger},
                         {"place_text", r.event.place_text},
                         {"date_text", r.event.date.text},
                         {"evidence",
                          {{"sentence", r.event.evidence.sentence},
                           {"start", r.event.evidence.start},
                           {"end", r.event.evidence.end},
                           {"text", r.event.evidence.text}}}});
    line += ",\"reports\":" + reports.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  return line + "}";
}

std::string ControlPeriodToJson(const ControlPeriod& p) {
  return ControlJson(p).dump(-1, ' ', false, json::error_handler_t::replace);
}

AcledNames::AcledNames(const lexicon::Lexicon& lexicon) {
  for (const lexicon::Table* t : lexicon.Find("acled_countries", "*"))
    for (const auto& row : t->rows) {
      Country c{row[0], row[1], row[2], row[3], row[4]};
      for (const std::string& written : {c.iso2, c.iso3, c.name}) country_by_key_[text::Fold(written)] = c.iso2;
      countries_[c.iso2] = std::move(c);
    }
  for (const lexicon::Table* t : lexicon.Find("acled_actors", "*"))
    for (const auto& row : t->rows) actors_[{row[0], row[1]}] = row[2];
}

const AcledNames::Country* AcledNames::Find(const std::string& iso2) const {
  auto it = countries_.find(iso2);
  return it == countries_.end() ? nullptr : &it->second;
}

std::string AcledNames::CountryCode(std::string_view written) const {
  auto it = country_by_key_.find(text::Fold(written));
  return it == country_by_key_.end() ? "" : it->second;
}

std::string AcledNames::ActorName(const Actor& actor) const {
  for (const std::string& name : {actor.name, std::string("-")})
    if (auto it = actors_.find({actor.code, name}); it != actors_.end()) return it->second;
  return actor.name;
}

bool InAcledByDefault(const Event& e) { return e.status == EventStatus::kOccurred; }

void PrepareAcledQuery(EventQuery* q, bool all_statuses) {
  q->with_reports = true;
  if (!all_statuses && q->status.empty()) q->status = EventStatusName(EventStatus::kOccurred);
}

std::string AcledCsvHeader() {
  return "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
         "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
         "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"
         "status,cameo,plover,confidence,report_count,doc,evidence_start,evidence_end,url";
}

namespace {

std::string Fixed(double value, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

// ACLED's timestamp: seconds since 1970 of the last change, here the latest report's storing.
std::string UnixTime(const std::string& iso) {
  std::tm tm{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return "";
  return std::to_string(static_cast<long long>(timegm(&tm)));
}

// Items joined with "; " (ACLED's separator within a cell), each once.
void AddOnce(std::string* list, const std::string& item) {
  if (item.empty()) return;
  for (size_t at = 0; at < list->size();) {
    size_t end = list->find("; ", at);
    if (end == std::string::npos) end = list->size();
    if (list->compare(at, end - at, item) == 0) return;
    at = end + 2;
  }
  *list += (list->empty() ? "" : "; ") + item;
}

}  // namespace

std::string AcledCsvRow(const StoredEvent& stored, const AcledNames& names) {
  const Event& e = stored.event;
  auto actor = [&](const std::optional<Actor>& a) { return a ? names.ActorName(*a) : std::string(); };
  std::string iso, region, country, admin1, location, lat, lon, geo_precision;
  if (e.location) {
    const Place& p = *e.location;
    if (const AcledNames::Country* c = names.Find(p.country)) {
      iso = c->iso_numeric;
      region = c->region;
      country = c->name;
    } else {
      country = p.country;
    }
    admin1 = p.admin1;
    location = p.name;
    lat = Fixed(p.lat, 4);
    lon = Fixed(p.lon, 4);
    geo_precision = std::to_string(p.geo_precision);
  }
  // ACLED: 1 the day, 2 the week, 3 the month or longer.
  std::string time_precision = e.date.start == e.date.end ? "1" : e.date.precision == "week" ? "2" : "3";
  std::string sources, urls, latest;
  for (const Report& r : stored.reports) {
    AddOnce(&sources, !r.outlet.empty() ? r.outlet : !r.url.empty() ? r.url : r.document);
    AddOnce(&urls, r.url);
    latest = std::max(latest, r.ingested_at);
  }
  if (sources.empty()) sources = e.doc;
  std::string sub_type = e.acled_sub_type.value_or("");
  std::string fields[] = {e.id,
                          e.date.start,
                          e.date.start.substr(0, 4),
                          time_precision,
                          std::string(lexicon::AcledDisorderTypeOf(sub_type)),
                          e.acled_type.value_or(""),
                          sub_type,
                          actor(e.source),
                          "",
                          std::to_string(e.inter1),
                          actor(e.target),
                          "",
                          std::to_string(e.inter2),
                          std::to_string(e.interaction),
                          e.civilian_targeting ? "Civilian targeting" : "",
                          iso,
                          region,
                          country,
                          admin1,
                          "",  // admin2 and admin3: the gazetteer holds first-level divisions only
                          "",
                          location,
                          lat,
                          lon,
                          geo_precision,
                          sources,
                          "",  // source_scale: ACLED's judgement of its sources' reach, not sitrep's
                          e.evidence.text,
                          // ACLED writes 0 where no death is reported.
                          std::to_string(e.fatalities.value_or(0)),
                          "",  // tags
                          UnixTime(latest),
                          EventStatusName(e.status),
                          e.cameo,
                          e.plover,
                          Fixed(e.confidence, 2),
                          std::to_string(stored.report_count),
                          e.doc,
                          std::to_string(e.evidence.start),
                          std::to_string(e.evidence.end),
                          urls};
  std::string row;
  for (size_t i = 0; i < std::size(fields); ++i) row += (i ? "," : "") + Csv(fields[i]);
  return row;
}

std::string EventFeature(const StoredEvent& stored) {
  const Event& e = stored.event;
  if (!e.location) return "";
  auto actor = [](const std::optional<Actor>& a) { return a ? ActorJson(*a) : json(nullptr); };
  return Point(e.location->lon, e.location->lat,
               {{"id", e.id},
                {"cameo", e.cameo},
                {"plover", e.plover},
                {"acled_type", e.acled_type ? json(*e.acled_type) : json(nullptr)},
                {"acled_sub_type", e.acled_sub_type ? json(*e.acled_sub_type) : json(nullptr)},
                {"status", EventStatusName(e.status)},
                {"source", actor(e.source)},
                {"target", actor(e.target)},
                {"place", e.location->name},
                {"precision", e.location->precision},
                {"geo_precision", e.location->geo_precision},
                {"date_start", e.date.start},
                {"date_end", e.date.end},
                {"fatalities", e.fatalities ? json(*e.fatalities) : json(nullptr)},
                {"interaction", e.interaction},
                {"civilian_targeting", e.civilian_targeting},
                {"report_count", stored.report_count},
                {"confidence", e.confidence},
                {"evidence", e.evidence.text}});
}

std::string ControlFeature(const ControlPeriod& p) {
  json properties = ControlJson(p);
  properties.erase("place");
  properties["place"] = p.place.name;
  properties["geonameid"] = p.place.geonameid;
  return Point(p.place.lon, p.place.lat, std::move(properties));
}

}  // namespace sitrep::store
