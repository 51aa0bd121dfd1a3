#include "geo/settlements.h"

#include <algorithm>
#include <cmath>

namespace sitrep::geo {

namespace {

constexpr double kKmPerDegree = 111.195;

}  // namespace

double FlatKm(double lat1, double lon1, double cos_lat1, double lat2, double lon2) {
  double dlon = std::fabs(lon2 - lon1);
  if (dlon > 180) dlon = 360 - dlon;
  double dx = dlon * cos_lat1, dy = lat2 - lat1;
  return kKmPerDegree * std::sqrt(dx * dx + dy * dy);
}

void Settlements::Add(size_t toponym, uint32_t place, const PlaceRecord& r) {
  auto [at, added] = index_of_.try_emplace(place, static_cast<uint32_t>(settlements_.size()));
  if (added) {
    settlements_.push_back({place, r.lat, r.lon, 0, toponym});
    cells_[CellKey(Row(r.lat), Column(r.lon))].push_back(at->second);
  }
  ++settlements_[at->second].names;
  toponym_country_[toponym] = CountryKey(r.country);
  ++names_in_country_[CountryKey(r.country)];
}

bool Settlements::OtherInCountry(const char* country, size_t toponym) const {
  auto in_country = names_in_country_.find(CountryKey(country));
  if (in_country == names_in_country_.end()) return false;
  auto own = toponym_country_.find(toponym);
  bool own_there = own != toponym_country_.end() && own->second == CountryKey(country);
  return in_country->second > (own_there ? 1u : 0u);
}

// Whether `x` counts for the query (not the excluded place, nor the querying toponym's own
// reading alone), and if so lowers `*nearest`; true once the nearest is under `enough`. Inline:
// it runs once per settlement and query, and the call cost about as much as the distance.
inline bool Settlements::Consider(const Settlement& x, const PlaceRecord& r, double cos_lat, size_t toponym,
                                  uint32_t excluded, double enough, double* nearest) {
  if (x.place == excluded || (x.names == 1 && x.first_toponym == toponym)) return false;
  *nearest = std::min(*nearest, FlatKm(r.lat, r.lon, cos_lat, x.lat, x.lon));
  return *nearest < enough;
}

void Settlements::Visit(int row, int first_column, int last_column, const PlaceRecord& r, double cos_lat,
                        size_t toponym, uint32_t excluded, double enough, double* nearest) const {
  for (auto cell = cells_.lower_bound(CellKey(row, first_column));
       cell != cells_.end() && cell->first <= CellKey(row, last_column); ++cell)
    for (uint32_t k : cell->second)
      if (Consider(settlements_[k], r, cos_lat, toponym, excluded, enough, nearest)) return;
}

double Settlements::NearestKm(const PlaceRecord& r, size_t toponym, uint32_t excluded, double within,
                              double enough) const {
  double nearest = within;
  double cos_lat = std::cos(r.lat * M_PI / 180);
  // A document names a few dozen settlements at most, as a rule: measuring the distance to each
  // costs less than finding the cells around the query, which takes a search per row.
  if (settlements_.size() <= kScannedWhole) {
    for (const Settlement& x : settlements_)
      if (Consider(x, r, cos_lat, toponym, excluded, enough, &nearest)) break;
    return nearest;
  }
  int row = Row(r.lat), column = Column(r.lon);
  // Columns [first, last] of a row, fewer than 360 of them, across the 180th meridian too.
  auto visit_span = [&](int y, int first, int last) {
    if (first > last) return;
    auto wrap = [](int c) { return c < -180 ? c + 360 : c > 179 ? c - 360 : c; };
    first = wrap(first), last = wrap(last);
    if (first <= last) return Visit(y, first, last, r, cos_lat, toponym, excluded, enough, &nearest);
    Visit(y, first, 179, r, cos_lat, toponym, excluded, enough, &nearest);
    Visit(y, -180, last, r, cos_lat, toponym, excluded, enough, &nearest);
  };
  // A row's cells, the query's column first, then out to those that can hold a place nearer than
  // the nearest found: a place d columns away is more than d - 1 degrees of longitude away.
  auto visit_row = [&](int y) {
    if (y < -90 || y > 90 || nearest < enough) return;
    Visit(y, column, column, r, cos_lat, toponym, excluded, enough, &nearest);
    double columns = std::ceil(nearest / (kKmPerDegree * std::max(cos_lat, 1e-9)));
    int reach = columns >= 180 ? 180 : static_cast<int>(columns);
    visit_span(y, column - reach, column - 1);
    visit_span(y, column + 1, column + std::min(reach, 179));
  };
  // Rows outward from the query's, while one can hold a place nearer than the nearest found: a
  // place d rows away is more than d - 1 degrees of latitude away.
  visit_row(row);
  for (int d = 1; d <= 181 && (d - 1) * kKmPerDegree < nearest && nearest >= enough; ++d) {
    visit_row(row - d);
    visit_row(row + d);
  }
  return nearest;
}

// The cell of a point: row -90..90, column -180..179 (180 degrees east is 180 west). A damaged
// index's coordinates land in some cell rather than overflow an int.
int Settlements::Row(float lat) { return lat >= -90 && lat <= 90 ? static_cast<int>(std::floor(lat)) : 0; }

int Settlements::Column(float lon) {
  if (!(lon >= -180 && lon <= 180)) return 0;
  int column = static_cast<int>(std::floor(lon));
  return column == 180 ? -180 : column;
}

uint16_t Settlements::CountryKey(const char* country) {
  return static_cast<uint16_t>(static_cast<unsigned char>(country[0]) << 8 | static_cast<unsigned char>(country[1]));
}

}  // namespace sitrep::geo
