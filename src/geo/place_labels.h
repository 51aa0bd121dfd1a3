// The populated places worth a label on a map: read once from the gazetteer into a small index (a
// copy of their records, 8 MB for the full GeoNames one), so that a map view's labels cost a scan of
// a few hundred thousand records, not of every place.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/gazetteer.h"

namespace sitrep::geo {

struct LabelQuery {
  double min_lon = -180, min_lat = -90, max_lon = 180, max_lat = 90;
  uint32_t min_population = 0;  // capitals are labelled whatever their population
  size_t limit = 100;
};

class PlaceLabels {
 public:
  // Places below this population are never labelled: at the zoom where a map could show them the
  // base map has no roads or rivers to tell them apart by anyway, and leaving them out keeps the
  // index to about a tenth of the full GeoNames gazetteer.
  static constexpr uint32_t kPopulationFloor = 1000;

  explicit PlaceLabels(const Gazetteer& gazetteer);
  // The capitals in the box, then its most populous places of at least `min_population`, most
  // populous first within each, `limit` at most in all; valid while this index lives.
  std::vector<const PlaceRecord*> Find(const LabelQuery& q) const;
  size_t size() const { return capitals_.size() + towns_.size(); }

 private:
  std::vector<PlaceRecord> capitals_, towns_;  // copies, each most populous first
};

}  // namespace sitrep::geo
