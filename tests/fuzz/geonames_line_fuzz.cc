// GeoNames rows as the gazetteer compiler reads them (cities files, dumps, the supplement), and the
// name keys computed from every name in them.
#include <cstdint>
#include <string>

#include "geo/gazetteer.h"
#include "geo/names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  auto row = sitrep::geo::ParseGeoNamesLine(line);
  if (row.ok()) {
    (void)sitrep::geo::NameKey(row->name);
    for (const auto& alt : row->alternates) (void)sitrep::geo::NameKey(alt);
  }
  (void)sitrep::geo::NameKey(line);
  (void)sitrep::geo::ExactKey(line);
  return 0;
}
