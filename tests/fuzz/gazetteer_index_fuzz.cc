// The compiled gazetteer as sitrep reads it: a damaged or hostile index must be refused or read
// within its bounds, whatever its header and sections say. The input's checksums are made right
// first: a hostile index can carry right ones, and wrong ones would stop every input at them.
#include <cstdint>
#include <string>

#include "geo/gazetteer.h"
#include "geo/names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  sitrep::geo::SealIndex(&bytes);
  auto g = sitrep::geo::Gazetteer::FromBytes(std::move(bytes));
  if (!g.ok()) return 0;
  for (const char* name : {"Moscow", "Soue\u00efda", "a", "Springfield", "Syria"}) {
    (void)(*g)->StartsLongerName(sitrep::geo::NameKey(name));
    for (const auto& p : (*g)->Lookup(name)) {
      if (p.place >= (*g)->size()) continue;
      const auto& r = (*g)->place(p.place);
      (void)(*g)->Name(r);
      (void)(*g)->Admin1Of(r);
    }
  }
  (void)(*g)->Version();
  return 0;
}
