// The parsers of what the store reads back or a user types: an event's JSON (stored reports and
// events, which another program may have written) and a bounding box. A parsed event must
// survive being written and read again.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sitrep/pipeline.h"
#include "store/store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  auto event = sitrep::EventFromJson(input);
  if (event.ok() && !sitrep::EventFromJson(sitrep::EventToJson(*event)).ok()) std::abort();
  (void)sitrep::store::ParseBbox(input);
  return 0;
}
