#include "geo/place_labels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

namespace sitrep::geo {

namespace {

std::string_view FeatureCode(const PlaceRecord& p) {
  return std::string_view(p.feature_code, strnlen(p.feature_code, sizeof p.feature_code));
}

// Populated places as they stand: not a section of a city (PPLX), nor a historical, abandoned or
// destroyed one, whose names would mislead on today's map.
bool IsLabelled(const PlaceRecord& p) {
  if (p.feature_class != 'P') return false;
  std::string_view code = FeatureCode(p);
  return code != "PPLX" && code != "PPLH" && code != "PPLQ" && code != "PPLW";
}

bool InBox(const PlaceRecord& p, const LabelQuery& q) {
  return p.lat >= q.min_lat && p.lat <= q.max_lat && p.lon >= q.min_lon && p.lon <= q.max_lon;
}

}  // namespace

PlaceLabels::PlaceLabels(const Gazetteer& gazetteer) {
  gazetteer.ForEachPlace([&](const PlaceRecord& p) {
    if (!IsLabelled(p)) return;
    if (FeatureCode(p) == "PPLC")
      capitals_.push_back(p);
    else if (p.population >= kPopulationFloor)
      towns_.push_back(p);
  });
  auto most_populous = [](const PlaceRecord& a, const PlaceRecord& b) {
    return a.population != b.population ? a.population > b.population : a.geonameid < b.geonameid;
  };
  std::sort(capitals_.begin(), capitals_.end(), most_populous);
  std::sort(towns_.begin(), towns_.end(), most_populous);
  // GeoNames holds some towns twice (a second row, a few hundred metres off, with the same name and
  // population); one label each.
  auto twin = [&](const PlaceRecord& a, const PlaceRecord& b) {
    return a.population == b.population && std::abs(a.lat - b.lat) < 0.1f && std::abs(a.lon - b.lon) < 0.1f &&
           gazetteer.Name(a) == gazetteer.Name(b);
  };
  towns_.erase(std::unique(towns_.begin(), towns_.end(), twin), towns_.end());
}

std::vector<const PlaceRecord*> PlaceLabels::Find(const LabelQuery& q) const {
  std::vector<const PlaceRecord*> found;
  for (const PlaceRecord& p : capitals_) {
    if (found.size() >= q.limit) return found;
    if (InBox(p, q)) found.push_back(&p);
  }
  for (const PlaceRecord& p : towns_) {
    if (found.size() >= q.limit || p.population < q.min_population) break;
    if (InBox(p, q)) found.push_back(&p);
  }
  return found;
}

}  // namespace sitrep::geo
