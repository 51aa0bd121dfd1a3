// The settlements a document's names resolved to, for the geocoder's question of how near a
// candidate lies to the other places the document names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"

namespace sitrep::geo {

// Distances that only pick a band (under 50, 150, 400 km...) need no great circle: on a plane
// tangent at the first point, with that point's cos(latitude) given, the error stays small at
// these ranges and no trigonometry runs per pair.
double FlatKm(double lat1, double lon1, double cos_lat1, double lat2, double lon2);

// Each place is kept once, with how many names resolved to it, and filed in a cell of one degree
// of latitude and longitude: a query looks only at the cells that can hold a place closer than
// the nearest found so far, so a document that names thousands of places costs no comparison of
// every name with every other.
class Settlements {
 public:
  // Toponym `toponym` resolved to `place` (each toponym once).
  void Add(size_t toponym, uint32_t place, const PlaceRecord& r);

  // Whether a toponym other than `toponym` resolved to a settlement in `country`.
  bool OtherInCountry(const char* country, size_t toponym) const;

  // The distance (FlatKm) from `r` to the nearest settlement other than `excluded` that a toponym
  // other than `toponym` resolved to, when it is under `within`; else `within`. The search ends
  // as soon as one under `enough` is found (then some distance under `enough` is returned).
  double NearestKm(const PlaceRecord& r, size_t toponym, uint32_t excluded, double within, double enough) const;

 private:
  struct Settlement {
    uint32_t place;
    float lat, lon;
    uint32_t names;        // how many toponyms resolved to it
    size_t first_toponym;  // the first of them
  };
  // Up to this many settlements, a query measures the distance to each rather than search cells.
  static constexpr size_t kScannedWhole = 96;
  static bool Consider(const Settlement& x, const PlaceRecord& r, double cos_lat, size_t toponym, uint32_t excluded,
                       double enough, double* nearest);
  // The settlements in cells [first_column, last_column] of a row (see CellKey), nearer than
  // `*nearest`: lowers it.
  void Visit(int row, int first_column, int last_column, const PlaceRecord& r, double cos_lat, size_t toponym,
             uint32_t excluded, double enough, double* nearest) const;
  static int Row(float lat);
  static int Column(float lon);
  static int CellKey(int row, int column) { return (row + 90) * 360 + (column + 180); }
  static uint16_t CountryKey(const char* country);

  std::vector<Settlement> settlements_;
  std::unordered_map<uint32_t, uint32_t> index_of_;          // by place: its entry in settlements_
  std::map<int, std::vector<uint32_t>> cells_;               // by CellKey: entries of settlements_
  std::unordered_map<size_t, uint16_t> toponym_country_;     // by toponym: the CountryKey of its place
  std::unordered_map<uint16_t, uint32_t> names_in_country_;  // toponyms resolved there, by CountryKey
};

}  // namespace sitrep::geo
