#include "store/export.h"

#include <nlohmann/json.hpp>

#include "sitrep/pipeline.h"

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

std::string AcledCsvHeader() {
  return "event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,location,"
         "latitude,longitude,geo_precision,time_precision,source,notes,fatalities";
}

std::string AcledCsvRow(const StoredEvent& stored, const std::map<std::string, std::string>& country_names) {
  const Event& e = stored.event;
  auto actor = [](const std::optional<Actor>& a) { return a ? a->name : std::string(); };
  // ACLED: 1 the town itself, 2 near it or part of a district, 3 a larger region.
  std::string geo_precision, country, admin1, location, lat, lon;
  if (e.location) {
    const Place& p = *e.location;
    geo_precision = std::to_string(p.geo_precision);
    auto name = country_names.find(p.country);
    country = name != country_names.end() ? name->second : p.country;
    admin1 = p.admin1;
    location = p.name;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.5f", p.lat);
    lat = buf;
    std::snprintf(buf, sizeof buf, "%.5f", p.lon);
    lon = buf;
  }
  // ACLED: 1 the day, 2 the week, 3 the month or longer.
  std::string time_precision = e.date.start == e.date.end ? "1" : e.date.precision == "week" ? "2" : "3";
  std::string sources;
  for (const Report& r : stored.reports) {
    std::string name = !r.outlet.empty() ? r.outlet : !r.url.empty() ? r.url : r.document;
    if (sources.find(name) == std::string::npos) sources += (sources.empty() ? "" : "; ") + name;
  }
  if (sources.empty()) sources = e.doc;
  std::string fields[] = {e.id,
                          e.date.start,
                          e.acled_type.value_or(""),
                          e.acled_sub_type.value_or(""),
                          actor(e.source),
                          "",
                          actor(e.target),
                          country,
                          admin1,
                          location,
                          lat,
                          lon,
                          geo_precision,
                          time_precision,
                          sources,
                          e.evidence.text,
                          // ACLED writes 0 where no death is reported.
                          std::to_string(e.fatalities.value_or(0))};
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
