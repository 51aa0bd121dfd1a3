// One JSON Lines record.
#include <cstdint>
#include <string_view>

#include "text/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sitrep::ReadOptions options;
  auto doc = sitrep::text::ReadJsonRecord(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz:1",
                                          "fuzz:1", options);
  (void)doc;
  return 0;
}
